import type { ChartRecord } from '../../../../api/contract/chart';
import { isYesNo, type Answer } from '../../../../core/clinic-documents';

const detailOf = (a: Answer | undefined) => (isYesNo(a) ? a.detail : '');
const valueOf = (a: Answer | undefined) => (a && !isYesNo(a) ? a.value : '');
import { useApiQuery } from '../../api/useApi';
import { formatDateTime } from '../../format';
import { ContraindicationsPanel } from './ContraindicationsPanel';
import { IntakeForm } from './IntakeForm';
import { useKeptState } from '../../lock/useKept';
import { t } from '../../i18n';

/**
 * The medical questionnaire and consent: filled in once at the first session; afterwards shown as
 * complete, and only what changed is recorded.
 */
export function IntakeSection({ chart }: { chart: ChartRecord }) {
  const { intake } = chart;
  const complete = intake?.completedAt != null;
  const [editing, setEditing] = useKeptState(chart.client.id, 'intake/editing', false);
  // An open questionnaire stays open when someone else completes the intake meanwhile: the chart
  // refetching must not take away what is being typed (the form says it changed underneath).
  if (!complete && !editing) setEditing(true);
  const staff = useApiQuery('staff.list', {});
  const staffName = (id: number | null) =>
    id === null ? '—' : (staff.data?.find((s) => s.id === id)?.name ?? t('chart.intake.staff', { id }));
  // The clinic's current questions (a key keeps its kind across versions, so older answers read the same).
  const version = useApiQuery('documents.get', { kind: 'questionnaire' });
  const questions = version.data?.questions ?? [];
  const yes = questions.filter((q) => {
    const a = intake?.answers[q.key];
    return isYesNo(a) && a.answer;
  });
  const others = questions.filter((q) => q.kind !== 'yes_no' && intake?.answers[q.key] !== undefined);

  return (
    <section className="intake" aria-labelledby="intake-title">
      <h2 id="intake-title">{t('chart.intake.title')}</h2>
      {complete && !editing ? (
        <div className="intake-summary">
          <p>
            <span className="badge badge-performed">{t('chart.intake.complete')}</span>{' '}
            {intake.consentGivenAt
              ? t('chart.intake.completedConsent', {
                  completed: formatDateTime(intake.completedAt),
                  consent: formatDateTime(intake.consentGivenAt),
                  witness: staffName(intake.consentWitnessedBy),
                })
              : t('chart.intake.completed', { completed: formatDateTime(intake.completedAt) })}
          </p>
          {yes.length > 0 ? (
            <ul className="plain-list intake-yes">
              {yes.map((q) => (
                <li key={q.key}>
                  <strong>{t('chart.intake.yes')}</strong> {q.text}
                  {detailOf(intake.answers[q.key]) && ` — ${detailOf(intake.answers[q.key])}`}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('chart.intake.allNo')}</p>
          )}
          {others.length > 0 && (
            <ul className="plain-list intake-yes">
              {others.map((q) => (
                <li key={q.key}>
                  <strong>{q.text}</strong> {valueOf(intake.answers[q.key])}
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('chart.intake.recordChange')}
          </button>
        </div>
      ) : (
        <IntakeForm chart={chart} laterChange={complete} onDone={() => setEditing(false)} />
      )}
      <ContraindicationsPanel chart={chart} />
    </section>
  );
}
