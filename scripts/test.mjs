#!/usr/bin/env node
// `npm test`: typecheck, lint, unit, end-to-end and Electronegativity, each with its own output, then one
// closing line that sums them all: `N passed, N failed`. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const results = path.join(root, '.vitest-results');
fs.mkdirSync(results, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return r.status ?? 1;
}

function vitestStage(label, extraArgs, file) {
  const out = path.join(results, file);
  fs.rmSync(out, { force: true });
  const status = run(label, bin('vitest'), ['run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  if (!fs.existsSync(out)) return { label, passed: 0, failed: 1 };
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  const failedSuites = report.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  const ran = report.numPassedTests + report.numFailedTests;
  // A suite that failed to load, or a stage that ran nothing, is a failure, never a pass.
  const failed =
    report.numFailedTests + failedSuites + (ran === 0 ? 1 : 0) + (status !== 0 && report.numFailedTests + failedSuites === 0 ? 1 : 0);
  return { label, passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

function singleStage(label, command, args) {
  const status = run(label, command, args);
  return { label, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 };
}

function electronegativityStage() {
  const label = 'Electronegativity';
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'electronegativity.mjs')], { cwd: root, encoding: 'utf8' });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  const m = /electronegativity: (\d+) passed, (\d+) failed/.exec(r.stdout ?? '');
  if (!m) return { label, passed: 0, failed: 1 };
  const failed = Number(m[2]) + (r.status === 0 || Number(m[2]) > 0 ? 0 : 1);
  return { label, passed: Number(m[1]), failed };
}

const stages = [
  singleStage('Typecheck', bin('tsc'), ['--noEmit', '-p', '.']),
  singleStage('Lint', bin('eslint'), ['.']),
  singleStage('Format (Prettier)', bin('prettier'), ['--check', '--log-level', 'warn', '.']),
  vitestStage('Unit and integration tests', [], 'unit.json'),
  vitestStage('End-to-end tests (Chromium)', ['--config', 'vitest.e2e.config.ts'], 'e2e.json'),
  electronegativityStage(),
];

console.log('\n=== Summary ===');
for (const s of stages) console.log(`${s.label}: ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`);
const passed = stages.reduce((n, s) => n + s.passed, 0);
const failed = stages.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
