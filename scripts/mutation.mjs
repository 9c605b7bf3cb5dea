#!/usr/bin/env node
// `npm run test:mutation`: Stryker over the clinic's rules (stryker.config.mjs), one area at a time,
// each held to its own threshold, and every surviving mutant held to a reason listed in the config.
// `npm run test:mutation -- core db` runs only those areas; `--check-only` reads the last reports
// again without running Stryker; `--force` retests every mutant.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const configFile = path.join(root, 'stryker.config.mjs');
const { areas, equivalentMutants, acceptedSurvivors } = await import(pathToFileURL(configFile).href);
const args = process.argv.slice(2);
const checkOnly = args.includes('--check-only');
// --force: test every mutant again, ignoring the incremental file (Stryker's incremental mode keeps
// old results for static mutants, those in module-level constants, even when new tests would kill them).
// Any other --option value goes to Stryker as it is (--mutate db/verify.ts, --concurrency 1).
// --tests a.test.ts,b.test.ts: judge the mutants by these tests only (a per-file run; a mutant they
// miss counts as survived, so the score can only come out lower than the whole suite's).
const strykerArgs = [];
const named = [];
let onlyTests;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--check-only') continue;
  if (a === '--force') strykerArgs.push(a);
  else if (a === '--tests') onlyTests = args[++i];
  else if (a.startsWith('--')) strykerArgs.push(a, args[++i]);
  else named.push(a);
}
const unknown = named.filter((n) => !areas.some((a) => a.name === n));
if (unknown.length > 0) {
  console.error(`No mutation area called ${unknown.join(', ')}; the areas are ${areas.map((a) => a.name).join(', ')}.`);
  process.exit(2);
}
const chosen = named.length > 0 ? areas.filter((a) => named.includes(a.name)) : areas;
const reportOf = (area) => path.join(root, 'reports', 'mutation', `${area.name}.json`);

for (const area of checkOnly ? [] : chosen) {
  console.log(`\n=== Mutation testing: ${area.name} ===`);
  // The tests make a temporary database each; thousands of mutant runs would fill /tmp.
  const tmp = path.join(root, '.stryker-tmp', `tmp-${area.name}`);
  fs.mkdirSync(tmp, { recursive: true });
  const r = spawnSync(path.join(root, 'node_modules', '.bin', 'stryker'), ['run', configFile, ...strykerArgs], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, STIPPLE_MUTATION_AREA: area.name, TMPDIR: tmp, ...(onlyTests ? { STIPPLE_MUTATION_TESTS: onlyTests } : {}) },
  });
  fs.rmSync(tmp, { recursive: true, force: true });
  if (r.status !== 0) {
    console.error(`Stryker stopped on ${area.name} (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}

const collapse = (s) => s.replace(/\s+/g, ' ').trim();

/** The source text a mutant replaced (Stryker's positions: lines and columns from 1). */
function originalOf(source, { start, end }) {
  const lines = source.split('\n');
  if (start.line === end.line) return lines[start.line - 1].slice(start.column - 1, end.column - 1);
  return [
    lines[start.line - 1].slice(start.column - 1),
    ...lines.slice(start.line, end.line - 1),
    lines[end.line - 1].slice(0, end.column - 1),
  ].join('\n');
}

// A listed `original` is the mutated code exactly (spaces collapsed), or its start when it ends in "…".
function sameCode(listed, code) {
  const a = collapse(listed);
  const b = collapse(code);
  return a.endsWith('…') ? b.startsWith(a.slice(0, -1)) : a === b;
}
const matches = (entry, file, m, original) =>
  entry.file === file &&
  entry.mutator === m.mutatorName &&
  sameCode(entry.replacement, m.replacement ?? '') &&
  sameCode(entry.original, original);

const used = new Set();
const unexplained = [];
const tally = new Map();
const reported = new Set();

for (const area of chosen) {
  if (!fs.existsSync(reportOf(area))) continue;
  const t = { killed: 0, survived: 0, equivalent: 0, accepted: 0 };
  tally.set(area.name, t);
  const report = JSON.parse(fs.readFileSync(reportOf(area), 'utf8'));
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    reported.add(file);
    for (const m of mutants) {
      if (m.status === 'Killed' || m.status === 'Timeout') {
        t.killed++;
        continue;
      }
      if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue; // Ignored, CompileError, RuntimeError
      const original = originalOf(source, m.location);
      const equivalent = equivalentMutants.find((e) => matches(e, file, m, original));
      const accepted = equivalent ? undefined : acceptedSurvivors.find((e) => matches(e, file, m, original));
      if (equivalent) {
        used.add(equivalent);
        t.equivalent++;
        continue;
      }
      t.survived++;
      if (accepted) {
        used.add(accepted);
        t.accepted++;
      } else {
        unexplained.push(
          `${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${JSON.stringify(collapse(original).slice(0, 90))} → ${JSON.stringify(collapse(m.replacement ?? '').slice(0, 90))}`,
        );
      }
    }
  }
}

let failed = false;
console.log('\nMutation score by area (equivalent mutants left out):');
for (const a of chosen) {
  const t = tally.get(a.name);
  const total = t ? t.killed + t.survived : 0;
  if (total === 0) {
    failed = true;
    console.log(`  ${a.name}: no report (run npm run test:mutation -- ${a.name})`);
    continue;
  }
  const score = (100 * t.killed) / total;
  const pass = score >= a.break;
  if (!pass) failed = true;
  console.log(
    `  ${a.name}: ${score.toFixed(2)} % (${t.killed} killed of ${total}; ${t.accepted} accepted survivors, ${t.equivalent} equivalent) — break at ${a.break} %: ${pass ? 'passed' : 'FAILED'}`,
  );
}
if (unexplained.length > 0) {
  failed = true;
  console.log(
    `\n${unexplained.length} surviving mutant(s) with no reason in stryker.config.mjs (kill them with a test of the rule, or list them):`,
  );
  for (const u of unexplained) console.log(`  ${u}`);
}
const stale = [...equivalentMutants, ...acceptedSurvivors].filter((e) => reported.has(e.file) && !used.has(e));
if (stale.length > 0) {
  console.log('\nListed in stryker.config.mjs but no longer surviving (remove them):');
  for (const e of stale) console.log(`  ${e.file} ${e.mutator} ${JSON.stringify(e.original)} → ${JSON.stringify(e.replacement)}`);
}
process.exit(failed ? 1 : 0);
