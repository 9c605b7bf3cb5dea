// `npm run test:electron`: Electronegativity (Doyensec's Electron security linter) over electron/.
//
// Fails (exit 1) on any HIGH finding, on any MEDIUM finding not in the reviewed list
// (electron/electronegativity-reviewed.json: check id, file, reason), or if a file cannot be
// parsed (an unread file is an unchecked file). LOW and INFORMATIONAL findings are printed as notes.
//
// Counting: the closing line counts checks, not findings. Each check Electronegativity ran
// (atomic + global) passes unless it produced a failing finding; each unparsable file counts as
// one more failure. "electronegativity: 40 passed, 0 failed" means every check ran and passed.
//
// Excluded: AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK downloads Electron's release list from GitHub;
// this project builds offline, and Electron's version is pinned in package.json and reviewed there.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/**
 * Sorts findings into failures, reviewed passes and notes. Pure, so it is unit-tested.
 * @param {import('./electronegativity.d.mts').Finding[]} findings
 * @param {import('./electronegativity.d.mts').ReviewedEntry[]} reviewed
 * @returns {import('./electronegativity.d.mts').Judgement}
 */
export function judge(findings, reviewed) {
  const failures = [];
  const passes = [];
  const notes = [];
  const used = new Set();
  for (const finding of findings) {
    const severity = finding.severity.toUpperCase();
    if (severity === 'HIGH') {
      failures.push(finding); // never reviewable: a HIGH finding is fixed in code
    } else if (severity === 'MEDIUM') {
      const entry = reviewed.find((r) => r.check === finding.id && r.file === finding.file);
      if (entry) {
        used.add(entry);
        passes.push({ ...finding, reason: entry.reason });
      } else {
        failures.push(finding);
      }
    } else {
      notes.push(finding);
    }
  }
  return { failures, passes, notes, stale: reviewed.filter((r) => !used.has(r)) };
}

/** @returns {string} the closing line, exactly `electronegativity: N passed, N failed` */
export function summaryLine(checksRun, judgement, unparsable) {
  const failingChecks = new Set(judgement.failures.map((f) => f.id)).size;
  return `electronegativity: ${Math.max(0, checksRun - failingChecks)} passed, ${failingChecks + unparsable} failed`;
}

/** Reads and checks the reviewed list: every entry needs a check, a file and a real reason. */
export function parseReviewed(text) {
  const entries = JSON.parse(text);
  if (!Array.isArray(entries)) throw new Error('the reviewed list must be a JSON array');
  for (const [i, e] of entries.entries()) {
    if (typeof e?.check !== 'string' || typeof e?.file !== 'string' || typeof e?.reason !== 'string' || e.reason.trim().length < 20) {
      throw new Error(`reviewed entry ${i} needs "check", "file" and a "reason" that explains the review`);
    }
  }
  return entries;
}

async function main(root) {
  const require = createRequire(path.join(root, 'package.json'));
  const run = require('@doyensec/electronegativity');
  const electronVersion = require('electron/package.json').version;
  const reviewed = parseReviewed(fs.readFileSync(path.join(root, 'electron', 'electronegativity-reviewed.json'), 'utf8'));

  // Scan a copy without the tests: their fakes are not shipped code, and a test that calls
  // on('will-navigate') must not satisfy a global check on the app's behalf.
  const scanDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-eng-'));
  let result;
  try {
    copySources(path.join(root, 'electron'), scanDir);
    await writePolicyPage(root, scanDir);
    result = await quietly(() =>
      run({
        input: scanDir,
        isRelative: true,
        electronVersionOverride: electronVersion,
        excludeFromScan: EXCLUDED_CHECKS,
      }),
    );
  } finally {
    fs.rmSync(scanDir, { recursive: true, force: true });
  }

  const findings = result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    file: issue.file === 'N/A' ? 'N/A' : `electron/${issue.file.split(path.sep).join('/')}`,
    line: issue.location.line,
    description: issue.description,
  }));
  const unparsable = result.errors.filter((e) => !e.tolerable);
  const judgement = judge(findings, reviewed);

  const where = (f) => (f.file === 'N/A' ? 'whole app' : `${f.file}:${f.line}`);
  for (const f of judgement.failures) console.log(`FAIL  ${f.severity.padEnd(6)} ${f.id}  ${where(f)}\n      ${f.description}`);
  for (const e of unparsable) console.log(`FAIL  could not parse ${e.file}: ${e.message}`);
  for (const f of judgement.passes) console.log(`ok    ${f.severity.padEnd(6)} ${f.id}  ${where(f)}\n      reviewed: ${f.reason}`);
  for (const f of judgement.notes) console.log(`note  ${f.severity.padEnd(6)} ${f.id}  ${where(f)}\n      ${f.description}`);
  for (const r of judgement.stale) console.log(`note  reviewed entry no longer matches a finding, remove it: ${r.check} ${r.file}`);

  console.log(summaryLine(result.globalChecks + result.atomicChecks, judgement, unparsable.length));
  return judgement.failures.length === 0 && unparsable.length === 0 ? 0 : 1;
}

function copySources(from, to) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      fs.mkdirSync(target, { recursive: true });
      copySources(source, target);
    } else if (/\.(ts|tsx|js|mjs|cjs|html)$/.test(entry.name) && !/\.test\.[cm]?[jt]sx?$/.test(entry.name)) {
      fs.copyFileSync(source, target);
    }
  }
}

/**
 * The CSP is one constant in core/csp.ts that harden.ts imports; the scan reads string literals only,
 * so it is handed the policy as a page with the <meta> tag the renderer build writes (the header's
 * full policy, frame-ancestors included), and its CSP checks judge the policy the app enforces.
 */
async function writePolicyPage(root, dir) {
  const { tsImport } = await import('tsx/esm/api');
  const { CONTENT_SECURITY_POLICY } = await tsImport(pathToFileURL(path.join(root, 'core', 'csp.ts')).href, import.meta.url);
  fs.writeFileSync(
    path.join(dir, 'core-csp.generated.html'),
    `<!doctype html>\n<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n`,
  );
}

/** Electronegativity logs its failed attempts to fetch translations; offline, that is just noise. */
async function quietly(fn) {
  const log = console.log;
  console.log = (...args) => {
    if (!/translations|Electron's releases/i.test(String(args[0]))) log(...args);
  };
  try {
    return await fn();
  } finally {
    console.log = log;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  main(root).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`electronegativity could not run: ${error instanceof Error ? error.message : String(error)}`);
      console.log('electronegativity: 0 passed, 1 failed');
      process.exit(1);
    },
  );
}
