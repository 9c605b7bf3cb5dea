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
import { t } from '../../i18n';

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
      <h3>{t('chart.contra.title')}</h3>
      {rowError && (
        <p className="field-error" role="alert">
          {rowError}
        </p>
      )}
      {active.length === 0 ? (
        <p className="muted">{t('chart.contra.none')}</p>
      ) : (
        <ul className="plain-list">
          {active.map((c) => (
            <li key={c.id} className="request-row">
              <div>
                <span className={`flag flag-${c.tier}`}>{TIER_LABELS[c.tier]}</span> <strong>{c.condition}</strong>
                {c.until && ` — ${t('chart.until', { date: formatDate(c.until) })}`}
                {c.tier === 'doctor_letter' &&
                  c.doctorLetterReceivedAt &&
                  ` — ${t('chart.contra.letterReceivedOn', { date: formatDate(c.doctorLetterReceivedAt) })}`}
                {c.note && <span className="muted"> · {c.note}</span>}
              </div>
              <div className="request-actions">
                {c.tier === 'doctor_letter' && !c.doctorLetterReceivedAt && (
                  <button type="button" className="button" onClick={() => void resolve(c, true)}>
                    {t('chart.contra.letterReceived')}
                  </button>
                )}
                <button type="button" className="button" onClick={() => void resolve(c, false)}>
                  {t('chart.contra.noLongerApplies')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <form className="form contraindication-form" onSubmit={add} noValidate aria-label={t('chart.contra.add')}>
          <div className="form-grid form-grid-3">
            <Field label={t('chart.contra.condition')} error={errors.condition}>
              {(p) => <input {...p} autoComplete="off" {...register('condition')} />}
            </Field>
            <Field label={t('chart.contra.tier')} error={errors.tier}>
              {(p) => (
                <select {...p} {...register('tier')}>
                  <option value="">{t('chart.choose')}</option>
                  {CONTRAINDICATION_TIERS.map((x) => (
                    <option key={x} value={x}>
                      {TIER_LABELS[x]}
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
                    label={t('chart.contra.until')}
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
          <Field label={t('chart.contra.note')} error={errors.note}>
            {(p) => <input {...p} autoComplete="off" {...register('note')} />}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {t('chart.contra.submit')}
            </button>
            <button type="button" className="button" onClick={() => setAdding(false)}>
              {t('chart.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {t('chart.contra.add')}
        </button>
      )}
    </div>
  );
}
