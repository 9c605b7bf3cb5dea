import { useState } from 'react';
import type { SessionRecord } from '../../../../../api/contract/chart';
import type { MessageId } from '../../../../../core/i18n/translate';
import { zoneLabel } from '../../../../../core/vocabulary';
import { formatDateTime, getClinicLocale } from '../../../format';
import { t } from '../../../i18n';
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

/** The fields compared, each labelled `session.conflict.f.<key>`. */
const FIELDS: Compared[] = [
  'performedAt',
  'practitionerId',
  'prepDone',
  'prepNotes',
  'assessmentNotes',
  'pigmentBrand',
  'pigmentShade',
  'dilution',
  'pigmentBatch',
  'pigmentExpiry',
  'needle',
  'zones',
  'densityNotes',
  'blendingNotes',
  'notes',
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
  if (key === 'zones') return (value as string[]).map((z) => zoneLabel(getClinicLocale(), z)).join(', ') || '—';
  if (key === 'prepDone') return t(value ? 'session.conflict.yes' : 'session.conflict.no');
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
  const differing = FIELDS.filter((key) => !same(theirs[key], mine[key])).map((key) => ({
    key,
    label: t(`session.conflict.f.${key}` as MessageId),
  }));
  const [choice, setChoice] = useState<Record<string, 'mine' | 'theirs'>>(() => Object.fromEntries(differing.map((f) => [f.key, 'mine'])));
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-title">
      <h3 id="conflict-title">{t('session.conflict.title', { number: current.number })}</h3>
      <p>{t('session.conflict.intro')}</p>
      {differing.length === 0 ? (
        <p>{t('session.conflict.same')}</p>
      ) : (
        <table className="table conflict-table">
          <thead>
            <tr>
              <th scope="col">{t('session.conflict.field')}</th>
              <th scope="col">{t('session.conflict.yours')}</th>
              <th scope="col">{t('session.conflict.theirs')}</th>
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
        {t('session.conflict.apply')}
      </button>
    </section>
  );
}
