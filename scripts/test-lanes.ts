/**
 * `npm run test:unit`: the Vitest suite, in two processes at once. Vitest runs every project whose
 * files go one at a time (each integration project: its files share its database) in one sequential
 * group, one file after another across projects (vitest/dist, groupSpecs), so the SQLite and
 * PostgreSQL runs of the integration tests would follow each other. Each lane here is its own
 * Vitest process: the unit tests then SQLite in one, PostgreSQL (and MongoDB when MONGODB_URL is
 * set) in the other. They share nothing: each project has its own database, uploads and mail
 * folder (vitest.config.ts, tests/integration/globalSetup.ts), and each test file that builds the
 * site its own folder. Arguments (files, -t …) go to both lanes. Each output line is prefixed with
 * its lane; the exit code is non-zero when either lane fails.
 */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

const lanes = [
  { name: 'unit+sqlite', projects: ['unit', 'sqlite'] },
  { name: 'postgres', projects: ['postgres', 'mongodb'] },
]
const width = Math.max(...lanes.map((lane) => lane.name.length))

const processes = lanes.map(({ name, projects }) => {
  const child = spawn('vitest', ['run', ...projects.flatMap((project) => ['--project', project]), ...process.argv.slice(2)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const prefix = `[${name.padEnd(width)}] `
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const)
    createInterface({ input: stream }).on('line', (line) => out.write(`${prefix}${line}\n`))
  return child
})
const exits = processes.map((child) => new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1))))

// Stopped (Ctrl-C, a CI timeout): the lanes stop too, and so does this once they have.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => processes.forEach((child) => child.kill(signal)))
const codes = await Promise.all(exits)
lanes.forEach(({ name }, index) => codes[index] !== 0 && console.error(`Lane ${name} failed (exit code ${codes[index]}).`))
process.exit(codes.some((code) => code !== 0) ? 1 : 0)
