import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * What the first screen has to parse before it can draw: the validator and the importers load only
 * with the dialogs that need them (measured: the bundle halves, and the plan opens sooner).
 */
/** The renderer's entry bundled as the app builds it, in memory. */
const bundleRenderer = (metafile: boolean) =>
  esbuild.build({
    entryPoints: ['renderer/main.tsx'],
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: 'out/bundle-check',
    write: false,
    metafile,
    jsx: 'automatic',
    loader: { '.css': 'empty', '.ttf': 'empty', '.woff2': 'empty', '.svg': 'empty', '.bin': 'binary' },
    logLevel: 'silent',
  });

describe('the renderer bundle', () => {
  it('keeps zod, the import readers and the coach’s word vectors out of the code the first screen loads', async () => {
    const result = await bundleRenderer(true);
    const outputs = result.metafile!.outputs;
    // Everything main.js pulls in statically (shared chunks included); dynamic imports load later.
    const first = new Set<string>();
    const visit = (file: string) => {
      if (first.has(file)) return;
      first.add(file);
      for (const i of outputs[file]!.imports) if (i.kind === 'import-statement') visit(i.path);
    };
    visit(Object.keys(outputs).find((file) => file.endsWith('main.js'))!);
    const inputs = [...first].flatMap((file) => Object.keys(outputs[file]!.inputs));
    expect(inputs.filter((f) => f.includes('node_modules/zod/'))).toEqual([]);
    expect(inputs.filter((f) => f.startsWith('shared/formats/'))).toEqual([]);
    // 2 MB that the coach needs only once the first cards are on screen (renderer/findings.ts).
    expect(inputs.filter((f) => f.includes('wordVectors'))).toEqual([]);
    expect(Object.values(outputs).some((o) => Object.keys(o.inputs).includes('shared/coach/wordVectors.bin'))).toBe(true);
    expect(inputs).toContain('renderer/store.ts');
  });

  it('ships no test hooks: they are only in the test build the e2e harness serves', async () => {
    const result = await bundleRenderer(false);
    const text = result.outputFiles.map((f) => f.text).join('\n');
    expect(text.length).toBeGreaterThan(100_000);
    expect(text).not.toMatch(/__cascade|__vp\b|test\/hooks/);
  });
});

/** Which source files import `electron`, in every Node bundle: only the shell may. */
async function electronImporters(entry: string): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    external: ['electron', 'better-sqlite3', 'pdfkit', '@resvg/resvg-js', 'fsevents'],
    loader: { '.bin': 'binary' },
    logLevel: 'silent',
  });
  return Object.entries(result.metafile.inputs)
    .filter(([, input]) => input.imports.some((i) => i.path === 'electron'))
    .map(([file]) => file)
    .sort();
}

describe('the layers of the Node bundles', () => {
  it('only electron/shell imports electron; browser mode and the command line never load it', async () => {
    const main = await electronImporters('electron/shell/main.ts');
    expect(main.length).toBeGreaterThan(0);
    expect(main.filter((f) => !f.startsWith('electron/shell/'))).toEqual([]);
    expect(await electronImporters('electron/shell/preload.ts')).toEqual(['electron/shell/preload.ts']);
    expect(await electronImporters('electron/web/server.ts')).toEqual([]);
    expect(await electronImporters('electron/cli.ts')).toEqual([]);
  });
});
