import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { nodeAssets } from '../tracts/node/assets'
import { renderTractPdf } from '../tracts/pdf'
import { a5Input, a5Template, squareTemplate } from '../tracts/test-fixtures'

/** `npm run tract`: the command a print shop or a script uses gives the file the customiser gives. */
const run = promisify(execFile)
let dir: string

const tract = (...args: string[]) =>
  run(path.resolve('node_modules/.bin/tsx'), ['scripts/tract.ts', ...args], { cwd: path.resolve('.') }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  )

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tract-command-'))
  await fs.writeFile(path.join(dir, 'a5.json'), JSON.stringify(a5Template))
  await fs.writeFile(path.join(dir, 'square.json'), JSON.stringify(squareTemplate))
  await fs.writeFile(path.join(dir, 'values.json'), JSON.stringify(a5Input))
})
afterAll(() => fs.rm(dir, { recursive: true, force: true }))

describe('npm run tract', () => {
  it('writes the same PDF bytes as the engine the customiser runs', async () => {
    const out = path.join(dir, 'tract.pdf')
    const result = await tract('--template', path.join(dir, 'a5.json'), '--data', path.join(dir, 'values.json'), '--out', out)
    expect(result.code, result.stderr).toBe(0)
    const { bytes } = await renderTractPdf(a5Template, a5Input, nodeAssets())
    expect(Buffer.compare(await fs.readFile(out), Buffer.from(bytes))).toBe(0)
  }, 60_000)

  it('writes a PNG at the format’s exact pixel size', async () => {
    const out = path.join(dir, 'post.png')
    const result = await tract('--template', path.join(dir, 'square.json'), '--data', path.join(dir, 'values.json'), '--out', out)
    expect(result.code, result.stderr).toBe(0)
    expect(await sharp(out).metadata()).toMatchObject({ format: 'png', width: 1080, height: 1080 })
  }, 60_000)

  it('refuses bad data with the field’s name and the reason, in the template’s language, and writes nothing', async () => {
    const values = path.join(dir, 'bad.json')
    await fs.writeFile(values, JSON.stringify({ values: { ...a5Input.values, group: '', contact: 'pas une adresse' } }))
    const out = path.join(dir, 'bad.pdf')
    const result = await tract('--template', path.join(dir, 'a5.json'), '--data', values, '--out', out)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('group : Ce champ est obligatoire.')
    expect(result.stderr).toContain('contact : Saisissez une adresse web valide')
    await expect(fs.access(out)).rejects.toThrow()
  }, 60_000)

  it('warns about a text that overflows and writes it only with --force', async () => {
    const values = path.join(dir, 'long.json')
    await fs.writeFile(values, JSON.stringify({ values: { ...a5Input.values, group: 'W'.repeat(60) } }))
    const out = path.join(dir, 'long.pdf')
    const refused = await tract('--template', path.join(dir, 'a5.json'), '--data', values, '--out', out)
    expect(refused.code).toBe(3)
    expect(refused.stderr + refused.stdout).toContain('ne tient pas dans son cadre')
    await expect(fs.access(out)).rejects.toThrow()
    const forced = await tract('--template', path.join(dir, 'a5.json'), '--data', values, '--out', out, '--force')
    expect(forced.code, forced.stderr).toBe(0)
    await expect(fs.access(out)).resolves.toBeUndefined()
  }, 60_000)
})
