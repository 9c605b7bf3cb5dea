// How the chart's history says what happened: action names and the fields that changed, in words.

const ACTIONS: Record<string, string> = {
  create: 'created',
  update: 'changed',
  chart: 'charted',
  correct: 'corrected',
  book: 'booked',
  reschedule: 'rescheduled',
  cancel: 'cancelled',
  no_show: 'marked no-show',
  archive: 'archived',
  unarchive: 'brought back',
  consent: 'consent recorded',
  resolve: 'resolved',
  doctor_letter: 'doctor’s letter received',
  payment: 'payment recorded',
  status: 'status changed',
  done: 'done',
  override: 'rule overridden',
};

export function describeAction(action: string): string {
  if (action.startsWith('status:')) return `status set to ${action.slice(7)}`;
  if (action.startsWith('override:')) return `${action.slice(9)} rule overridden`;
  return ACTIONS[action] ?? action.replace(/_/g, ' ');
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
