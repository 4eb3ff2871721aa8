import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

// The stages in the order data flows (docs/architecture.md): each imports only from the ones before it.
const STAGES = ['core', 'sources', 'ingest', 'extract', 'model', 'graph', 'validate', 'serialize', 'sinks', 'pipeline.ts'];
// What composes the stages; only cli/ and the public index.ts sit above these.
const COMPOSERS = ['batch', 'query', 'store', 'markup', 'annotate', 'view', 'queue', 'corpus', 'links'];
const TOP = ['cli', 'index.ts'];
const at = (name) => `./src/${name}`;
const flowZones = [
  ...STAGES.map((stage, i) => ({
    target: at(stage),
    from: [...STAGES.slice(i + 1), ...COMPOSERS, ...TOP].map(at),
    message: `${stage} comes before these in the flow (docs/architecture.md): pass the value in, or move the shared piece down.`,
  })),
  ...COMPOSERS.map((name) => ({
    target: at(name),
    from: TOP.map(at),
    message: 'Only the CLI and the public index sit above the composers.',
  })),
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'output/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: flowZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Every argument of a call sits on the stack: spreading an array the input can grow (mentions, rows,
      // files) overflows it near 120,000 items ("Maximum call stack size exceeded").
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(push|unshift|splice|min|max|fromCharCode|fromCodePoint)$/] > SpreadElement',
          message: 'Spreading an array into arguments overflows the stack on large input: use a loop or reduce.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // the view's page script runs in the browser, as a classic script
    files: ['assets/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', Element: 'readonly', Node: 'readonly', CSS: 'readonly', setTimeout: 'readonly' },
    },
  },
);
