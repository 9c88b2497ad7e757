import { createClient } from '@libsql/client'
const c = createClient({ url: 'file:' + process.argv[2] })
for (const sql of process.argv.slice(3)) { const s = performance.now(); const r = await c.execute(sql); console.log(sql.slice(0, 80), (performance.now() - s).toFixed(1), 'ms'); for (const row of r.rows.slice(0, 40)) console.log('  ', JSON.stringify(row)) }
