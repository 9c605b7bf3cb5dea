import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { HAIRLINE_REQUEST_KINDS } from '../../../../../core/vocabulary';
import { Field } from '../../../components/Field';
import { REQUEST_KIND_LABELS } from '../labels';
import type { SessionFormValues } from './sessionFormModel';

/** Alterations the client asks for in this session ("lower the hairline a little"), saved with it. */
export function NewRequests({ form, errors }: { form: UseFormReturn<SessionFormValues>; errors: Record<string, string> }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'raiseRequests' });
  return (
    <fieldset className="form-section">
      <legend>Client asks for</legend>
      {fields.map((f, i) => (
        <div key={f.id} className="request-new">
          <Field label={`Request ${i + 1}: kind`} error={errors[`raiseRequests.${i}.kind`]}>
            {(p) => (
              <select {...p} {...form.register(`raiseRequests.${i}.kind`)}>
                {HAIRLINE_REQUEST_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {REQUEST_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={`Request ${i + 1}: in the client’s words`} error={errors[`raiseRequests.${i}.request`]}>
            {(p) => <input {...p} autoComplete="off" {...form.register(`raiseRequests.${i}.request`)} />}
          </Field>
          <button type="button" className="button request-remove" onClick={() => remove(i)} aria-label={`Remove request ${i + 1}`}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => append({ kind: 'lower_hairline', request: '' }, { shouldFocus: true })}>
        Add a client request
      </button>
    </fieldset>
  );
}
