// Mutation testing of the code that decides what a clinic may and may not do (npm run test:mutation).
// scripts/mutation.mjs runs Stryker with this config, then holds each area to its threshold and every
// surviving mutant to a reason listed below.

/**
 * The areas, each run on its own (STIPPLE_MUTATION_AREA names one): the files mutated, the tests
 * that judge them, and the score below which the run fails.
 */
export const areas = [
  {
    name: 'core',
    mutate: ['core/aftercare.ts', 'core/booking.ts', 'core/dates.ts', 'core/deposits.ts', 'core/money.ts', 'core/shade-suggestion.ts'],
    tests: ['core/**/*.test.ts'],
    break: 90,
  },
  {
    name: 'db',
    mutate: ['db/verify.ts', 'db/audit-chain.ts', 'db/open.ts', 'db/backup.ts', 'db/restore.ts'],
    tests: ['db/**/*.test.ts', 'api/handlers/safety.test.ts', 'api/integrity-gate.test.ts', 'api/disk-failures.test.ts'],
    break: 85,
  },
  {
    name: 'handlers',
    mutate: ['api/handlers/*.ts', '!api/handlers/*.test.ts', '!api/handlers/index.ts', '!api/handlers/types.ts'],
    tests: ['api/**/*.test.ts'],
    break: 85,
  },
];

export function mutationArea(name = process.env.STIPPLE_MUTATION_AREA ?? 'core') {
  const area = areas.find((a) => a.name === name);
  if (!area) throw new Error(`No mutation area called ${name}; the areas are ${areas.map((a) => a.name).join(', ')}.`);
  return area;
}

/**
 * Mutants no test can kill because the program behaves the same with them: `file`, the mutator,
 * the original code and its replacement as Stryker reports them, and why it is equivalent.
 */
export const equivalentMutants = [];

/**
 * Mutants that survive and are not equivalent, each with why no test pins it (still counted as
 * survived in the score).
 */
export const acceptedSurvivors = [];

const area = mutationArea();

export default {
  $schema: './node_modules/@stryker-mutator/core/schema/stryker-schema.json',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  mutate: area.mutate,
  // Only what the mutated code and its tests need goes into Stryker's sandbox copies.
  ignorePatterns: ['/renderer', '/electron', '/browser-host', '/tests/e2e', '/reports', '/out', '/dist', '/release'],
  incremental: true,
  incrementalFile: `reports/mutation/${area.name}.incremental.json`,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${area.name}.html` },
  jsonReporter: { fileName: `reports/mutation/${area.name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  // scripts/mutation.mjs breaks the run, once equivalent mutants are left out of the score.
  thresholds: { high: 95, low: area.break, break: null },
  timeoutMS: 10_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
