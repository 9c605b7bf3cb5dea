// What someone else changed in a client's details, in words, for the refused save's message.
import type { ClientRecord } from '../../../../api/contract/clients';
import { t } from '../../i18n';

const FIELDS = [
  'firstName',
  'lastName',
  'phone',
  'email',
  'dateOfBirth',
  'hairLossScale',
  'hairLossStage',
  'fitzpatrick',
  'caseType',
  'notes',
] as const satisfies readonly (keyof ClientRecord)[];
/** Short values worth quoting; the rest are named only. */
const QUOTED = new Set<keyof ClientRecord>(['firstName', 'lastName', 'phone', 'email', 'dateOfBirth']);

/** " They changed the phone (now 07700 900999) and the notes. …" or '' when nothing differs. */
export function describeClientChanges(before: ClientRecord, after: ClientRecord): string {
  const parts = FIELDS.filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)).map((k) => {
    const field = t(`chart.clientField.${k}`);
    return QUOTED.has(k) && after[k]
      ? t('chart.clientChanges.fieldNow', { field, value: String(after[k]) })
      : t('chart.clientChanges.field', { field });
  });
  if (parts.length === 0) return '';
  const list = parts.length === 1 ? parts[0]! : t('chart.clientChanges.and', { list: parts.slice(0, -1).join(', '), last: parts.at(-1)! });
  return t('chart.clientChanges.sentence', { list });
}
