// For a change the hub refused because someone changed the same record meanwhile: what this
// workstation saved beside what the hub holds now, field by field (only where they differ), so the
// person can choose between "Send mine over theirs" and "Let it go" knowing what each keeps.
import type { MessageId } from '../../../core/i18n/translate';
import { formatDateTime } from '../format';
import { t as tr } from '../i18n';

const LABELS: Record<string, MessageId> = {
  performedAt: 'common.compare.performedAt',
  pigmentBrand: 'common.compare.pigmentBrand',
  pigmentShade: 'common.compare.pigmentShade',
  dilution: 'common.compare.dilution',
  pigmentBatch: 'common.compare.pigmentBatch',
  pigmentExpiry: 'common.compare.pigmentExpiry',
  needle: 'common.compare.needle',
  zones: 'common.compare.zones',
  prepNotes: 'common.compare.prepNotes',
  assessmentNotes: 'common.compare.assessmentNotes',
  densityNotes: 'common.compare.densityNotes',
  blendingNotes: 'common.compare.blendingNotes',
  notes: 'common.compare.notes',
  status: 'common.compare.status',
};

function shown(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (key === 'performedAt' && typeof value === 'string') return formatDateTime(value);
  if (Array.isArray(value)) return value.map((v) => shown(key, v)).join(', ') || '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The differing fields of `mine` (the change as saved here) and `theirs` (the record at the hub). */
export function differences(mine: unknown, theirs: unknown): { key: string; label: string; mine: string; theirs: string }[] {
  if (typeof mine !== 'object' || mine === null || typeof theirs !== 'object' || theirs === null) return [];
  const m = mine as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  return Object.keys(LABELS)
    .filter(
      (k) => k in m && !same(k === 'performedAt' ? Date.parse(String(m[k])) : m[k], k === 'performedAt' ? Date.parse(String(t[k])) : t[k]),
    )
    .map((k) => ({ key: k, label: tr(LABELS[k]!), mine: shown(k, m[k]), theirs: shown(k, t[k]) }));
}

export function AttentionCompare({ mine, theirs }: { mine: unknown; theirs: unknown }) {
  const rows = differences(mine, theirs);
  if (rows.length === 0) return null;
  return (
    <table className="table attention-compare">
      <caption>{tr('common.compare.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{tr('common.compare.field')}</th>
          <th scope="col">{tr('common.compare.mine')}</th>
          <th scope="col">{tr('common.compare.theirs')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{r.mine}</td>
            <td>{r.theirs}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
