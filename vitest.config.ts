import { defineConfig } from 'vitest/config';

// Node by default; DOM tests opt in with `// @vitest-environment jsdom` (Vitest 4 has no environmentMatchGlobs).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.{ts,tsx}'],
    globals: false,
    restoreMocks: true,
    pool: 'forks',
    testTimeout: 30_000,
    setupFiles: ['test/support/setupIndexedDb.ts', 'test/support/setupTestingLibrary.ts'],
  },
});
