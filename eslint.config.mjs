import path from 'node:path'

import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const root = import.meta.dirname

/**
 * The dependency rule (docs/ARCHITECTURE.md): the folders of ours each library folder may import.
 * publication/ holds the public contract the CMS, the site and search share, so it imports none of
 * them (the generated Payload types aside); tracts/ is a leaf anyone may use; env.ts, at the root,
 * anyone may import. scripts/, content/, tests/ and bench/ run the others and may import anything.
 */
const mayImport = {
  cms: ['cms', 'publication', 'search', 'tracts'],
  site: ['site', 'publication', 'search', 'tracts'],
  search: ['search', 'publication', 'tracts', 'cms/payload-types'],
  publication: ['publication', 'tracts', 'cms/payload-types'],
  tracts: ['tracts'],
}
const importableByAll = ['env']

const dependencyRule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: { forbidden: '{{from}}/ may import only {{allowed}} of ours, not {{target}} (the dependency rule, docs/ARCHITECTURE.md)' },
  },
  create(context) {
    // physicalFilename: an .astro file's frontmatter is linted as a part of it (see astroFrontmatter).
    const file = context.physicalFilename
    const from = path.relative(root, file).split(path.sep)[0]
    const allowed = mayImport[from]
    if (!allowed) return {}
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return
      const target = path
        .relative(root, path.resolve(path.dirname(file), source.value))
        .split(path.sep)
        .join('/')
        .replace(/\.(ts|tsx|mjs|js)$/, '')
      if (target.startsWith('..')) return
      const permitted = [...allowed, ...importableByAll].some((folder) => target === folder || target.startsWith(`${folder}/`))
      if (!permitted)
        context.report({ node: source, messageId: 'forbidden', data: { from, target, allowed: [...allowed, 'env.ts'].join(', ') } })
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument.type === 'TSLiteralType' ? node.argument.literal : node.argument),
    }
  },
}

/**
 * Configuration is read through env.ts alone, validated. Allowed: giving a child process this one's
 * environment (`{ ...process.env, X: y }`), and, marked where they are, the variables our processes
 * set for their children (the site build's channels to Astro), which are not configuration.
 */
const noProcessEnv = [
  'error',
  {
    selector: "MemberExpression[object.name='process'][property.name='env']:not(SpreadElement > MemberExpression)",
    message: 'Read configuration from env.ts (validated there): add the variable to its schema and README’s table.',
  },
]

/**
 * Lints the frontmatter of .astro files (their imports) for the rules of ours below. The frontmatter keeps its
 * line numbers; the template is left out, so only these rules apply: the others would see template uses as unused.
 */
const astroFrontmatter = {
  meta: { name: 'astro-frontmatter' },
  preprocess: (text) => {
    const frontmatter = /^---\r?\n([^]*?)\r?\n---/.exec(text)
    return frontmatter ? [{ text: `\n${frontmatter[1]}\n`, filename: 'frontmatter.ts' }] : []
  },
  postprocess: (messages) => messages.flat(),
}

const recommended = [js.configs.recommended, ...tseslint.configs.recommended]
const recommendedOff = Object.fromEntries(recommended.flatMap((config) => Object.keys(config.rules ?? {})).map((rule) => [rule, 'off']))

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'var/',
      'dist/',
      '.astro/',
      'cms/.next/',
      'cms/migrations/',
      'cms/payload-types.ts',
      'cms/app/(payload)/admin/importMap.js',
      'test-results/',
      'playwright-report/',
      'bench/results/',
    ],
  },
  ...recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { hub: { rules: { 'dependency-rule': dependencyRule } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      'hub/dependency-rule': 'error',
    },
  },
  {
    ignores: ['env.ts', '**/*.test.ts', 'tests/**', 'bench/**', 'playwright.config.ts', 'vitest.config.ts'],
    rules: { 'no-restricted-syntax': noProcessEnv },
  },
  { files: ['**/*.astro'], processor: astroFrontmatter },
  {
    files: ['**/*.astro/*.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: { ...recommendedOff, 'hub/dependency-rule': 'error', 'no-restricted-syntax': noProcessEnv },
  },
)
