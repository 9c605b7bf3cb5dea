// The chart's plans, deposits and bookings: quote a plan, take deposit payments, change a deposit's
// status with a reason, and book / move / cancel / no-show sessions inside their windows.
import { recallDate } from '../../../../core/booking';
import { localDateOf } from '../../../../core/dates';
import type { ChartRecord } from '../../../../api/contract/chart';
import { ErrorNotice } from '../../components/ErrorNotice';
import { getClinicLocale } from '../../format';
import { useClinicSettings } from '../reception/format';
import { BookedSessions } from './plans/BookedSessions';
import { PlanCard } from './plans/PlanCard';
import { QuotePlanForm } from './plans/QuotePlanForm';
import '../reception/reception.css';
import { useKeptState } from '../../lock/useKept';
import { t } from '../../i18n';

export function PlansSection({ chart }: { chart: ChartRecord }) {
  const settings = useClinicSettings();
  const [quoting, setQuoting] = useKeptState(chart.client.id, 'plans/quoting', false);
  // Dates and money in the locale in force: the reader's own language, else the clinic's.
  const locale = getClinicLocale();
  const booked = chart.sessions.filter((s) => s.status === 'booked').sort((a, b) => (a.bookedFor ?? '').localeCompare(b.bookedFor ?? ''));
  const lastCourse = chart.sessions
    .filter((s) => s.kind === 'course' && s.status === 'performed' && s.performedAt)
    .map((s) => localDateOf(s.performedAt!))
    .sort()
    .at(-1);
  const plans = [...chart.plans].reverse(); // newest first

  return (
    <section className="plans-section" aria-labelledby="plans-heading">
      <div className="page-head">
        <h2 id="plans-heading">{t('chart.plans.title')}</h2>
        {!quoting && (
          <button className="button" type="button" onClick={() => setQuoting(true)} disabled={!settings.data}>
            {t('chart.plans.quote')}
          </button>
        )}
      </div>
      {settings.error && <ErrorNotice message={settings.error.message} />}
      {quoting && settings.data && (
        <QuotePlanForm
          clientId={chart.client.id}
          settings={settings.data}
          defaultRecall={lastCourse ? recallDate(lastCourse, settings.data.touchUpRecallYears) : null}
          onDone={() => setQuoting(false)}
        />
      )}
      <BookedSessions sessions={booked} locale={locale} />
      {plans.length === 0 && !quoting && <p className="muted">{t('chart.plans.none')}</p>}
      {plans.map((p) => (
        <PlanCard key={p.id} plan={p} chart={chart} locale={locale} />
      ))}
    </section>
  );
}
