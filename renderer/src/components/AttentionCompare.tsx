// For a change the hub refused because someone changed the same record meanwhile: what this
// workstation saved beside what the hub holds now, field by field (only where they differ), so the
// person can choose between "Send mine over theirs" and "Let it go" knowing what each keeps.
import { formatDateTime } from '../format';

const LABELS: Record<string, string> = {
  performedAt: 'Performed at',
  pigmentBrand: 'Pigment brand',
  pigmentShade: 'Pigment shade',
  dilution: 'Dilution',
  pigmentBatch: 'Batch',
  pigmentExpiry: 'Batch expiry',
  needle: 'Needle',
  zones: 'Zones',
  prepNotes: 'Preparation notes',
  assessmentNotes: 'Assessment',
  densityNotes: 'Density',
  blendingNotes: 'Blending',
  notes: 'Notes',
  status: 'Status',
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
    .map((k) => ({ key: k, label: LABELS[k]!, mine: shown(k, m[k]), theirs: shown(k, t[k]) }));
}

export function AttentionCompare({ mine, theirs }: { mine: unknown; theirs: unknown }) {
  const rows = differences(mine, theirs);
  if (rows.length === 0) return null;
  return (
    <table className="table attention-compare">
      <caption>What you saved here, and what the hub has now</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Yours (saved here)</th>
          <th scope="col">On the hub now</th>
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
