// A document being edited, as the form holds it (numbers as typed, options one per line), and the
// checks of the save itself (the contract's documentInput), run here first.
import { readZodText } from '../../../../api/contract/words';
import { getClinicLocale } from '../../format';
import { documentInput, type DocumentInput, type DocumentRecord } from '../../../../api/contract/documents';
import type { DocumentKind, Question } from '../../../../core/clinic-documents';

export interface DraftQuestion extends Omit<Question, 'waitDays' | 'options'> {
  rowId: number;
  waitDays: string;
  options: string;
  /** Asked in an earlier version: its key and kind stay. */
  asked: boolean;
}
export interface DocumentDraft {
  kind: DocumentKind;
  expectedVersion: number;
  title: string;
  body: string;
  questions: DraftQuestion[];
}

let nextRow = 1;
export const newRowId = () => nextRow++;

export function draftFrom(d: DocumentRecord): DocumentDraft {
  return {
    kind: d.kind,
    expectedVersion: d.version,
    title: d.title,
    body: d.body,
    questions: d.questions.map((q) => ({
      ...q,
      rowId: newRowId(),
      waitDays: q.waitDays === null ? '' : String(q.waitDays),
      options: q.options.join('\n'),
      asked: true,
    })),
  };
}

export function blankQuestion(): DraftQuestion {
  return {
    rowId: newRowId(),
    key: '',
    kind: 'yes_no',
    text: '',
    required: true,
    tier: null,
    waitDays: '',
    records: true,
    options: '',
    asked: false,
  };
}

/** A key for a new question from its words: "Used a sunbed lately?" → "used_a_sunbed_lately", made unique. */
function keyFor(text: string, taken: Set<string>): string {
  const base =
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 50) || 'question';
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}_${n}`;
    if (!taken.has(key)) return key;
  }
}

export function toInput(d: DocumentDraft): DocumentInput {
  const taken = new Set(d.questions.filter((q) => q.key).map((q) => q.key));
  return {
    kind: d.kind,
    expectedVersion: d.expectedVersion,
    title: d.title,
    body: d.body,
    questions: d.questions.map((q) => {
      const key = q.key || keyFor(q.text, taken);
      taken.add(key);
      const yesNo = q.kind === 'yes_no';
      const wait = q.waitDays.trim();
      return {
        key,
        kind: q.kind,
        text: q.text,
        required: q.required,
        tier: yesNo ? q.tier : null,
        waitDays: yesNo && q.tier === 'temporary' && wait !== '' ? (/^\d+$/.test(wait) ? Number(wait) : Number.NaN) : null,
        records: yesNo && q.tier !== null && q.records,
        options:
          q.kind === 'choice'
            ? q.options
                .split('\n')
                .map((o) => o.trim())
                .filter(Boolean)
            : [],
      };
    }),
  };
}

/** The save's own checks: field path → message, as the API would answer. */
export function checkDraft(d: DocumentDraft): Record<string, string> {
  const parsed = documentInput.safeParse(toInput(d));
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    out[path] ??= readZodText(issue.message, getClinicLocale());
  }
  return out;
}
