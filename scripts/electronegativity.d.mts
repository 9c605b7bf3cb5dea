// Types for electronegativity.mjs, so its unit test is type-checked under the strict tsconfig.
export interface Finding {
  id: string;
  severity: string;
  /** Repo-relative ('electron/main/harden.ts'), or 'N/A' for a whole-app finding. */
  file: string;
  line: number;
  description: string;
}

export interface ReviewedEntry {
  check: string;
  file: string;
  reason: string;
}

export interface Judgement {
  failures: Finding[];
  passes: (Finding & { reason: string })[];
  notes: Finding[];
  /** Reviewed entries that matched nothing: the code changed, so the entry should go. */
  stale: ReviewedEntry[];
}

export const EXCLUDED_CHECKS: string[];
export function judge(findings: Finding[], reviewed: ReviewedEntry[]): Judgement;
export function summaryLine(checksRun: number, judgement: Judgement, unparsable: number): string;
export function parseReviewed(text: string): ReviewedEntry[];
