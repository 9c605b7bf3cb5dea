// Choose whom a booking is for: type a name or phone, pick from the matches. Then their open plan
// (the one, or a choice when there are several), whose next session the booking is.
import { useEffect, useState } from 'react';
import { useApiQuery } from '../../api/useApi';
import { formatPhone } from '../../format';
import { Field } from '../../components/Field';
import { t } from '../../i18n';

export interface BookingTarget {
  clientId: number;
  clientName: string;
  planId: number | null;
}

export function ClientPicker({ error, onPick }: { error?: string | undefined; onPick: (t: BookingTarget) => void }) {
  const [query, setQuery] = useState('');
  const found = useApiQuery('clients.search', { query: query.trim(), limit: 8 }, { enabled: query.trim().length >= 2 });
  return (
    <div className="book-client-picker">
      <Field label={t('book.client.label')} error={error} hint={t('book.client.hint')}>
        {(p) => <input {...p} type="search" value={query} autoComplete="off" onChange={(e) => setQuery(e.target.value)} />}
      </Field>
      {found.data && query.trim().length >= 2 && (
        <ul className="book-client-matches" aria-label={t('book.client.matches')}>
          {found.data.rows.length === 0 && <li className="muted">{t('book.client.none', { query: query.trim() })}</li>}
          {found.data.rows.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="button"
                onClick={() => onPick({ clientId: c.id, clientName: `${c.firstName} ${c.lastName}`, planId: null })}
              >
                {c.firstName} {c.lastName}
                {c.phone ? ` · ${formatPhone(c.phone)}` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The client's open plans; the only one is chosen for them. */
export function PlanChoice({ target, onChange }: { target: BookingTarget; onChange: (planId: number | null) => void }) {
  const plans = useApiQuery('plans.list', { clientId: target.clientId });
  const open = (plans.data ?? []).filter((p) => p.status === 'quoted' || p.status === 'active');
  const only = open.length === 1 ? open[0]!.id : null;
  useEffect(() => {
    if (only !== null && target.planId !== only) onChange(only);
  }, [only, target.planId, onChange]);
  if (plans.isPending) return <p className="muted">{t('book.plan.finding')}</p>;
  if (open.length <= 1) return null;
  return (
    <Field label={t('book.plan.label')}>
      {(p) => (
        <select {...p} value={target.planId ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
          <option value="">{t('book.plan.choose')}</option>
          {open.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {plan.kind === 'touch_up'
                ? t('book.plan.touchUp', { status: t(`book.plan.status.${plan.status as 'quoted' | 'active'}`) })
                : t('book.plan.course', {
                    count: plan.quotedSessions,
                    status: t(`book.plan.status.${plan.status as 'quoted' | 'active'}`),
                  })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
