// How the chart's history says what happened: action names and the fields that changed, in words,
// in the reader's language (an action without words of its own is shown as its name).
import type { MessageId } from '../../../../core/i18n/translate';
import { t } from '../../i18n';

const ACTIONS = new Set([
  'create',
  'update',
  'chart',
  'correct',
  'book',
  'reschedule',
  'cancel',
  'no_show',
  'archive',
  'unarchive',
  'consent',
  'resolve',
  'doctor_letter',
  'payment',
  'status',
  'done',
  'override',
]);

export function describeAction(action: string): string {
  if (action.startsWith('status:')) return t('chart.action.statusSet', { status: action.slice(7) });
  if (action.startsWith('override:')) return t('chart.action.ruleOverridden', { rule: action.slice(9) });
  return ACTIONS.has(action) ? t(`chart.action.${action}` as MessageId) : action.replace(/_/g, ' ');
}

const IGNORED = new Set(['updatedAt', 'createdAt', 'version']);

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The fields that differ between before and after, as "field: old → new". */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object' || Array.isArray(before) || Array.isArray(after))
    return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return Object.keys(a)
    .filter((k) => !IGNORED.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => `${k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}: ${show(b[k])} → ${show(a[k])}`);
}
