import { Controller, type UseFormReturn } from 'react-hook-form';
import type { PigmentRecord } from '../../../../../api/contract/pigments';
import type { ShadeSuggestion } from '../../../../../core/shade-suggestion';
import { usableOn } from '../../../../../core/batches';
import { localDateOf } from '../../../../../core/dates';
import type { Zone } from '../../../../../core/vocabulary';
import { useApiQuery } from '../../../api/useApi';
import { DateField } from '../../../components/DateField';
import { Field } from '../../../components/Field';
import { formatDate } from '../../../format';
import { t } from '../../../i18n';
import { SimilarClients } from './SimilarClients';
import type { SessionFormValues } from './sessionFormModel';

const SEP = '\u001f';
const NEEDLES = ['1RL 0.18', '1RL 0.25', '1RL 0.30', '3RL 0.25', '3RL 0.30', '3RL 0.35', '5RL 0.30'];
const DILUTIONS = ['1:0', '1:1', '1:2', '1:3', '1:4', '1:5'];

interface Props {
  form: UseFormReturn<SessionFormValues>;
  pigments: PigmentRecord[];
  errors: Record<string, string>;
  suggestion: ShadeSuggestion | null;
  clientId: number;
}

/** The suggestion in one sentence per case, so each language words it whole. */
function suggestionText(s: ShadeSuggestion): string {
  const values = { direction: s.direction, shade: s.pigment?.shade ?? '', dilution: s.dilution ?? '' };
  if (s.pigment) return t(s.dilution ? 'session.suggestion.shadeDilution' : 'session.suggestion.shade', values);
  return t(s.dilution ? 'session.suggestion.anyDilution' : 'session.suggestion.any', values);
}

/** Pigment from the clinic's list, with dilution, batch, expiry and needle. */
export function PigmentFields({ form, pigments, errors, suggestion, clientId }: Props) {
  const { register, watch, setValue } = form;
  const brand = watch('pigmentBrand');
  const shade = watch('pigmentShade');
  const dilution = watch('dilution');
  const value = brand || shade ? `${brand}${SEP}${shade}` : '';
  const listed = pigments.some((p) => p.brand === brand && p.shade === shade);
  const brands = [...new Set(pigments.map((p) => p.brand))];
  const pigmentId = pigments.find((p) => p.brand === brand && p.shade === shade)?.id ?? null;
  // The batches in stock of the chosen pigment; a batch typed that is not among them is added to stock on saving.
  const stock = useApiQuery('batches.list', { pigmentId }, { enabled: pigmentId !== null });
  const batches = pigmentId === null ? [] : (stock.data ?? []);
  const today = localDateOf(new Date());
  const batchField = register('pigmentBatch');
  const zones = watch('zones') as Zone[];
  const choose = (v: string) => {
    const [b = '', s = ''] = v.split(SEP);
    setValue('pigmentBrand', b, { shouldDirty: true });
    setValue('pigmentShade', s, { shouldDirty: true });
  };

  return (
    <fieldset className="form-section">
      <legend>{t('session.pigment.legend')}</legend>
      {suggestion && (
        <div className="suggestion" role="status">
          <p>
            <strong>{t('session.suggestion.label')}</strong> {suggestionText(suggestion)}
          </p>
          <div className="suggestion-actions">
            {suggestion.pigment && suggestion.pigment.shade !== shade && (
              <button
                type="button"
                className="button"
                onClick={() => choose(`${suggestion.pigment!.brand}${SEP}${suggestion.pigment!.shade}`)}
              >
                {t('session.suggestion.useShade', { shade: suggestion.pigment.shade })}
              </button>
            )}
            {suggestion.dilution && suggestion.dilution !== dilution && (
              <button type="button" className="button" onClick={() => setValue('dilution', suggestion.dilution!, { shouldDirty: true })}>
                {t('session.suggestion.useDilution', { dilution: suggestion.dilution })}
              </button>
            )}
          </div>
        </div>
      )}
      <div className="form-grid form-grid-3">
        <Field label={t('session.pigment')} error={errors.pigment}>
          {(p) => (
            <select {...p} value={value} onChange={(e) => choose(e.target.value)}>
              <option value="">{t('session.pigment.choose')}</option>
              {!listed && value && <option value={value}>{t('session.pigment.unlisted', { brand, shade })}</option>}
              {brands.map((b) => (
                <optgroup key={b} label={b}>
                  {pigments
                    .filter((x) => x.brand === b)
                    .map((x) => (
                      <option key={x.id} value={`${x.brand}${SEP}${x.shade}`}>
                        {x.shade}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('session.dilution')} error={errors.dilution} hint={t('session.dilution.hint')}>
          {(p) => <input {...p} list="dilution-options" autoComplete="off" {...register('dilution')} />}
        </Field>
        <Field label={t('session.needle')} error={errors.needle}>
          {(p) => <input {...p} list="needle-options" autoComplete="off" {...register('needle')} />}
        </Field>
        <Field label={t('session.batch')} error={errors.pigmentBatch} hint={t('session.batch.hint')}>
          {(p) => (
            <input
              {...p}
              list="batch-options"
              autoComplete="off"
              {...batchField}
              onChange={(e) => {
                void batchField.onChange(e);
                const known = batches.find((b) => b.batchNumber.toLowerCase() === e.target.value.trim().toLowerCase());
                if (known) setValue('pigmentExpiry', known.expiresOn, { shouldDirty: true });
              }}
            />
          )}
        </Field>
        <Controller
          control={form.control}
          name="pigmentExpiry"
          render={({ field }) => (
            <DateField
              label={t('session.batch.expiry')}
              required
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              fieldRef={field.ref}
              error={errors.pigmentExpiry}
            />
          )}
        />
      </div>
      <datalist id="batch-options">
        {batches.map((b) => (
          <option key={b.id} value={b.batchNumber}>
            {t(usableOn(b.expiresOn, today) ? 'session.batch.expires' : 'session.batch.expired', {
              date: formatDate(b.expiresOn),
              count: String(b.inStock),
            })}
          </option>
        ))}
      </datalist>
      <SimilarClients clientId={clientId} zones={zones} />
      <datalist id="needle-options">
        {NEEDLES.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <datalist id="dilution-options">
        {DILUTIONS.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
    </fieldset>
  );
}
