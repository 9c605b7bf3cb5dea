import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { localDateOf } from '../../../../core/dates';
import { useApiQuery } from '../../api/useApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { focusElement } from '../../components/focus';
import { formatDate, fullName } from '../../format';
import { ChartHeader } from './ChartHeader';
import { ChartHistory } from './ChartHistory';
import { EditClient } from './EditClient';
import { IntakeSection } from './IntakeSection';
import { ConsentSection } from './consent/ConsentSection';
import { PlansSection } from './PlansSection';
import { PhotosSection } from './photos/PhotosSection';
import { RightsSection } from './rights/RightsSection';
import { SessionPanel } from './SessionPanel';
import { correctionTarget, nextTarget } from './session/sessionFormModel';
import { Timeline } from './Timeline';
import './chart.css';
import { useKeptState } from '../../lock/useKept';
import { t } from '../../i18n';

/**
 * The client's chart, in the order a practitioner reads it: header, intake, plans, sessions
 * (with the session form), history. Other areas drop their sections in through the imported pieces.
 */
export function ChartPage() {
  const id = Number(useParams().clientId);
  const [editing, setEditing] = useKeptState(id, 'chart/editing', false);
  const [correcting, setCorrecting] = useKeptState<number | null>(id, 'chart/correcting', null);
  const chart = useApiQuery('clients.chart', { id });
  const staff = useApiQuery('staff.list', {});
  // Where a kept draft is offered: at the top of the chart, where it is seen on opening.
  const [draftSlot, setDraftSlot] = useState<HTMLDivElement | null>(null);
  // Opening a chart puts focus on its name, so the next Tab goes through this client's chart.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = chart.data !== undefined;
  useEffect(() => {
    if (!loaded) return;
    const el = headingRef.current;
    if (el && !el.closest('[inert]') && !el.contains(document.activeElement)) focusElement(el);
  }, [id, loaded]);

  if (chart.isPending) return <p className="muted">{t('chart.page.opening')}</p>;
  // Once loaded, a failed refetch (while locked, say) keeps the chart and every form open on it.
  if (!chart.data) return <ErrorNotice message={chart.error?.message ?? ''} />;
  const data = chart.data;
  const { client } = data;
  const today = localDateOf(new Date());
  const next = nextTarget(data);
  const correctingSession = correcting === null ? undefined : data.sessions.find((s) => s.id === correcting);

  return (
    <section className="chart">
      <p className="back-row">
        <Link className="back-link" to="/clients">
          {t('chart.page.allClients')}
        </Link>
      </p>
      <div className="page-head">
        <h1 ref={headingRef} tabIndex={-1} data-autofocus>
          {fullName(client)}
        </h1>
        {!editing && (
          <button className="button" type="button" onClick={() => setEditing(true)}>
            {t('chart.page.edit')}
          </button>
        )}
      </div>
      <div ref={setDraftSlot} className="draft-slot" />
      {client.erasedAt ? (
        <p className="notice">{t('chart.page.erased', { date: formatDate(client.erasedAt) })}</p>
      ) : (
        client.archivedAt && <p className="notice">{t('chart.page.archived', { date: formatDate(client.archivedAt) })}</p>
      )}
      {editing ? <EditClient client={client} onDone={() => setEditing(false)} /> : <ChartHeader chart={data} today={today} />}
      <IntakeSection chart={data} />
      <ConsentSection chart={data} />
      <PlansSection chart={data} />
      <h2 id="sessions-title">{t('chart.page.sessions')}</h2>
      {correctingSession ? (
        <SessionPanel
          key={`correct-${correctingSession.id}`}
          chart={data}
          target={correctionTarget(correctingSession)}
          formKey={`session:${correctingSession.id}`}
          offerSlot={draftSlot}
          startOpen
          onClosed={() => setCorrecting(null)}
        />
      ) : (
        <SessionPanel chart={data} target={next} formKey="session" offerSlot={draftSlot} />
      )}
      <Timeline
        chart={data}
        staff={staff.data ?? []}
        onCorrect={(s) => {
          setCorrecting(s.id);
          window.scrollTo({ top: document.getElementById('sessions-title')?.offsetTop ?? 0 });
        }}
      />
      <PhotosSection chart={data} />
      <ChartHistory chart={data} />
      <RightsSection chart={data} />
    </section>
  );
}
