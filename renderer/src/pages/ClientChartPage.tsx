import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { call, request } from '../api/client';
import { CASE_TYPE_LABELS } from '../../../core/vocabulary';
import { ageOn } from '../../../core/dates';
import { ClientForm } from '../components/ClientForm';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatDate, formatDateTime, fullName } from '../format';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

export function ClientChartPage() {
  const id = Number(useParams().clientId);
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const chart = useQuery({ queryKey: ['clients.chart', id], queryFn: () => request('clients.chart', { id }) });

  if (chart.isPending) return <p className="muted">Opening the chart…</p>;
  if (chart.error) return <ErrorNotice message={chart.error.message} />;
  const { client, sessions } = chart.data;
  const today = new Date().toISOString().slice(0, 10);

  return (
    <section>
      <p>
        <Link to="/clients">← All clients</Link>
      </p>
      <div className="page-head">
        <h1>{fullName(client)}</h1>
        {!editing && (
          <button className="button" type="button" onClick={() => setEditing(true)}>
            Edit details
          </button>
        )}
      </div>
      {client.archivedAt && <p className="notice">Archived on {formatDate(client.archivedAt)}.</p>}
      {editing ? (
        <ClientForm
          initial={client}
          submitLabel="Save changes"
          onSubmit={async (values) => {
            const result = await call('clients.update', { ...values, id, expectedVersion: client.version });
            if (!result.ok) return result.error;
            await queryClient.invalidateQueries({ queryKey: ['clients.chart', id] });
            await queryClient.invalidateQueries({ queryKey: ['clients.search'] });
            setEditing(false);
            return null;
          }}
        />
      ) : (
        <dl className="facts">
          <div>
            <dt>Age</dt>
            <dd>{client.dateOfBirth ? `${ageOn(client.dateOfBirth, today)} (born ${formatDate(client.dateOfBirth)})` : '—'}</dd>
          </div>
          <div>
            <dt>Phone</dt>
            <dd>{client.phone ?? '—'}</dd>
          </div>
          <div>
            <dt>Email</dt>
            <dd>{client.email ?? '—'}</dd>
          </div>
          <div>
            <dt>Hair loss</dt>
            <dd>
              {client.hairLossScale
                ? `${client.hairLossScale === 'norwood' ? 'Norwood' : 'Ludwig'} ${client.hairLossStage ?? ''}`
                : '—'}
            </dd>
          </div>
          <div>
            <dt>Skin</dt>
            <dd>{client.fitzpatrick ? `Fitzpatrick ${ROMAN[client.fitzpatrick - 1]}` : '—'}</dd>
          </div>
          <div>
            <dt>Case</dt>
            <dd>{CASE_TYPE_LABELS[client.caseType]}</dd>
          </div>
          {client.notes && (
            <div className="facts-wide">
              <dt>Notes</dt>
              <dd>{client.notes}</dd>
            </div>
          )}
        </dl>
      )}
      <h2>Sessions</h2>
      {sessions.length === 0 ? (
        <p className="muted">No sessions yet.</p>
      ) : (
        <ul className="timeline">
          {sessions.map((s) => (
            <li key={s.id}>
              <strong>
                Session {s.number}
                {s.kind === 'touch_up' ? ' (touch-up)' : ''}
              </strong>{' '}
              — {s.status} {formatDateTime(s.performedAt ?? s.bookedFor)}
              {s.pigmentShade && ` · ${s.pigmentBrand} ${s.pigmentShade}, ${s.dilution}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
