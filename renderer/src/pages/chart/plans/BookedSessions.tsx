// Sessions booked and not yet performed: move (with a reason, and another outside the window),
// cancel with a reason, or record a no-show.
import { useState } from 'react';
import type { SessionRecord } from '../../../../../api/contract/chart';
import { isInPast } from '../../../../../core/session-dates';
import { ChangedUnderneath, useChangedUnderneath } from '../../../components/ChangedUnderneath';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { DateTimeField } from '../../../components/DateTimeField';
import { Field } from '../../../components/Field';
import { formatWhen } from '../../reception/format';
import { PastBookingCheck, pastWarning } from './PastBookingCheck';
import { instantToLocalInput, localInputToInstant, useChartChange } from './useChartChange';
import { useKeptState } from '../../../lock/useKept';
import { t } from '../../../i18n';

export function BookedSessions({ sessions, locale }: { sessions: SessionRecord[]; locale: string }) {
  if (sessions.length === 0) return null;
  return (
    <div className="plan-card">
      <h3 id="booked-heading">{t('chart.booked.title')}</h3>
      <ul className="booked-list" aria-labelledby="booked-heading">
        {sessions.map((s) => (
          <BookedSession key={s.id} session={s} locale={locale} />
        ))}
      </ul>
    </div>
  );
}

function BookedSession({ session: s, locale }: { session: SessionRecord; locale: string }) {
  const [mode, setMode] = useKeptState<'move' | 'cancel' | 'no_show' | null>(s.clientId, `booked/${s.id}/mode`, null);
  const title = t('chart.booked.name', { kind: s.kind, number: s.number });
  return (
    <li data-testid={`booked-${s.number}`}>
      <div className="deposit-head">
        <strong>{title}</strong>
        <span className="state state-booked">{t('chart.booked.state')}</span>
        <span>{formatWhen(s.bookedFor, locale)}</span>
      </div>
      {s.outsideWindowReason && <p className="muted">{t('chart.booked.outside', { reason: s.outsideWindowReason })}</p>}
      {s.depositOverrideReason && <p className="muted">{t('chart.booked.beforeDeposit', { reason: s.depositOverrideReason })}</p>}
      <div className="button-row">
        <button className="button" type="button" onClick={() => setMode(mode === 'move' ? null : 'move')} aria-expanded={mode === 'move'}>
          {t('chart.booked.move', { kind: s.kind, number: s.number })}
        </button>
        <button
          className="button"
          type="button"
          onClick={() => setMode(mode === 'cancel' ? null : 'cancel')}
          aria-expanded={mode === 'cancel'}
        >
          {t('chart.booked.cancel', { kind: s.kind, number: s.number })}
        </button>
        <button
          className="button"
          type="button"
          onClick={() => setMode(mode === 'no_show' ? null : 'no_show')}
          aria-expanded={mode === 'no_show'}
        >
          {t('chart.booked.noShow')}
        </button>
      </div>
      {mode === 'move' && <MoveForm session={s} onDone={() => setMode(null)} />}
      {(mode === 'cancel' || mode === 'no_show') && <CancelForm session={s} noShow={mode === 'no_show'} onDone={() => setMode(null)} />}
    </li>
  );
}

function MoveForm({ session, onDone }: { session: SessionRecord; onDone: () => void }) {
  const change = useChartChange();
  const edit = useChangedUnderneath(session.version);
  const [when, setWhen] = useKeptState(
    session.clientId,
    `booked/${session.id}/move/when`,
    session.bookedFor ? instantToLocalInput(session.bookedFor) : '',
  );
  const [reason, setReason] = useKeptState(session.clientId, `booked/${session.id}/move/reason`, '');
  const [outside, setOutside] = useKeptState(session.clientId, `booked/${session.id}/move/outside`, '');
  const [confirmPast, setConfirmPast] = useState(false);
  const f = change.fields;
  const chosen = localInputToInstant(when);
  const past = chosen !== null && isInPast(chosen, new Date());
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const instant = localInputToInstant(when);
    if (!instant) return change.fail({ bookedFor: t('chart.booked.chooseNew') });
    const done = await change.run(
      'sessions.reschedule',
      {
        id: session.id,
        expectedVersion: edit.startVersion,
        bookedFor: instant,
        reason,
        outsideWindowReason: f.outsideWindowReason || outside ? outside : null,
        confirmInPast: past && confirmPast,
      },
      edit,
    );
    if (done) onDone();
  }
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t('chart.booked.moveLabel')}>
      <ChangedUnderneath show={edit.changed && !change.busy} what={t('chart.changed.booking')} kept={t('chart.kept')} />
      {change.message && <ErrorNotice message={change.message} />}
      <div className="form-grid">
        <div>
          <DateTimeField
            label={t('chart.booked.newWhen')}
            value={when}
            onChange={setWhen}
            error={f.bookedFor}
            warning={past ? pastWarning(chosen) : undefined}
          />
          {past && <PastBookingCheck checked={confirmPast} onChange={setConfirmPast} />}
        </div>
        <Field label={t('chart.booked.whyMoved')} error={f.reason}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        {(f.outsideWindowReason || outside) && (
          <Field label={t('chart.outsideWindowReason')} error={f.outsideWindowReason}>
            {(p) => <input {...p} value={outside} onChange={(e) => setOutside(e.target.value)} />}
          </Field>
        )}
      </div>
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={change.busy}>
          {t('chart.booked.moveSubmit')}
        </button>
        <button className="button" type="button" onClick={onDone}>
          {t('chart.booked.keepAsIs')}
        </button>
      </div>
    </form>
  );
}

function CancelForm({ session, noShow, onDone }: { session: SessionRecord; noShow: boolean; onDone: () => void }) {
  const change = useChartChange();
  const edit = useChangedUnderneath(session.version);
  const [reason, setReason] = useKeptState(
    session.clientId,
    `booked/${session.id}/${noShow ? 'no-show' : 'cancel'}/reason`,
    noShow ? t('chart.booked.didNotArrive') : '',
  );
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const done = await change.run('sessions.cancel', { id: session.id, expectedVersion: edit.startVersion, reason, noShow }, edit);
    if (done) onDone();
  }
  return (
    <form
      className="inline-form"
      onSubmit={submit}
      noValidate
      aria-label={noShow ? t('chart.booked.noShow') : t('chart.booked.cancelLabel')}
    >
      <ChangedUnderneath show={edit.changed && !change.busy} what={t('chart.changed.booking')} kept={t('chart.kept')} />
      {change.message && <ErrorNotice message={change.message} />}
      <Field label={noShow ? t('chart.booked.whatHappened') : t('chart.booked.whyCancelled')} error={change.fields.reason}>
        {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={change.busy}>
          {noShow ? t('chart.booked.noShowSubmit') : t('chart.booked.cancelSubmit')}
        </button>
        <button className="button" type="button" onClick={onDone}>
          {t('chart.booked.keepBooking')}
        </button>
      </div>
    </form>
  );
}
