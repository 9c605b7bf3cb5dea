import { defineConfig } from 'vitest/config';

// End-to-end scenarios: the built renderer in real Chromium over the browser host. One file at a
// time (each drives its own browser); the global setup builds the renderer when it is out of date.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
