// Book a session from the grid: the slot clicked gives the time and practitioner (or room); reception picks
// the client (and plan) and the grid shades the days inside that session's booking window. The
// same rules as booking from the chart: outside the window, outside the practitioner's hours or with
// the deposit unpaid, a reason is asked for; a clash is refused with who has the slot or the room.
import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultLengthMinutes } from '../../../../core/appointments';
import { dateInZone, windowPosition } from '../../../../core/booking';
import type { NextSession } from '../../../../api/contract/reception';
import { isInPast } from '../../../../core/session-dates';
import { DateTimeField } from '../../components/DateTimeField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { OfflineReason, useOfflineRefusal } from '../../components/LinkStatus';
import { PastBookingCheck, pastWarning } from '../chart/plans/PastBookingCheck';
import { instantToLocalInput, localInputToInstant, useChartChange } from '../chart/plans/useChartChange';
import { formatDay, useClinicSettings } from '../reception/format';
import { ClientPicker, PlanChoice, type BookingTarget } from './ClientPicker';
import { PractitionerSelect, type PractitionerOption } from './PractitionerSelect';
import { RoomSelect, type RoomOption } from './RoomSelect';
import { t } from '../../i18n';

interface Props {
  start: Date;
  practitionerId: number;
  /** The room column clicked, or null. */
  roomId: number | null;
  /** A span dragged out in the grid; otherwise the clinic's default for the session. */
  lengthMinutes: number | null;
  practitioners: PractitionerOption[];
  rooms: readonly RoomOption[];
  target: BookingTarget | null;
  next: NextSession | undefined;
  locale: string;
  onTarget: (target: BookingTarget | null) => void;
  /** saved: the booking was made (the client chosen is done with). */
  onDone: (saved: boolean) => void;
}

export function SlotBookingForm({
  start,
  practitionerId,
  roomId,
  lengthMinutes,
  practitioners,
  rooms,
  target,
  next,
  locale,
  onTarget,
  onDone,
}: Props) {
  const settings = useClinicSettings();
  const change = useChartChange();
  const offline = useOfflineRefusal('sessions.book');
  const [when, setWhen] = useState(instantToLocalInput(start));
  const [who, setWho] = useState(String(practitionerId || ''));
  const [room, setRoom] = useState(roomId === null ? '' : String(roomId));
  const [length, setLength] = useState(lengthMinutes === null ? '' : String(lengthMinutes));
  const [outsideWindow, setOutsideWindow] = useState('');
  const [outsideHours, setOutsideHours] = useState('');
  const [override, setOverride] = useState('');
  const [confirmPast, setConfirmPast] = useState(false);
  const f = change.fields;
  // Focus follows the booking from the keyboard: into the form when it opens (the client, or the
  // time when the client is known), then on to the time once a client is picked.
  const formRef = useRef<HTMLFormElement>(null);
  const chosen = target?.clientId ?? null;
  useEffect(() => {
    const form = formRef.current;
    const first = form?.querySelector<HTMLElement>(chosen === null ? 'input[type="search"]' : '[role="spinbutton"]');
    first?.focus();
  }, [chosen]);
  const choosePlan = useCallback((planId: number | null) => target && onTarget({ ...target, planId }), [target, onTarget]);

  const instant = localInputToInstant(when);
  const past = instant !== null && isInPast(instant, new Date());
  const position = instant && next ? windowPosition(dateInZone(instant), next.window) : { inside: true as const };
  const unpaid = next?.deposit?.status === 'required';
  const askWindow = !position.inside || Boolean(f.outsideWindowReason);
  const defaultLength = next && settings.data ? defaultLengthMinutes(next.kind, next.number, settings.data) : null;
  const title = next
    ? next.kind === 'touch_up'
      ? t('book.slot.title.touchUp')
      : t('book.slot.title.session', { number: next.number })
    : t('book.slot.title.any');

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!target) return change.fail({ clientId: t('book.slot.needClient') });
    if (!instant) return change.fail({ bookedFor: t('book.slot.needWhen') });
    const done = await change.run('sessions.book', {
      clientId: target.clientId,
      planId: target.planId,
      bookedFor: instant,
      lengthMinutes: length ? Number(length) : null,
      practitionerId: who ? Number(who) : null,
      roomId: room ? Number(room) : null,
      outsideWindowReason: askWindow ? outsideWindow : null,
      outsideHoursReason: f.outsideHoursReason || outsideHours ? outsideHours : null,
      depositOverrideReason: unpaid || f.depositOverrideReason ? override : null,
      confirmInPast: past && confirmPast,
    });
    if (done) onDone(true);
  }

  return (
    <form ref={formRef} className="inline-form book-panel" onSubmit={submit} noValidate aria-label={t('book.slot.label')}>
      <h2>{title}</h2>
      {change.message && <ErrorNotice message={change.message} />}
      {target ? (
        <p>
          <ForClient name={target.clientName} />{' '}
          <button type="button" className="button button-small" onClick={() => onTarget(null)}>
            {t('book.slot.changeClient')}
          </button>
        </p>
      ) : (
        <ClientPicker error={f.clientId} onPick={onTarget} />
      )}
      {target && <PlanChoice target={target} onChange={choosePlan} />}
      {next?.window && (
        <p className={`window-note${position.inside ? '' : ' outside'}`} data-testid="book-window">
          {next.window.latest
            ? t('book.slot.window', { earliest: formatDay(next.window.earliest, locale), latest: formatDay(next.window.latest, locale) })
            : t('book.slot.windowFrom', { earliest: formatDay(next.window.earliest, locale) })}
        </p>
      )}
      <div className="form-grid">
        <div>
          <DateTimeField
            label={t('book.slot.when')}
            value={when}
            onChange={setWhen}
            error={f.bookedFor}
            warning={past ? pastWarning(instant) : undefined}
          />
          {past && <PastBookingCheck checked={confirmPast} onChange={setConfirmPast} />}
        </div>
        <Field
          label={t('book.length')}
          error={f.lengthMinutes}
          hint={defaultLength ? t('book.slot.lengthHint', { minutes: defaultLength }) : t('book.slot.lengthHintAny')}
        >
          {(p) => <input {...p} type="number" min={15} step={15} value={length} onChange={(e) => setLength(e.target.value)} />}
        </Field>
        <PractitionerSelect value={who} onChange={setWho} practitioners={practitioners} error={f.practitionerId} />
        {(rooms.length > 0 || f.roomId) && <RoomSelect value={room} onChange={setRoom} rooms={rooms} error={f.roomId} />}
        {askWindow && (
          <Field label={t('book.reason.outsideWindow')} error={f.outsideWindowReason}>
            {(p) => <input {...p} value={outsideWindow} onChange={(e) => setOutsideWindow(e.target.value)} />}
          </Field>
        )}
        {(f.outsideHoursReason || outsideHours) && (
          <Field label={t('book.reason.outsideHours')} error={f.outsideHoursReason}>
            {(p) => <input {...p} value={outsideHours} onChange={(e) => setOutsideHours(e.target.value)} />}
          </Field>
        )}
        {(unpaid || f.depositOverrideReason) && (
          <Field label={t('book.reason.deposit')} error={f.depositOverrideReason}>
            {(p) => <input {...p} value={override} onChange={(e) => setOverride(e.target.value)} />}
          </Field>
        )}
      </div>
      {f.planId && (
        <p className="field-error" role="alert">
          {f.planId}
        </p>
      )}
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={change.busy || offline !== null}>
          {title}
        </button>
        <button className="button" type="button" onClick={() => onDone(false)}>
          {t('book.cancel')}
        </button>
      </div>
      <OfflineReason reason={offline} />
    </form>
  );
}

/** "For <strong>name</strong>": the sentence translated whole, the name set in bold wherever the language puts it. */
function ForClient({ name }: { name: string }) {
  const MARK = '\u0000';
  const [before = '', after = ''] = t('book.slot.for', { client: MARK }).split(MARK);
  return (
    <>
      {before}
      <strong>{name}</strong>
      {after}
    </>
  );
}
