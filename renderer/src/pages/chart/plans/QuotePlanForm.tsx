// Quote a course (two or more sessions, a deposit for each beyond the second) or a touch-up.
import { parseMoney, minorToInput } from '../../../../../core/money';
import type { ClinicSettings } from '../../../../../api/contract/settings';
import { DateField } from '../../../components/DateField';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Field } from '../../../components/Field';
import { useChartChange } from './useChartChange';
import { FormActions } from '../../../components/FormActions';
import { useKeptState } from '../../../lock/useKept';
import { t } from '../../../i18n';

interface Props {
  clientId: number;
  settings: ClinicSettings;
  /** The default recall date for a touch-up, when a course session has been charted. */
  defaultRecall: string | null;
  onDone: () => void;
}

export function QuotePlanForm({ clientId, settings, defaultRecall, onDone }: Props) {
  const { currency } = settings;
  const change = useChartChange();
  const [kind, setKind] = useKeptState<'course' | 'touch_up'>(clientId, 'plans/quote/kind', 'course');
  const [sessions, setSessions] = useKeptState(clientId, 'plans/quote/sessions', '3');
  const [price, setPrice] = useKeptState(clientId, 'plans/quote/price', '');
  const [recallOn, setRecallOn] = useKeptState(clientId, 'plans/quote/recallOn', defaultRecall ?? '');
  const [notes, setNotes] = useKeptState(clientId, 'plans/quote/notes', '');
  // Per later session: whether a deposit secures it, and how much (the clinic default to start).
  const [deposits, setDeposits] = useKeptState<Record<number, { on: boolean; amount: string }>>(clientId, 'plans/quote/deposits', {});
  const count = Math.max(0, Math.min(10, Number.parseInt(sessions, 10) || 0));
  const laterSessions = kind === 'course' ? Array.from({ length: Math.max(0, count - 2) }, (_, i) => i + 3) : [];
  const depositOf = (n: number) =>
    deposits[n] ?? { on: settings.defaultDepositMinor > 0, amount: minorToInput(settings.defaultDepositMinor, currency) };

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const priceMinor = parseMoney(price, currency);
    const local: Record<string, string> = {};
    if (priceMinor === null) local.priceMinor = t('chart.quote.priceAsAmount');
    const planned = laterSessions
      .filter((n) => depositOf(n).on)
      .map((n) => ({ sessionNumber: n, amountMinor: parseMoney(depositOf(n).amount, currency) }));
    planned.forEach((d, i) => {
      if (d.amountMinor === null) local[`deposits.${i}.amountMinor`] = t('chart.quote.depositAmount');
    });
    if (Object.keys(local).length) return change.fail(local);
    const done = await change.run('plans.create', {
      clientId,
      kind,
      quotedSessions: kind === 'touch_up' ? 1 : Number.parseInt(sessions, 10),
      priceMinor: priceMinor!,
      currency,
      recallOn: kind === 'touch_up' && recallOn ? recallOn : null,
      deposits: planned.map((d) => ({ sessionNumber: d.sessionNumber, amountMinor: d.amountMinor! })),
      notes,
    });
    if (done) onDone();
  }

  const f = change.fields;
  const plannedIndex = (n: number) => laterSessions.filter((m) => depositOf(m).on).indexOf(n);
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t('chart.plans.quote')}>
      <h3>{t('chart.plans.quote')}</h3>
      {change.message && <ErrorNotice message={change.message} />}
      <div className="form-grid">
        <Field label={t('chart.quote.kind')} error={f.kind}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as 'course' | 'touch_up')}>
              <option value="course">{t('chart.quote.course')}</option>
              <option value="touch_up">{t('chart.quote.touchUp')}</option>
            </select>
          )}
        </Field>
        {kind === 'course' && (
          <Field label={t('chart.quote.sessions')} error={f.quotedSessions} hint={t('chart.quote.sessionsHint')}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={2}
                max={10}
                inputMode="numeric"
                value={sessions}
                onChange={(e) => setSessions(e.target.value)}
              />
            )}
          </Field>
        )}
        <Field label={t('chart.quote.price', { currency })} error={f.priceMinor}>
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={price}
              onChange={(e) => setPrice(e.target.value)}
              placeholder={t('chart.quote.pricePlaceholder')}
            />
          )}
        </Field>
        {kind === 'touch_up' && (
          <DateField
            label={t('chart.quote.recallOn')}
            value={recallOn}
            onChange={setRecallOn}
            error={f.recallOn}
            hint={defaultRecall ? t('chart.quote.recallDefault', { years: settings.touchUpRecallYears }) : t('chart.quote.recallNone')}
          />
        )}
      </div>
      {laterSessions.length > 0 && (
        <fieldset className="deposits-fieldset">
          <legend>{t('chart.quote.deposits')}</legend>
          {f.deposits && <p className="field-error">{f.deposits}</p>}
          <div className="form-grid">
            {laterSessions.map((n) => {
              const d = depositOf(n);
              const i = plannedIndex(n);
              return (
                <div key={n}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={d.on}
                      onChange={(e) => setDeposits({ ...deposits, [n]: { ...d, on: e.target.checked } })}
                    />
                    {t('chart.quote.depositSecures', { number: n })}
                  </label>
                  {d.on && (
                    <Field
                      label={t('chart.quote.depositFor', { number: n, currency })}
                      error={i >= 0 ? (f[`deposits.${i}.amountMinor`] ?? f[`deposits.${i}.sessionNumber`]) : undefined}
                    >
                      {(p) => (
                        <input
                          {...p}
                          inputMode="decimal"
                          value={d.amount}
                          onChange={(e) => setDeposits({ ...deposits, [n]: { ...d, amount: e.target.value } })}
                        />
                      )}
                    </Field>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
      <Field label={t('chart.notes')} error={f.notes}>
        {(p) => <textarea {...p} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
      <FormActions submitLabel={t('chart.quote.save')} busy={change.busy} onCancel={onDone} />
    </form>
  );
}
