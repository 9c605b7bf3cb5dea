import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge, parseReviewed, summaryLine, type Finding, type ReviewedEntry } from './electronegativity.mjs';

const finding = (id: string, severity: string, file = 'electron/main/harden.ts'): Finding => ({
  id,
  severity,
  file,
  line: 1,
  description: `${id} description`,
});
const review = (check: string, file = 'electron/main/harden.ts'): ReviewedEntry => ({
  check,
  file,
  reason: 'Reviewed: only http(s) URLs reach it, the rest are denied.',
});

describe('judge', () => {
  it('fails every HIGH finding, even one that is in the reviewed list', () => {
    const j = judge([finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH')], [review('CONTEXT_ISOLATION_JS_CHECK')]);
    expect(j.failures.map((f) => f.id)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
    expect(j.passes).toEqual([]);
  });

  it('passes a MEDIUM finding reviewed for that check in that file, with its reason', () => {
    const j = judge([finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM')], [review('OPEN_EXTERNAL_JS_CHECK')]);
    expect(j.failures).toEqual([]);
    expect(j.passes[0]?.reason).toContain('http(s)');
  });

  it('fails a MEDIUM finding that is unreviewed, or reviewed for another file', () => {
    const j = judge(
      [finding('SANDBOX_JS_CHECK', 'MEDIUM'), finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'electron/main/index.ts')],
      [review('OPEN_EXTERNAL_JS_CHECK')],
    );
    expect(j.failures.map((f) => f.id)).toEqual(['SANDBOX_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK']);
  });

  it('keeps LOW and INFORMATIONAL findings as notes, and reports reviewed entries that match nothing', () => {
    const j = judge([finding('CSP_GLOBAL_CHECK', 'LOW'), finding('X', 'INFORMATIONAL')], [review('PRELOAD_JS_CHECK')]);
    expect(j.failures).toEqual([]);
    expect(j.notes).toHaveLength(2);
    expect(j.stale.map((r) => r.check)).toEqual(['PRELOAD_JS_CHECK']);
  });
});

describe('summaryLine', () => {
  it('counts checks: a check with two failing findings is one failed check', () => {
    const j = judge([finding('SANDBOX_JS_CHECK', 'MEDIUM'), finding('SANDBOX_JS_CHECK', 'MEDIUM', 'electron/x.ts')], []);
    expect(summaryLine(41, j, 0)).toBe('electronegativity: 40 passed, 1 failed');
  });

  it('counts an unparsable file as a failure', () => {
    expect(summaryLine(41, judge([], []), 1)).toBe('electronegativity: 41 passed, 1 failed');
  });
});

describe('parseReviewed', () => {
  it('accepts the committed reviewed list', () => {
    const text = fs.readFileSync(path.join(import.meta.dirname, '..', 'electron', 'electronegativity-reviewed.json'), 'utf8');
    expect(parseReviewed(text).length).toBeGreaterThan(0);
  });

  it('refuses entries without a real reason', () => {
    expect(() => parseReviewed(JSON.stringify([{ check: 'PRELOAD_JS_CHECK', file: 'a.ts', reason: 'ok' }]))).toThrow(/reason/);
    expect(() => parseReviewed('{}')).toThrow(/array/);
  });
});
