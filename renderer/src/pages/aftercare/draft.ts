// The template editor's working copy: days as typed (text), advice as one point per line. Turned
// into the API's input for checking and saving, so the editor flags exactly what a save would refuse.
import type { StandardAftercare } from '../../../../core/aftercare-standard';
import type { AftercareSessionKind } from '../../../../core/vocabulary';
import { aftercareTemplateInput, type AftercareTemplateRecord } from '../../../../api/contract/aftercare';
import { getClinicLocale } from '../../format';
import { fieldErrors } from '../../../../api/contract/field-errors';
import { t } from '../../i18n';

export interface DraftRule {
  /** Stable across edits so React keeps each row's inputs. */
  rowId: string;
  fromDay: string;
  toDay: string;
  instruction: string;
}

export interface Draft {
  key: string | null;
  expectedVersion: number | null;
  name: string;
  sessionKind: AftercareSessionKind;
  rules: DraftRule[];
  adviceText: string;
}

let nextRow = 0;
export const newRowId = () => `row-${++nextRow}`;

export function draftFrom(t: AftercareTemplateRecord): Draft {
  return {
    key: t.key,
    expectedVersion: t.version,
    name: t.name,
    sessionKind: t.sessionKind,
    rules: t.rules.map((r) => ({
      rowId: newRowId(),
      fromDay: String(r.fromDay),
      toDay: r.toDay === null ? '' : String(r.toDay),
      instruction: r.instruction,
    })),
    adviceText: t.advice.join('\n'),
  };
}

/** A new template of the clinic's own, starting from the shipped standard text in one language. */
export function draftFromStandard(standard: StandardAftercare): Draft {
  return {
    key: null,
    expectedVersion: null,
    name: standard.name,
    sessionKind: standard.sessionKind,
    rules: standard.rules.map((r) => ({
      rowId: newRowId(),
      fromDay: String(r.fromDay),
      toDay: r.toDay === null ? '' : String(r.toDay),
      instruction: r.instruction,
    })),
    adviceText: standard.advice.join('\n'),
  };
}

/** A new template that starts as a copy of `from` (or a blank rule). */
export function newDraft(from?: Draft): Draft {
  return {
    key: null,
    expectedVersion: null,
    name: '',
    sessionKind: from?.sessionKind === 'any' ? 'touch_up' : (from?.sessionKind ?? 'any'),
    rules: from ? from.rules.map((r) => ({ ...r, rowId: newRowId() })) : [{ rowId: newRowId(), fromDay: '0', toDay: '', instruction: '' }],
    adviceText: from?.adviceText ?? '',
  };
}

const dayValue = (s: string): number | null | string => {
  const t = s.trim();
  if (t === '') return null;
  return /^-?\d+$/.test(t) ? Number(t) : t; // anything else goes through as text and is refused beside the field
};

export function toInput(d: Draft) {
  return {
    key: d.key,
    expectedVersion: d.expectedVersion,
    name: d.name,
    sessionKind: d.sessionKind,
    rules: d.rules.map((r) => ({ fromDay: dayValue(r.fromDay) ?? '', toDay: dayValue(r.toDay), instruction: r.instruction })),
    advice: adviceLines(d.adviceText),
  };
}

export const adviceLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((l) => l !== '');

/** Field path → message, as the API would answer; advice errors are shown on the advice box. */
export function checkDraft(d: Draft): Record<string, string> {
  const parsed = aftercareTemplateInput.safeParse(toInput(d));
  if (parsed.success) return {};
  const errors = fieldErrors(parsed.error, getClinicLocale());
  for (const key of Object.keys(errors)) {
    if (key.startsWith('advice.')) {
      errors.adviceText ??= t('aftercare.editor.advicePoint', { n: Number(key.split('.')[1]) + 1, message: errors[key]! });
      delete errors[key];
    } else if (key === 'advice') {
      errors.adviceText ??= errors[key]!;
      delete errors[key];
    }
  }
  return errors;
}
