import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { HAIRLINE_REQUEST_KINDS, requestKindLabel } from '../../../../../core/vocabulary';
import { Field } from '../../../components/Field';
import { getClinicLocale } from '../../../format';
import { t } from '../../../i18n';
import type { SessionFormValues } from './sessionFormModel';

/** Alterations the client asks for in this session ("lower the hairline a little"), saved with it. */
export function NewRequests({ form, errors }: { form: UseFormReturn<SessionFormValues>; errors: Record<string, string> }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'raiseRequests' });
  return (
    <fieldset className="form-section">
      <legend>{t('session.newRequests.legend')}</legend>
      {fields.map((f, i) => (
        <div key={f.id} className="request-new">
          <Field label={t('session.newRequests.kind', { number: i + 1 })} error={errors[`raiseRequests.${i}.kind`]}>
            {(p) => (
              <select {...p} {...form.register(`raiseRequests.${i}.kind`)}>
                {HAIRLINE_REQUEST_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {requestKindLabel(getClinicLocale(), k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('session.newRequests.words', { number: i + 1 })} error={errors[`raiseRequests.${i}.request`]}>
            {(p) => <input {...p} autoComplete="off" {...form.register(`raiseRequests.${i}.request`)} />}
          </Field>
          <button
            type="button"
            className="button request-remove"
            onClick={() => remove(i)}
            aria-label={t('session.newRequests.removeLabel', { number: i + 1 })}
          >
            {t('session.newRequests.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => append({ kind: 'lower_hairline', request: '' }, { shouldFocus: true })}>
        {t('session.newRequests.add')}
      </button>
    </fieldset>
  );
}
