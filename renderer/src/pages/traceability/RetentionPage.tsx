// Traceability → Retention: how the pigment held, for the whole clinic or one practitioner over a
// span of years, broken down by shade, dilution, needle, skin type, zone, case type and the gap
// between sessions. Each figure carries its number of cases; none is shown from fewer than 5.
import { useState } from 'react';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/useApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { formatCount } from '../../format';
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
      <h1 id="retention-title">Retention analytics</h1>
      <p className="muted">
        How each session’s pigment held, as rated zone by zone at the client’s next session. A case is one zone of one session. Figures from
        fewer than 5 cases are not shown. <Link to="/traceability/recall">Recall a batch</Link>
      </p>
      <form className="form inline-form" aria-label="Whose sessions and when" onSubmit={(e) => e.preventDefault()}>
        <Field label="Practitioner">
          {(p) => (
            <select {...p} value={practitioner} onChange={(e) => setPractitioner(e.target.value)}>
              <option value="">The whole clinic</option>
              {chartsBy.map((s) => (
                <option key={s.id} value={String(s.id)}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Sessions from the year">
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
        <Field label="to the year">
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
      {breakdown.isPending && <p role="status">Counting…</p>}
      {breakdown.data && (
        <>
          <p role="status">{`${formatCount(breakdown.data.cases)} cases: zones whose retention was assessed at a next session.`}</p>
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
