import { useState } from 'react';
import type { SessionRecord } from '../../../../../api/contract/chart';
import { ZONE_LABELS, type Zone } from '../../../../../core/vocabulary';
import { formatDateTime } from '../../../format';
import { toLocalInput, type SessionFormValues } from './sessionFormModel';

type Compared = Exclude<
  keyof SessionFormValues,
  | 'retention'
  | 'shadeChangeReason'
  | 'shadeChangeNote'
  | 'doneRequestIds'
  | 'raiseRequests'
  | 'contraindicationOverrideReason'
  | 'confirmBeforePrevious'
>;

const FIELDS: { key: Compared; label: string }[] = [
  { key: 'performedAt', label: 'Performed at' },
  { key: 'practitionerId', label: 'Practitioner' },
  { key: 'prepDone', label: 'Hair cut' },
  { key: 'prepNotes', label: 'Preparation notes' },
  { key: 'assessmentNotes', label: 'Assessment' },
  { key: 'pigmentBrand', label: 'Pigment brand' },
  { key: 'pigmentShade', label: 'Pigment shade' },
  { key: 'dilution', label: 'Dilution' },
  { key: 'pigmentBatch', label: 'Batch' },
  { key: 'pigmentExpiry', label: 'Batch expiry' },
  { key: 'needle', label: 'Needle' },
  { key: 'zones', label: 'Zones' },
  { key: 'densityNotes', label: 'Density' },
  { key: 'blendingNotes', label: 'Blending' },
  { key: 'notes', label: 'Notes' },
];

/** The saved session in the form's own terms, so each field compares like with like. */
export function theirValues(s: SessionRecord): Pick<SessionFormValues, Compared> {
  return {
    performedAt: s.performedAt ? toLocalInput(new Date(s.performedAt)) : '',
    practitionerId: s.practitionerId ? String(s.practitionerId) : '',
    prepDone: s.prepDone,
    prepNotes: s.prepNotes,
    assessmentNotes: s.assessmentNotes,
    pigmentBrand: s.pigmentBrand ?? '',
    pigmentShade: s.pigmentShade ?? '',
    dilution: s.dilution ?? '',
    pigmentBatch: s.pigmentBatch ?? '',
    pigmentExpiry: s.pigmentExpiry ?? '',
    needle: s.needle ?? '',
    zones: s.zones,
    densityNotes: s.densityNotes,
    blendingNotes: s.blendingNotes,
    notes: s.notes,
  };
}

function show(key: Compared, value: unknown, staffName: (id: string) => string): string {
  if (key === 'zones') return (value as string[]).map((z) => ZONE_LABELS[z as Zone] ?? z).join(', ') || '—';
  if (key === 'prepDone') return value ? 'Yes' : 'No';
  if (key === 'practitionerId') return value ? staffName(value as string) : '—';
  if (key === 'performedAt') return value ? formatDateTime(new Date(value as string).toISOString()) : '—';
  return (value as string) || '—';
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(Array.isArray(a) ? [...(a as unknown[])].sort() : a) ===
  JSON.stringify(Array.isArray(b) ? [...(b as unknown[])].sort() : b);

interface Props {
  current: SessionRecord;
  mine: SessionFormValues;
  staffName: (id: string) => string;
  onApply: (chosen: Partial<SessionFormValues>) => void;
}

/**
 * Someone else saved this session first. Field by field: what they saved beside what you typed;
 * you choose. Nothing is written until you save again, and your text stays in the form.
 */
export function ConflictPanel({ current, mine, staffName, onApply }: Props) {
  const theirs = theirValues(current);
  const differing = FIELDS.filter((f) => !same(theirs[f.key], mine[f.key]));
  const [choice, setChoice] = useState<Record<string, 'mine' | 'theirs'>>(() => Object.fromEntries(differing.map((f) => [f.key, 'mine'])));
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-title">
      <h3 id="conflict-title">Session {current.number} was saved by someone else while you were charting</h3>
      <p>Nothing of yours was saved or lost. For each difference, keep what you typed or take what they saved, then save again.</p>
      {differing.length === 0 ? (
        <p>Their save matches your entries field for field.</p>
      ) : (
        <table className="table conflict-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Yours</th>
              <th scope="col">Saved by someone else</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((f) => (
              <tr key={f.key}>
                <th scope="row">{f.label}</th>
                <td>
                  <label className="choice">
                    <input
                      type="radio"
                      name={`conflict-${f.key}`}
                      checked={choice[f.key] === 'mine'}
                      onChange={() => setChoice({ ...choice, [f.key]: 'mine' })}
                    />
                    <span className="pre-wrap">{show(f.key, mine[f.key], staffName)}</span>
                  </label>
                </td>
                <td>
                  <label className="choice">
                    <input
                      type="radio"
                      name={`conflict-${f.key}`}
                      checked={choice[f.key] === 'theirs'}
                      onChange={() => setChoice({ ...choice, [f.key]: 'theirs' })}
                    />
                    <span className="pre-wrap">{show(f.key, theirs[f.key], staffName)}</span>
                  </label>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="button button-primary"
        onClick={() => onApply(Object.fromEntries(differing.filter((f) => choice[f.key] === 'theirs').map((f) => [f.key, theirs[f.key]])))}
      >
        Use these choices
      </button>
    </section>
  );
}
