import { defineConfig } from 'vitest/config';

export default defineConfig({
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
