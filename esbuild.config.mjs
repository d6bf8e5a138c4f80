// Builds every bundle into out/: the Electron shell (main + preload), browser mode's server, the
// command line, the benchmark, and the renderer. One tool for all of them keeps builds to seconds.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const out = 'out';
const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const production = process.env.NODE_ENV !== 'development';
// Native and Electron-provided modules stay outside the bundles.
const external = ['electron', 'better-sqlite3', 'pdfkit', '@resvg/resvg-js', 'fsevents'];

const node = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  external,
  // The coach's word vectors (shared/coach/wordVectors.bin) are bundled as bytes.
  loader: { '.bin': 'binary' },
  logLevel: 'warning',
};

/** The renderer's bundle (the app's, and the test build's with its hooks). */
const renderer = {
  bundle: true,
  format: 'esm',
  // Code only some screens need (import, with its validator) loads on first use.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'browser',
  target: 'chrome130',
  jsx: 'automatic',
  minify: production,
  sourcemap: true,
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development'), __APP_VERSION__: JSON.stringify(version) },
  loader: { '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.bin': 'binary' },
  // Fonts keep their plain names so index.html can preload them (every file is served no-store,
  // so a hash buys nothing). Cards wait for their font (font-display: block), and unpreloaded its
  // request only started once the first cards were laid out: a third of a second at 1k.
  assetNames: '[name]',
  logLevel: 'warning',
};

const appRenderer = { ...renderer, entryPoints: ['renderer/main.tsx'], outdir: `${out}/renderer`, metafile: true };

/**
 * Lists the chunks main.js imports statically as modulepreloads in index.html: the browser then
 * fetches them beside main.js instead of after parsing it (they arrived ~60 ms after it at 1k).
 */
function withModulePreloads(html, result) {
  const main = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === 'renderer/main.tsx');
  if (!main) throw new Error('esbuild did not report the renderer entry');
  const links = main[1].imports
    .filter((i) => i.kind === 'import-statement')
    .map((i) => `    <link rel="modulepreload" href="./${path.relative(`${out}/renderer`, i.path)}" />\n`)
    .join('');
  const at = html.indexOf('    <script type="module"');
  if (at < 0) throw new Error('renderer/index.html has no module script to preload for');
  return html.slice(0, at) + links + html.slice(at);
}

const builds = [
  { ...node, entryPoints: ['electron/shell/main.ts'], outfile: `${out}/electron/main.cjs`, format: 'cjs' },
  // The preload runs sandboxed, where only a few modules can be required: everything is bundled in.
  { ...node, entryPoints: ['electron/shell/preload.ts'], outfile: `${out}/electron/preload.cjs`, format: 'cjs', platform: 'browser', external: ['electron'] },
  // The backend: the plan's database and every export, in a worker thread or a utilityProcess.
  { ...node, entryPoints: ['electron/api/entry.ts'], outfile: `${out}/backend/backend.cjs`, format: 'cjs' },
  // One export, in a thread the backend starts, so the database's thread keeps answering.
  { ...node, entryPoints: ['electron/export/worker.ts'], outfile: `${out}/backend/export.cjs`, format: 'cjs' },
  { ...node, entryPoints: ['electron/web/server.ts'], outfile: `${out}/web/server.mjs`, format: 'esm', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } },
  { ...node, entryPoints: ['electron/cli.ts'], outfile: `${out}/cli/cascade.mjs`, format: 'esm', banner: { js: "#!/usr/bin/env node\nimport { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } },
  { ...node, entryPoints: ['test/bench/run.ts'], outfile: `${out}/bench/run.mjs`, format: 'esm', external: [...external, 'playwright-core'], banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } },
  appRenderer,
  // The renderer as the e2e tests load it: the same entry plus read-only hooks (test/hooks/),
  // served in place of main.js by the test harness. Never part of the app.
  { ...renderer, entryPoints: ['test/hooks/main.tsx'], outdir: `${out}/test/renderer` },
  // The workshop participant's page (served by the room server at /join): small, on its own.
  {
    entryPoints: ['renderer/participant/main.tsx'],
    entryNames: 'participant',
    outdir: `${out}/renderer`,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'safari15', 'firefox110'],
    jsx: 'automatic',
    minify: production,
    sourcemap: true,
    define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
    logLevel: 'warning',
  },
  // Starts reading the plan while the main bundle loads (a classic script, run before it).
  {
    entryPoints: ['renderer/prefetch.ts'],
    outfile: `${out}/renderer/prefetch.js`,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome130',
    minify: production,
    logLevel: 'warning',
  },
  // The browser benchmark's baseline: a plain React Flow page (test/bench/baseline/page.tsx).
  {
    entryPoints: ['test/bench/baseline/page.tsx'],
    outdir: `${out}/bench/baseline`,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome130',
    jsx: 'automatic',
    minify: true,
    sourcemap: true,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    loader: { '.woff2': 'file', '.ttf': 'file', '.svg': 'file' },
    logLevel: 'warning',
  },
  // The coach and the audit run in a Web Worker: a file of its own next to the renderer (the CSP
  // allows only 'self' scripts, so no blob: workers).
  {
    entryPoints: ['renderer/worker/findings.worker.ts'],
    outfile: `${out}/renderer/findings.worker.js`,
    bundle: true,
    loader: { '.bin': 'binary' },
    format: 'esm',
    platform: 'browser',
    target: 'chrome130',
    minify: production,
    sourcemap: true,
    logLevel: 'warning',
  },
];

// Code-split chunks have hashed names: start the renderer's folder empty, so stale chunks never ship.
fs.rmSync(`${out}/renderer`, { recursive: true, force: true });
fs.rmSync(`${out}/test/renderer`, { recursive: true, force: true });
const existing = builds.filter((b) => b.entryPoints.every((e) => fs.existsSync(e)));
const results = new Map(await Promise.all(existing.map(async (b) => [b, await esbuild.build(b)])));
fs.mkdirSync(`${out}/renderer`, { recursive: true });
fs.writeFileSync(`${out}/renderer/index.html`, withModulePreloads(fs.readFileSync('renderer/index.html', 'utf8'), results.get(appRenderer)));
fs.copyFileSync('renderer/participant.html', `${out}/renderer/participant.html`);
if (fs.existsSync('test/bench/baseline/index.html')) {
  fs.mkdirSync(`${out}/bench/baseline`, { recursive: true });
  fs.copyFileSync('test/bench/baseline/index.html', `${out}/bench/baseline/index.html`);
}
