import fs from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

/** `.bin` files import as their bytes, as esbuild's `binary` loader gives them to the bundles. */
const binary: Plugin = {
  name: 'binary',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('.bin')) return null;
    return `export default new Uint8Array(Buffer.from(${JSON.stringify(fs.readFileSync(id).toString('base64'))}, 'base64'));`;
  },
};

export default defineConfig({
  plugins: [binary],
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end suites start servers and a browser; unit suites are quick and isolated.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll waits for what a user would see; on a loaded 2-core CI machine a second is too short.
    expect: { poll: { timeout: 10_000 } },
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
