// What someone else changed in a client's details, in words, for the refused save's message.
import type { ClientRecord } from '../../../../api/contract/clients';

const LABELS: Partial<Record<keyof ClientRecord, string>> = {
  firstName: 'first name',
  lastName: 'last name',
  phone: 'phone',
  email: 'email',
  dateOfBirth: 'date of birth',
  hairLossScale: 'hair-loss scale',
  hairLossStage: 'stage',
  fitzpatrick: 'skin type',
  caseType: 'case type',
  notes: 'notes',
};
/** Short values worth quoting; the rest are named only. */
const QUOTED = new Set<keyof ClientRecord>(['firstName', 'lastName', 'phone', 'email', 'dateOfBirth']);

/** " They changed the phone (now 07700 900999) and the notes. …" or '' when nothing differs. */
export function describeClientChanges(before: ClientRecord, after: ClientRecord): string {
  const parts = (Object.keys(LABELS) as (keyof ClientRecord)[])
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .map((k) => (QUOTED.has(k) && after[k] ? `the ${LABELS[k]} (now ${String(after[k])})` : `the ${LABELS[k]}`));
  if (parts.length === 0) return '';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return ` They changed ${list}. Save again to keep what you entered instead.`;
}
