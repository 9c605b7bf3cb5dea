// "Find a client" on the board searches every client: those the board lists show in the table,
// and the rest here, each saying it has no plan (or nothing due), with a link to the chart (where
// a plan is quoted). A receptionist looking someone up should never find nothing for a real client.
import { Link } from 'react-router';
import { useApiQuery } from '../../api/useApi';
import { formatPhone, listName } from '../../format';
import { t } from '../../i18n';

export function OtherClients({ query, onBoard }: { query: string; onBoard: ReadonlySet<number> }) {
  const q = query.trim();
  const found = useApiQuery('clients.list', { query: q, limit: 20 }, { enabled: q.length > 0 });
  if (!q || !found.data) return null;
  const others = found.data.rows.filter((c) => !onBoard.has(c.id));
  if (others.length === 0) return null;
  return (
    <section className="other-clients" aria-labelledby="other-clients-title">
      <h2 id="other-clients-title">{t('reception.others.title', { query: q })}</h2>
      <ul>
        {others.map((c) => (
          <li key={c.id}>
            <Link to={`/clients/${c.id}`}>{listName(c)}</Link>
            {c.phone && <span className="muted"> · {formatPhone(c.phone)}</span>}
            <span className="muted"> · {t(c.quotedSessions ? 'reception.others.nothingDue' : 'reception.others.noPlan')}</span>
          </li>
        ))}
      </ul>
      {found.data.total > found.data.rows.length && <p className="muted">{t('reception.others.more')}</p>}
    </section>
  );
}
