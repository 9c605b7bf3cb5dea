import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { clientInput, type ClientRecord } from '../../../api/contract/clients';
import type { ApiError } from '../../../api/result';
import { CASE_TYPES, FITZPATRICK_TYPES, LUDWIG_STAGES, NORWOOD_STAGES } from '../../../core/vocabulary';
import { CASE_TYPE_LABELS } from '../vocabulary';
import { DateField } from './DateField';
import { Field } from './Field';
import { useKeptForm } from '../lock/useKept';
import { translatedResolver } from '../form-resolver';
import { t } from '../i18n';

export type ClientFormValues = z.input<typeof clientInput>;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

interface Props {
  initial?: ClientRecord;
  submitLabel: string;
  onSubmit: (values: z.output<typeof clientInput>) => Promise<ApiError | null>;
  /** The client being edited (null: a new one), for what a lock keeps of the form. */
  clientId: number | null;
}

/** The client details form; the same schema the API validates runs here first. */
export function ClientForm({ initial, submitLabel, onSubmit, clientId }: Props) {
  const form = useForm<ClientFormValues, unknown, z.output<typeof clientInput>>({
    resolver: translatedResolver(zodResolver(clientInput)),
    defaultValues: {
      firstName: initial?.firstName ?? '',
      lastName: initial?.lastName ?? '',
      phone: initial?.phone ?? '',
      email: initial?.email ?? '',
      dateOfBirth: initial?.dateOfBirth ?? null,
      hairLossScale: initial?.hairLossScale ?? null,
      hairLossStage: initial?.hairLossStage ?? null,
      fitzpatrick: initial?.fitzpatrick ?? null,
      caseType: initial?.caseType ?? 'hair_loss',
      notes: initial?.notes ?? '',
    },
  });
  useKeptForm(clientId, 'client-details', form);
  const { register, formState, setError, watch } = form;
  const errors = formState.errors;
  const scale = watch('hairLossScale');
  const stages = scale === 'ludwig' ? LUDWIG_STAGES : scale === 'norwood' ? NORWOOD_STAGES : [];

  const submit = form.handleSubmit(async (values) => {
    const error = await onSubmit(values);
    if (!error) return;
    const fields = error.fields ?? {};
    for (const [name, message] of Object.entries(fields)) setError(name as keyof ClientFormValues, { message });
    if (Object.keys(fields).length === 0) setError('root', { message: error.message });
  });

  return (
    <form className="form" onSubmit={submit} noValidate>
      {errors.root && (
        <p className="notice notice-error" role="alert">
          {errors.root.message}
        </p>
      )}
      <div className="form-grid">
        <Field label={t('clients.form.firstName')} error={errors.firstName?.message}>
          {(p) => <input {...p} autoComplete="off" {...register('firstName')} />}
        </Field>
        <Field label={t('clients.form.lastName')} error={errors.lastName?.message}>
          {(p) => <input {...p} autoComplete="off" {...register('lastName')} />}
        </Field>
        <Field label={t('clients.form.phone')} error={errors.phone?.message}>
          {(p) => <input {...p} type="tel" {...register('phone')} />}
        </Field>
        <Field label={t('clients.form.email')} error={errors.email?.message}>
          {(p) => <input {...p} type="email" {...register('email')} />}
        </Field>
        <Controller
          control={form.control}
          name="dateOfBirth"
          render={({ field }) => (
            <DateField
              label={t('clients.form.dateOfBirth')}
              name={field.name}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(v || null)}
              fieldRef={field.ref}
              error={errors.dateOfBirth?.message}
            />
          )}
        />
        <Field label={t('clients.form.caseType')} error={errors.caseType?.message}>
          {(p) => (
            <select {...p} {...register('caseType')}>
              {CASE_TYPES.map((c) => (
                <option key={c} value={c}>
                  {CASE_TYPE_LABELS[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('clients.form.hairLossScale')} error={errors.hairLossScale?.message}>
          {(p) => (
            <select {...p} {...register('hairLossScale', { setValueAs: (v: string) => v || null })}>
              <option value="">{t('clients.form.notRecorded')}</option>
              <option value="norwood">{t('clients.form.norwood')}</option>
              <option value="ludwig">{t('clients.form.ludwig')}</option>
            </select>
          )}
        </Field>
        <Field label={t('clients.form.hairLossStage')} error={errors.hairLossStage?.message}>
          {(p) => (
            <select {...p} disabled={!scale} {...register('hairLossStage', { setValueAs: (v: string) => v || null })}>
              <option value="">{t('clients.form.notRecorded')}</option>
              {stages.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('clients.form.fitzpatrick')} error={errors.fitzpatrick?.message}>
          {(p) => (
            <select {...p} {...register('fitzpatrick', { setValueAs: (v: string) => (v ? Number(v) : null) })}>
              <option value="">{t('clients.form.notRecorded')}</option>
              {FITZPATRICK_TYPES.map((n) => (
                <option key={n} value={n}>
                  {t('clients.form.fitzpatrickType', { type: ROMAN[n - 1]! })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('clients.form.notes')} error={errors.notes?.message}>
        {(p) => <textarea {...p} rows={3} {...register('notes')} />}
      </Field>
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('clients.form.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
