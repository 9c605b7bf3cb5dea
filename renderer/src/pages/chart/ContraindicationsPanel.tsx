import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { ChartRecord, ContraindicationRecord } from '../../../../api/contract/chart';
import { CONTRAINDICATION_TIERS, type ContraindicationTier } from '../../../../core/vocabulary';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { formatDate } from '../../format';
import { TIER_LABELS } from './labels';
import { useKeptForm, useKeptState } from '../../lock/useKept';

interface Values {
  condition: string;
  tier: ContraindicationTier | '';
  until: string;
  note: string;
}

/** Contraindications in tiers: absolute, temporary (with an end date), needs a doctor's letter. */
export function ContraindicationsPanel({ chart }: { chart: ChartRecord }) {
  const clientId = chart.client.id;
  const [adding, setAdding] = useKeptState(clientId, 'contraindication/adding', false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [rowError, setRowError] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: { condition: '', tier: '', until: '', note: '' } });
  useKeptForm(clientId, 'contraindication/new', form);
  const { register, watch, handleSubmit, reset } = form;
  const tier = watch('tier');

  const add = handleSubmit(async (v) => {
    const result = await call('contraindications.add', {
      clientId,
      condition: v.condition,
      tier: v.tier as ContraindicationTier,
      until: v.tier === 'temporary' && v.until ? v.until : null,
      note: v.note,
    });
    if (!result.ok) {
      setErrors(result.error.fields ?? { condition: result.error.message });
      return;
    }
    setErrors({});
    reset();
    setAdding(false);
  });

  const resolve = async (c: ContraindicationRecord, doctorLetterReceived: boolean) => {
    setRowError(null);
    const result = await call('contraindications.resolve', { id: c.id, expectedVersion: c.version, doctorLetterReceived });
    if (!result.ok) setRowError(result.error.message);
  };

  const active = chart.contraindications.filter((c) => c.resolvedAt === null);
  return (
    <div className="contraindications">
      <h3>Contraindications</h3>
      {rowError && (
        <p className="field-error" role="alert">
          {rowError}
        </p>
      )}
      {active.length === 0 ? (
        <p className="muted">None recorded.</p>
      ) : (
        <ul className="plain-list">
          {active.map((c) => (
            <li key={c.id} className="request-row">
              <div>
                <span className={`flag flag-${c.tier}`}>{TIER_LABELS[c.tier]}</span> <strong>{c.condition}</strong>
                {c.until && ` — until ${formatDate(c.until)}`}
                {c.tier === 'doctor_letter' && c.doctorLetterReceivedAt && ` — letter received ${formatDate(c.doctorLetterReceivedAt)}`}
                {c.note && <span className="muted"> · {c.note}</span>}
              </div>
              <div className="request-actions">
                {c.tier === 'doctor_letter' && !c.doctorLetterReceivedAt && (
                  <button type="button" className="button" onClick={() => void resolve(c, true)}>
                    Letter received
                  </button>
                )}
                <button type="button" className="button" onClick={() => void resolve(c, false)}>
                  No longer applies
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <form className="form contraindication-form" onSubmit={add} noValidate aria-label="Add a contraindication">
          <div className="form-grid form-grid-3">
            <Field label="Condition" error={errors.condition}>
              {(p) => <input {...p} autoComplete="off" {...register('condition')} />}
            </Field>
            <Field label="Tier" error={errors.tier}>
              {(p) => (
                <select {...p} {...register('tier')}>
                  <option value="">Choose…</option>
                  {CONTRAINDICATION_TIERS.map((t) => (
                    <option key={t} value={t}>
                      {TIER_LABELS[t]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {tier === 'temporary' && (
              <Controller
                control={form.control}
                name="until"
                render={({ field }) => (
                  <DateField
                    label="Until"
                    required
                    name={field.name}
                    value={field.value}
                    onChange={field.onChange}
                    fieldRef={field.ref}
                    error={errors.until}
                  />
                )}
              />
            )}
          </div>
          <Field label="Note" error={errors.note}>
            {(p) => <input {...p} autoComplete="off" {...register('note')} />}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              Add contraindication
            </button>
            <button type="button" className="button" onClick={() => setAdding(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add a contraindication
        </button>
      )}
    </div>
  );
}
