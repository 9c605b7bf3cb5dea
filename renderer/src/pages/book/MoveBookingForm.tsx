// Move a booking or change its length: after a drag or a resize in the grid (the new place filled
// in), or opened on a booking with the keyboard. Moving asks why, as it does from the chart.
import { useState } from 'react';
import type { BookBooking } from '../../../../api/contract/book';
import type { SessionRecord } from '../../../../api/contract/chart';
import { isInPast } from '../../../../core/session-dates';
import { DateTimeField } from '../../components/DateTimeField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { OfflineReason, useOfflineRefusal } from '../../components/LinkStatus';
import { PastBookingCheck, pastWarning } from '../chart/plans/PastBookingCheck';
import { instantToLocalInput, localInputToInstant, useChartChange } from '../chart/plans/useChartChange';
import { formatTime, formatWhen } from '../reception/format';
import { sessionLabel } from './bookEvents';
import { CardButtons } from './CardButtons';
import { PractitionerSelect, type PractitionerOption } from './PractitionerSelect';
import { RoomSelect, type RoomOption } from './RoomSelect';
import { t } from '../../i18n';

interface Props {
  booking: BookBooking;
  /** The place it was dragged to, or its own when opened to edit. */
  start: Date;
  lengthMinutes: number;
  practitionerId: number | null;
  roomId: number | null;
  practitioners: PractitionerOption[];
  rooms: readonly RoomOption[];
  locale: string;
  /** The session as saved, or null when kept as it was. */
  onDone: (saved: SessionRecord | null) => void;
}

export function MoveBookingForm({ booking, start, lengthMinutes, practitionerId, roomId, practitioners, rooms, locale, onDone }: Props) {
  const change = useChartChange();
  const offline = useOfflineRefusal('sessions.reschedule');
  const [when, setWhen] = useState(instantToLocalInput(start));
  const [length, setLength] = useState(String(lengthMinutes));
  const [who, setWho] = useState(practitionerId === null ? '' : String(practitionerId));
  const [room, setRoom] = useState(roomId === null ? '' : String(roomId));
  const [reason, setReason] = useState('');
  const [outsideWindow, setOutsideWindow] = useState('');
  const [outsideHours, setOutsideHours] = useState('');
  const [confirmPast, setConfirmPast] = useState(false);
  const f = change.fields;
  const moved =
    instantToLocalInput(booking.startsAt) !== when || String(booking.practitionerId ?? '') !== who || String(booking.roomId ?? '') !== room;

  const instant = localInputToInstant(when);
  const past = instant !== null && isInPast(instant, new Date());

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!instant) return change.fail({ bookedFor: t('book.move.needWhen') });
    const done = await change.run('sessions.reschedule', {
      id: booking.sessionId,
      expectedVersion: booking.version,
      bookedFor: instant,
      lengthMinutes: length ? Number(length) : null,
      practitionerId: who ? Number(who) : null,
      roomId: room ? Number(room) : null,
      reason,
      outsideWindowReason: f.outsideWindowReason || outsideWindow ? outsideWindow : null,
      outsideHoursReason: f.outsideHoursReason || outsideHours ? outsideHours : null,
      confirmInPast: past && confirmPast,
    });
    if (done) onDone(done);
  }

  return (
    <form className="inline-form book-panel" onSubmit={submit} noValidate aria-label={t('book.move.label')}>
      <h2>
        {booking.clientName}, {sessionLabel(booking)}
      </h2>
      <p className="muted">
        {t('book.move.bookedFor', { from: formatWhen(booking.startsAt, locale), until: formatTime(booking.endsAt, locale) })}
      </p>
      {change.message && <ErrorNotice message={change.message} />}
      <div className="form-grid">
        <div>
          <DateTimeField
            label={t('book.move.when')}
            value={when}
            onChange={setWhen}
            error={f.bookedFor}
            warning={past ? pastWarning(instant) : undefined}
          />
          {past && <PastBookingCheck checked={confirmPast} onChange={setConfirmPast} />}
        </div>
        <Field label={t('book.length')} error={f.lengthMinutes}>
          {(p) => <input {...p} type="number" min={15} step={15} value={length} onChange={(e) => setLength(e.target.value)} />}
        </Field>
        <PractitionerSelect value={who} onChange={setWho} practitioners={practitioners} error={f.practitionerId} />
        {(rooms.length > 0 || room || f.roomId) && <RoomSelect value={room} onChange={setRoom} rooms={rooms} error={f.roomId} />}
        <Field label={moved ? t('book.move.whyMoved') : t('book.move.whyChanges')} error={f.reason}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        {(f.outsideWindowReason || outsideWindow) && (
          <Field label={t('book.reason.outsideWindow')} error={f.outsideWindowReason}>
            {(p) => <input {...p} value={outsideWindow} onChange={(e) => setOutsideWindow(e.target.value)} />}
          </Field>
        )}
        {(f.outsideHoursReason || outsideHours) && (
          <Field label={t('book.reason.outsideHours')} error={f.outsideHoursReason}>
            {(p) => <input {...p} value={outsideHours} onChange={(e) => setOutsideHours(e.target.value)} />}
          </Field>
        )}
      </div>
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={change.busy || offline !== null}>
          {t('book.move.save')}
        </button>
        <button className="button" type="button" onClick={() => onDone(null)}>
          {t('book.move.keep')}
        </button>
      </div>
      <OfflineReason reason={offline} />
      <CardButtons clientId={booking.clientId} sessionId={booking.sessionId} clientName={booking.clientName} />
    </form>
  );
}
