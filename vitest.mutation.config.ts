import { defineConfig } from 'vitest/config';
import { mutationArea } from './stryker.config.mjs';

// The tests Stryker runs against each mutant of one area (npm run test:mutation sets
// STIPPLE_MUTATION_AREA): the area's own tests, so a mutant of core/ is judged by core's rules.
// Never the crash test (kills child processes, ~40 s) or the generated-input fuzz test (~25 s).
export default defineConfig({
  test: {
    include: mutationArea().tests,
    exclude: ['db/crash.test.ts', 'api/fuzz.test.ts', '**/node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
