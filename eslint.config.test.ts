/** The rules of ours in eslint.config.mjs: the dependency rule, and configuration read through env.ts alone. */
import path from 'node:path'

import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: import.meta.dirname })

// Loading the config (typescript-eslint, the parser) takes seconds on a busy machine: once, before the tests.
beforeAll(() => eslint.calculateConfigForFile(path.join(import.meta.dirname, 'cms/example.ts')), 60_000)

/** The rules of ours that `code` breaks, were it the file `file`. */
const broken = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: path.join(import.meta.dirname, file) })
  return (result?.messages ?? [])
    .map((message) => message.ruleId ?? message.message)
    .filter((rule) => rule !== '@typescript-eslint/no-unused-vars')
}

describe('the dependency rule', () => {
  it.each([
    ['cms/jobs/example.ts', "import '../../site/builder/paths'"],
    ['cms/jobs/example.ts', "export const later = () => import('../../site/builder/paths')"],
    ['search/example.ts', "export * from '../site/lib/routes'"],
    ['search/example.ts', "import '../cms/collections/Visuals'"],
    ['site/lib/example.ts', "export type { Training } from '../../cms/payload-types'"],
    ['site/builder/example.test.ts', "import '../../cms/collections/Visuals'"],
    ['site/pages/[lang]/example.astro', "---\nimport { env } from '../../../env'\nimport '../../../cms/env'\n---\n<p>{env.siteUrl}</p>\n"],
    ['publication/example.ts', "import '../cms/collections/Visuals'"],
    ['publication/example.ts', "import '../site/lib/licences'"],
    ['publication/example.ts', "import '../search/records'"],
    ['publication/example.ts', "import '../content/seed'"],
    ['publication/example.ts', "import '../scripts/lib/processes'"],
    ['tracts/example.ts', "import '../publication/locales'"],
    ['tracts/example.ts', "import '../cms/i18n/translations'"],
  ])('reports %s importing: %s', async (file, code) => {
    expect(await broken(file, code)).toEqual(['hub/dependency-rule'])
  })

  it.each([
    [
      'cms/jobs/example.ts',
      "import '../../publication/locales'\nimport '../../search/config'\nimport '../../tracts/template'\nimport '../../env'\nimport '../payload.config'",
    ],
    [
      'site/lib/example.ts',
      "import '../../publication/urls'\nimport '../../search/config'\nimport '../../tracts/template'\nimport '../../env.ts'\nimport './routes'",
    ],
    ['site/pages/[lang]/example.astro', "---\nimport { siteUrl } from '../../../publication/urls'\n---\n<p>{siteUrl}</p>\n"],
    ['search/example.ts', "import '../publication/schema'\nimport '../env'"],
    [
      'publication/example.ts',
      "import type { Training } from '../cms/payload-types'\nimport '../tracts/template'\nimport '../env'\nexport type { Training }",
    ],
    ['tracts/example.ts', "import './template'\nimport '../env'\nimport 'zod'"],
    ['scripts/example.ts', "import '../site/builder/paths'\nimport '../cms/payload.config'\nimport '../content/seed/users'"],
    ['content/example.ts', "import '../cms/payload.config'\nimport '../site/builder/paths'"],
    ['tests/integration/example.test.ts', "import '../../site/builder/paths'\nimport '../../cms/payload.config'"],
  ])('allows %s importing: %s', async (file, code) => {
    expect(await broken(file, code)).toEqual([])
  })
})

describe('configuration through env.ts', () => {
  it('reports a variable read anywhere else, .astro frontmatter included', async () => {
    expect(await broken('cms/example.ts', 'export const port = process.env.PORT')).toEqual(['no-restricted-syntax'])
    expect(await broken('site/lib/example.ts', "export const port = process.env['PORT']")).toEqual(['no-restricted-syntax'])
    expect(await broken('site/pages/example.astro', '---\nconst port = process.env.PORT\n---\n<p>{port}</p>\n')).toEqual([
      'no-restricted-syntax',
    ])
  })

  it('allows giving a child this process’s environment, env.ts itself, tests and benchmarks', async () => {
    expect(await broken('site/builder/example.ts', "export const childEnv = { ...process.env, HUB_JOBS: 'off' }")).toEqual([])
    expect(await broken('env.ts', 'export const root = process.env.HUB_ROOT')).toEqual([])
    expect(await broken('site/lib/example.test.ts', 'export const port = process.env.PORT')).toEqual([])
    expect(await broken('tests/integration/example.test.ts', 'export const port = process.env.PORT')).toEqual([])
    expect(await broken('bench/example.ts', 'export const port = process.env.PORT')).toEqual([])
  })
})
