// The appointment book: a day or a week with a column per practitioner (or per room, a clinic
// setting), beside reception's board and day list. The grid reports clicks, drags and resizes; the panel beside it asks what the rules
// need (who for, why it moves, a reason outside the window or hours) and saves.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { BookBooking } from '../../../../api/contract/book';
import type { SessionRecord } from '../../../../api/contract/chart';
import { useApiQuery } from '../../api/useApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ReceptionTabs } from '../reception/ReceptionTabs';
import { getClinicLocale } from '../../format';
import { t } from '../../i18n';
import { formatWhen, useClinicSettings } from '../reception/format';
import { BlockedTimePanel, BlockTimeForm } from './BlockedTimeForms';
import { BookGrid, type BookColumn, type MoveRequest, type SlotRequest } from './BookGrid';
import { localDay, NO_ROOM, toEvents, UNASSIGNED, visibleRange, type BookEvent, type BookView, type ColumnMode } from './bookEvents';
import { BookToolbar } from './BookToolbar';
import type { BookingTarget } from './ClientPicker';
import { HoursForm } from './HoursForm';
import { MoveBookingForm } from './MoveBookingForm';
import { SlotBookingForm } from './SlotBookingForm';
import { cursorColumns, eventAt, firstCursor, moveCursor, type SlotCursor } from './slotCursor';
import './book.css';

type Panel =
  | { type: 'book'; start: Date; practitionerId: number; roomId: number | null; lengthMinutes: number | null }
  | { type: 'move'; booking: BookBooking; start: Date; lengthMinutes: number; practitionerId: number | null; roomId: number | null }
  | { type: 'block'; start: Date; practitionerId: number }
  | { type: 'blocked'; event: Extract<BookEvent, { kind: 'blocked' }> }
  | { type: 'hours' }
  | null;

const parseDay = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? new Date(`${s}T12:00:00`) : new Date());
const NO_ROOMS: readonly never[] = [];
const nextHour = () => {
  const d = new Date();
  d.setHours(d.getHours() + 1, 0, 0, 0);
  return d;
};

export function BookPage() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('view');
  const view: BookView = asked === 'week' || asked === 'month' ? asked : 'day';
  // One Date per day shown, so the grid (memoised) is not redrawn for a render that changed nothing.
  const day = params.get('date');
  const date = useMemo(() => parseDay(day), [day]);
  const settings = useClinicSettings();
  // The locale in force (the person's own, else the clinic's), so the book's dates read as its words do.
  const locale = getClinicLocale();
  const mode: ColumnMode = settings.data?.bookColumns === 'room' ? 'room' : 'practitioner';
  const byRoom = mode === 'room';
  const { from, to } = useMemo(() => visibleRange(date, view), [date, view]);
  const book = useApiQuery('book.range', { from: from.toISOString(), to: to.toISOString() });
  const [panel, setPanel] = useState<Panel>(null);
  const [target, setTarget] = useState<BookingTarget | null>(null);
  const next = useApiQuery('reception.nextSession', { planId: target?.planId ?? 0 }, { enabled: Boolean(target?.planId) });

  // The URL as last rendered, kept in a ref set during the commit (a layout effect): a key pressed
  // just after another steps from where the first one went, never from an older render's copy.
  const latest = useRef({ params, setParams });
  useLayoutEffect(() => {
    latest.current = { params, setParams };
  });
  const go = useCallback((change: { date?: Date; view?: BookView }) => {
    const p = new URLSearchParams(latest.current.params);
    if (change.date) p.set('date', localDay(change.date));
    if (change.view) p.set('view', change.view);
    latest.current = { ...latest.current, params: p }; // the next key steps from here, even before the render
    latest.current.setParams(p, { replace: true });
  }, []);
  const step = useCallback(
    (by: -1 | 1) => {
      const now = latest.current.params;
      const d = parseDay(now.get('date'));
      const unit = now.get('view');
      if (unit === 'month') d.setMonth(d.getMonth() + by, 1);
      else d.setDate(d.getDate() + by * (unit === 'week' ? 7 : 1));
      go({ date: d });
    },
    [go],
  );

  // The usual shortcuts, away from anything typed into (a form's fields, a date's parts).
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const el = e.target instanceof HTMLElement ? e.target : null;
      if (e.altKey || e.ctrlKey || e.metaKey || el?.closest('form, input, select, textarea, [role="spinbutton"], [contenteditable="true"]'))
        return;
      const act: Record<string, () => void> = {
        t: () => go({ date: new Date() }),
        p: () => step(-1),
        n: () => step(1),
        d: () => go({ view: 'day' }),
        w: () => go({ view: 'week' }),
        m: () => go({ view: 'month' }),
      };
      const f = act[e.key];
      if (f) {
        e.preventDefault();
        f();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, step]);

  const data = book.data;
  const columns: BookColumn[] = useMemo(() => {
    if (byRoom) {
      // Rooms in use, one out of use only while it still has bookings shown, and always "no room yet".
      const shown = (data?.rooms ?? []).filter((r) => r.active || data?.bookings.some((b) => b.roomId === r.id));
      // "yet" is left out where a week's narrow columns would cut it short.
      return [
        ...shown.map((r) => ({ id: r.id, title: r.name })),
        { id: NO_ROOM, title: view === 'week' ? t('book.column.noRoom') : t('book.room.none') },
      ];
    }
    const active = (data?.practitioners ?? []).filter((p) => p.active || data?.bookings.some((b) => b.practitionerId === p.staffId));
    const cols = active.map((p) => ({ id: p.staffId, title: p.name }));
    if (data?.bookings.some((b) => b.practitionerId === null)) cols.push({ id: UNASSIGNED, title: t('book.column.noPractitioner') });
    return cols;
  }, [data, byRoom, view]);
  const practitioners = (data?.practitioners ?? []).filter((p) => p.active).map((p) => ({ id: p.staffId, name: p.name }));
  const rooms = data?.rooms ?? NO_ROOMS;
  // Per room, a slot names the room; the practitioner is chosen in the form (the only one, if one).
  const soleId = practitioners.length === 1 ? practitioners[0]!.id : 0;
  // Moves saved but not yet in the book's data (its refresh is on the way): drawn where they were saved.
  const [saved, setSaved] = useState<ReadonlyMap<number, SessionRecord>>(new Map());
  const all = useMemo(
    () => (data ? toEvents(data.bookings, data.blocked, mode, new Map(data.practitioners.map((p) => [p.staffId, p.name]))) : []),
    [data, mode],
  );
  const events = useMemo(() => {
    const moving = panel?.type === 'move' ? panel : null;
    if (!moving && saved.size === 0) return all;
    return all.map((e) => {
      if (e.kind !== 'booking') return e;
      // A booking being moved shows at its new place at once, until it is saved or kept as it was.
      if (moving && e.booking.sessionId === moving.booking.sessionId) {
        const end = new Date(moving.start.getTime() + moving.lengthMinutes * 60_000);
        const resourceId = byRoom ? (moving.roomId ?? NO_ROOM) : (moving.practitionerId ?? UNASSIGNED);
        return { ...e, start: moving.start, end, resourceId };
      }
      const s = saved.get(e.booking.sessionId);
      if (!s || s.version <= e.booking.version || !s.bookedFor) return e;
      const start = new Date(s.bookedFor);
      const resourceId = byRoom ? (s.roomId ?? NO_ROOM) : (s.practitionerId ?? UNASSIGNED);
      return { ...e, start, end: new Date(start.getTime() + s.lengthMinutes * 60_000), resourceId };
    });
  }, [all, panel, saved, byRoom]);
  const shade = useMemo(() => (target?.planId && next.data ? next.data.window : null), [target?.planId, next.data]);

  // A drag to another column changes what the columns are: the room per room, else the practitioner.
  const onMove = useCallback(
    (m: MoveRequest) => {
      const b = m.event.booking;
      const column = m.columnId === UNASSIGNED ? null : m.columnId; // UNASSIGNED and NO_ROOM are both 0
      setPanel({
        type: 'move',
        booking: b,
        start: m.start,
        lengthMinutes: Math.round((m.end.getTime() - m.start.getTime()) / 60_000),
        practitionerId: byRoom ? b.practitionerId : column,
        roomId: byRoom ? column : b.roomId,
      });
    },
    [byRoom],
  );
  const onOpen = useCallback((e: BookEvent) => {
    if (e.kind === 'blocked') return setPanel({ type: 'blocked', event: e });
    if (e.booking.status !== 'booked') return;
    setPanel({
      type: 'move',
      booking: e.booking,
      start: new Date(e.booking.startsAt),
      lengthMinutes: e.booking.lengthMinutes,
      practitionerId: e.booking.practitionerId,
      roomId: e.booking.roomId,
    });
  }, []);
  const onNavigate = useCallback((d: Date) => go({ date: d }), [go]);
  const onDay = useCallback((d: Date) => go({ date: d, view: 'day' }), [go]);
  const onSlot = useCallback(
    (s: SlotRequest) =>
      setPanel({
        type: 'book',
        start: s.start,
        practitionerId: byRoom ? soleId : s.columnId,
        roomId: byRoom && s.columnId !== NO_ROOM ? s.columnId : null,
        lengthMinutes: s.spanned ? Math.round((s.end.getTime() - s.start.getTime()) / 60_000) : null,
      }),
    [byRoom, soleId],
  );

  // The keyboard's slot: the grid's box takes focus, the arrows move it, Enter books there.
  const [cursor, setCursor] = useState<SlotCursor | null>(null);
  const cursorCols = useMemo(() => {
    const days = Array.from(
      { length: view === 'week' ? 7 : 1 },
      (_, i) => new Date(from.getFullYear(), from.getMonth(), from.getDate() + i),
    );
    return cursorColumns(
      days,
      columns.map((c) => c.id),
    );
  }, [from, view, columns]);
  const here = cursor && cursorCols.some((c) => c.columnId === cursor.columnId && localDay(c.day) === localDay(cursor.start));
  const shownCursor = view !== 'month' && here ? cursor : null;
  const cursorSays = useMemo(() => {
    if (!shownCursor) return '';
    const who = columns.find((c) => c.id === shownCursor.columnId)?.title ?? '';
    const taken = eventAt(shownCursor, events);
    const what = !taken
      ? t('book.cursor.free')
      : taken.kind === 'blocked'
        ? taken.title
        : t('book.cursor.booked', { client: taken.booking.clientName });
    return t('book.cursor.says', { column: who, when: formatWhen(shownCursor.start.toISOString(), locale), what });
  }, [shownCursor, columns, events, locale]);
  function onGridKey(e: React.KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey || view === 'month') return;
    const now = shownCursor ?? firstCursor(cursorCols);
    if (!now) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const taken = eventAt(now, events);
      if (taken) onOpen(taken);
      else onSlot({ start: now.start, end: new Date(now.start.getTime() + 15 * 60_000), columnId: now.columnId, spanned: false });
      return;
    }
    const next = moveCursor(now, e.key, cursorCols);
    if (!next) return;
    e.preventDefault();
    setCursor(next);
  }
  // The slot under the cursor kept in view as it moves.
  useEffect(() => {
    document.querySelector('.book-grid .book-cursor')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [shownCursor]);

  return (
    <section className="book-page">
      <ReceptionTabs />
      <BookToolbar
        view={view}
        from={from}
        to={to}
        locale={locale}
        onToday={() => go({ date: new Date() })}
        onStep={step}
        onView={(v) => go({ view: v })}
      />
      <p className="muted book-hint">{byRoom ? t('book.hint.byRoom') : t('book.hint')}</p>
      <div className="actions book-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() =>
            setPanel({ type: 'book', start: nextHour(), practitionerId: practitioners[0]?.id ?? 0, roomId: null, lengthMinutes: null })
          }
        >
          {t('book.newBooking')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setPanel({ type: 'block', start: nextHour(), practitionerId: practitioners[0]?.id ?? 0 })}
        >
          {t('book.block.title')}
        </button>
        <button type="button" className="button" onClick={() => setPanel({ type: 'hours' })}>
          {t('book.hours.title')}
        </button>
      </div>
      {book.error && <ErrorNotice message={book.error.message} />}
      <div className={`book-layout${panel ? ' with-panel' : ''}`}>
        <div
          className="book-grid"
          data-testid="book-grid"
          {...(view === 'month'
            ? {}
            : {
                tabIndex: 0,
                role: 'group',
                'aria-label': t('book.grid.label'),
                'aria-keyshortcuts': 'ArrowUp ArrowDown ArrowLeft ArrowRight Enter',
                onKeyDown: onGridKey,
                onFocus: (e: React.FocusEvent<HTMLDivElement>) => {
                  if (e.target === e.currentTarget && !shownCursor) setCursor(firstCursor(cursorCols));
                },
              })}
        >
          <p className="visually-hidden" aria-live="polite" data-testid="book-cursor-says">
            {cursorSays}
          </p>
          {data && columns.length === 0 && <p className="notice">{t('book.noPractitioners')}</p>}
          {data && byRoom && !rooms.some((r) => r.active) && <p className="notice">{t('book.noRooms')}</p>}
          {data && columns.length > 0 && (
            <BookGrid
              date={date}
              view={view}
              locale={locale}
              columns={columns}
              events={events}
              window={shade}
              hours={data.practitioners}
              byRoom={byRoom}
              onNavigate={onNavigate}
              onSlot={onSlot}
              onMove={onMove}
              onOpen={onOpen}
              onDay={onDay}
              cursor={shownCursor}
            />
          )}
        </div>
        {panel && (
          <aside className="book-side" aria-label={t('book.side.label')}>
            {panel.type === 'book' && (
              <SlotBookingForm
                key={`${panel.start.getTime()}-${panel.practitionerId}-${panel.roomId}`}
                start={panel.start}
                practitionerId={panel.practitionerId}
                roomId={panel.roomId}
                lengthMinutes={panel.lengthMinutes}
                practitioners={practitioners}
                rooms={rooms}
                target={target}
                next={target?.planId ? next.data : undefined}
                locale={locale}
                onTarget={setTarget}
                onDone={(saved) => {
                  setPanel(null);
                  if (saved) setTarget(null);
                }}
              />
            )}
            {panel.type === 'move' && (
              <MoveBookingForm
                key={`${panel.booking.sessionId}-${panel.start.getTime()}-${panel.lengthMinutes}-${panel.practitionerId}-${panel.roomId}`}
                booking={panel.booking}
                start={panel.start}
                lengthMinutes={panel.lengthMinutes}
                practitionerId={panel.practitionerId}
                roomId={panel.roomId}
                practitioners={practitioners}
                rooms={rooms}
                locale={locale}
                onDone={(record) => {
                  if (record) setSaved((m) => new Map(m).set(record.id, record));
                  setPanel(null);
                }}
              />
            )}
            {panel.type === 'block' && (
              <BlockTimeForm
                start={panel.start}
                practitionerId={panel.practitionerId}
                practitioners={practitioners}
                onDone={() => setPanel(null)}
              />
            )}
            {panel.type === 'hours' && data && (
              <HoursForm practitioners={data.practitioners.filter((p) => p.active)} onDone={() => setPanel(null)} />
            )}
            {panel.type === 'blocked' && <BlockedTimePanel blocked={panel.event.blocked} locale={locale} onDone={() => setPanel(null)} />}
          </aside>
        )}
      </div>
    </section>
  );
}
