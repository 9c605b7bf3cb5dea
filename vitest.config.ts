import { defineConfig } from 'vitest/config';

// Unit and integration tests under Node, on real SQLite files. End-to-end lives in tests/e2e.
export default defineConfig({
  test: {
    include: [
      'core/**/*.test.ts',
      'db/**/*.test.ts',
      'api/**/*.test.ts',
      'electron/**/*.test.ts',
      'browser-host/**/*.test.ts',
      'network/**/*.test.ts',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
      'renderer/**/*.test.ts',
      'tests/integration/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
  },
});
