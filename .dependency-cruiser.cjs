/**
 * The layer rules (README, "How it is built"), checked in npm test by test/unit/layers.test.ts.
 * Paths are relative to the repository root.
 */
/** Files that may import the `electron` package: the shell alone. */
const SHELL = '^electron/shell/';

module.exports = {
  forbidden: [
    {
      name: 'renderer-not-to-electron',
      comment: 'The renderer talks to the backend only through shared/ipc.ts and the preload API.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^electron/', '^node_modules/electron/'] },
    },
    {
      name: 'shared-is-pure',
      comment: 'shared/ runs in the renderer, the worker, Node and the CLI: no app layers, no Node built-ins, no Electron.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { pathNot: ['^shared/', '^node_modules/(?!electron/)'] },
    },
    {
      name: 'only-the-shell-imports-electron',
      comment: 'db, api, web, export and the CLI run without Electron (browser mode, tests, CLI).',
      severity: 'error',
      from: { path: '^(electron|shared|renderer)/', pathNot: SHELL },
      to: { path: '^node_modules/electron/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-not-to-shell',
      comment: 'Browser mode serves the same handlers without the desktop shell.',
      severity: 'error',
      from: { path: '^electron/web/' },
      to: { path: SHELL },
    },
    {
      name: 'no-test-code-in-the-product',
      comment: 'Generators, fixtures and test hooks live under test/ and never ship.',
      severity: 'error',
      from: { path: '^(electron|shared|renderer)/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist)/' },
    moduleSystems: ['es6', 'cjs'],
    // Resolve package subpaths (csv-parse/browser/esm/sync) through their "exports" maps, as esbuild does.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'browser', 'node', 'default'], mainFields: ['module', 'main'] },
  },
};
