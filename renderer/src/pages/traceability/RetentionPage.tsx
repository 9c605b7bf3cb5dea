// Traceability → Retention: how the pigment held, for the whole clinic or one practitioner over a
// span of years, broken down by shade, dilution, needle, skin type, zone, case type and the gap
// between sessions. Each figure carries its number of cases; none is shown from fewer than 5.
import { useState } from 'react';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/useApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { t } from '../../i18n';
import { RetentionChart } from './RetentionChart';
import './traceability.css';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 15 }, (_, i) => thisYear - i);

export function RetentionPage() {
  const staff = useApiQuery('staff.list', { includeInactive: true });
  const [practitioner, setPractitioner] = useState('');
  const [fromYear, setFromYear] = useState(thisYear - 9);
  const [toYear, setToYear] = useState(thisYear);
  const input = {
    practitionerId: practitioner === '' ? null : Number(practitioner),
    from: `${Math.min(fromYear, toYear)}-01-01`,
    to: `${Math.max(fromYear, toYear)}-12-31`,
  };
  const breakdown = useApiQuery('retention.breakdown', input);
  const chartsBy = (staff.data ?? []).filter((s) => s.role !== 'reception');

  return (
    <section aria-labelledby="retention-title">
      <h1 id="retention-title">{t('traceability.retention.title')}</h1>
      <p className="muted">
        {t('traceability.retention.intro')} <Link to="/traceability/recall">{t('traceability.retention.recallLink')}</Link>
      </p>
      <form className="form inline-form" aria-label={t('traceability.retention.form')} onSubmit={(e) => e.preventDefault()}>
        <Field label={t('traceability.retention.practitioner')}>
          {(p) => (
            <select {...p} value={practitioner} onChange={(e) => setPractitioner(e.target.value)}>
              <option value="">{t('traceability.retention.wholeClinic')}</option>
              {chartsBy.map((s) => (
                <option key={s.id} value={String(s.id)}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('traceability.retention.fromYear')}>
          {(p) => (
            <select {...p} value={fromYear} onChange={(e) => setFromYear(Number(e.target.value))}>
              {YEARS.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('traceability.retention.toYear')}>
          {(p) => (
            <select {...p} value={toYear} onChange={(e) => setToYear(Number(e.target.value))}>
              {YEARS.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      {breakdown.error && <ErrorNotice message={breakdown.error.message} />}
      {breakdown.isPending && <p role="status">{t('traceability.retention.counting')}</p>}
      {breakdown.data && (
        <>
          <p role="status">{t('traceability.retention.cases', { count: breakdown.data.cases })}</p>
          <div className="retention-groups">
            {breakdown.data.groups.map((g) => (
              <RetentionChart key={g.dimension} group={g} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
