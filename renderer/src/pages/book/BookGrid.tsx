// The grid itself: react-big-calendar's day and week time grids with a column per practitioner, or
// per room when the clinic books by room.
// Click or drag over free time to book, drag a booking to move it, drag its edge to change its
// length. The calendar only reports what was asked; the page asks why and saves.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Calendar, Views, type SlotInfo } from 'react-big-calendar';
import withDragAndDrop, { type EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import type { WorkingDay } from '../../../../core/appointments';
import { bookFormats, localizer } from './bookCalendar';
import { closedTimes, dayFullness, insideWindow, localDay, type BookEvent, type BookView } from './bookEvents';
import { MonthDayHeader } from './MonthDayHeader';
import { BookEventContent } from './BookEventContent';
import { bookDayLayout } from './dayLayout';
import type { SlotCursor } from './slotCursor';

const DragAndDropCalendar = withDragAndDrop<BookEvent, BookColumn>(Calendar);

export interface BookColumn {
  id: number;
  title: string;
}

export interface SlotRequest {
  start: Date;
  end: Date;
  /** The column: a practitioner's id, or a room's when the book is per room. */
  columnId: number;
  /** True when a span was dragged out: its length is the booking's. */
  spanned: boolean;
}

export interface MoveRequest {
  event: Extract<BookEvent, { kind: 'booking' }>;
  start: Date;
  end: Date;
  /** The column it was dropped in (its own after a resize). */
  columnId: number;
  action: 'move' | 'resize';
}

interface Props {
  date: Date;
  view: BookView;
  locale: string;
  columns: BookColumn[];
  events: BookEvent[];
  /** Days to shade: inside the booking window of the session being booked. */
  window: { earliest: string; latest: string | null } | null;
  /** Each practitioner's hours: the closed times are greyed in their column, and the month's fullness. */
  hours: readonly { staffId: number; active: boolean; week: readonly WorkingDay[] | null }[];
  /** The columns are rooms: a room has no hours of its own, so nothing is greyed. */
  byRoom: boolean;
  onNavigate: (date: Date) => void;
  onSlot: (slot: SlotRequest) => void;
  onMove: (move: MoveRequest) => void;
  onOpen: (event: BookEvent) => void;
  /** The month view's day was chosen: show that day. */
  onDay: (date: Date) => void;
  /** The keyboard's slot (slotCursor.ts), drawn outlined. */
  cursor: SlotCursor | null;
}

/** A day's heading as plain text: the library's own claims a table role the grid does not have. */
const DayHeader = ({ label }: { label: React.ReactNode }) => <span>{label}</span>;

/**
 * The month view's table roles, taken off: react-big-calendar gives its grid table, row and cell
 * roles whose nesting is not a valid table (axe: aria-required-children). The days are buttons that
 * say their date and how full they are, in reading order, which is what a screen reader needs.
 */
function useWithoutTableRoles(active: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const strip = () => root.querySelectorAll('[role]').forEach((el) => el.removeAttribute('role'));
    strip();
    const observer = new MutationObserver(strip);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['role'] });
    return () => observer.disconnect();
  }, [active]);
  return ref;
}

const startOfDayAt = (hour: number) => new Date(1970, 0, 1, hour, 0, 0);
const canChange = (e: BookEvent) => e.kind === 'booking' && e.booking.status === 'booked';
// Made once: react-big-calendar rebuilds its context (and so redraws every slot) whenever a prop's
// identity changes, so nothing it is given is made anew on a render.
const GRID_MIN = startOfDayAt(7);
const GRID_MAX = startOfDayAt(21);
const SCROLL_TO = startOfDayAt(8);
const GRID_VIEWS = [Views.DAY, Views.WEEK];
const MONTH_VIEWS = [Views.MONTH];
const GRID_COMPONENTS = { event: BookEventContent, header: DayHeader };
const noView = () => undefined;
// One props object per kind and status, not one per event drawn.
const BLOCKED_PROPS = { className: 'book-blocked' };
const BOOKING_PROPS = new Map<string, { className: string }>();
const eventProps = (e: BookEvent) => {
  if (e.kind === 'blocked') return BLOCKED_PROPS;
  let props = BOOKING_PROPS.get(e.booking.status);
  if (!props) BOOKING_PROPS.set(e.booking.status, (props = { className: `book-booking book-${e.booking.status}` }));
  return props;
};
const tooltip = (e: BookEvent) => e.title;
const NO_CLASS = {};
// Each event's React key: its own, not its place in the column-day (the library's types leave the prop out).
const EVENT_KEYS = { eventIdAccessor: 'key' };
const IN_WINDOW = { className: 'book-in-window' };

export const BookGrid = memo(function BookGrid({
  date,
  view,
  locale,
  columns,
  events,
  window,
  hours,
  byRoom,
  onNavigate,
  onSlot,
  onMove,
  onOpen,
  onDay,
  cursor,
}: Props) {
  const formats = useMemo(() => bookFormats(locale), [locale]);
  const monthRef = useWithoutTableRoles(view === 'month');
  const bookings = useMemo(() => events.flatMap((e) => (e.kind === 'booking' ? [e.booking] : [])), [events]);
  const monthComponents = useMemo(
    () => ({
      dateHeader: ({ date: d, label, isOffRange }: { date: Date; label: string; isOffRange: boolean }) => (
        <MonthDayHeader
          date={d}
          label={label}
          isOffRange={isOffRange}
          fullness={dayFullness(localDay(d), bookings, hours)}
          locale={locale}
          onOpen={onDay}
        />
      ),
    }),
    [bookings, hours, locale, onDay],
  );
  const dayProps = useCallback((d: Date) => (insideWindow(localDay(d), window) ? IN_WINDOW : NO_CLASS), [window]);
  // Called for every slot of every column (thousands in a week): a lookup, no string work per slot.
  const closed = useMemo(() => new Map(byRoom ? [] : hours.map((h) => [h.staffId, closedTimes(h.week)])), [hours, byRoom]);
  const slotProps = useCallback(
    (d: Date, resourceId?: number | string) => {
      const shaded = window !== null && insideWindow(localDay(d), window);
      const shut = closed.get(Number(resourceId))?.(d) ?? false;
      const here = cursor !== null && cursor.columnId === Number(resourceId) && cursor.start.getTime() === d.getTime();
      if (!shaded && !shut && !here) return NO_CLASS;
      const classes = [shaded ? 'book-in-window' : '', shut ? 'book-closed' : '', here ? 'book-cursor' : ''];
      return { className: classes.filter(Boolean).join(' ') };
    },
    [window, closed, cursor],
  );
  const dayPropsOrNone = window === null ? undefined : dayProps;
  // A drop is drawn at its new place at once, and the page is told on the next frame: the grid
  // paints before the move form mounts beside it (the form then asks why, and saves or puts it
  // back). Drawn here only until the page's events change, which then place it themselves.
  const [dropped, setDropped] = useState<{ forEvents: BookEvent[]; event: BookEvent } | null>(null);
  const shown = useMemo(
    () => (dropped && dropped.forEvents === events ? events.map((e) => (e.key === dropped.event.key ? dropped.event : e)) : events),
    [events, dropped],
  );
  const pending = useRef<{ frame: number; timer: ReturnType<typeof setTimeout> | undefined }>({ frame: 0, timer: undefined });
  useEffect(
    () => () => {
      cancelAnimationFrame(pending.current.frame);
      clearTimeout(pending.current.timer);
    },
    [],
  );
  const change = useCallback(
    (action: 'move' | 'resize', args: EventInteractionArgs<BookEvent>) => {
      if (args.event.kind !== 'booking') return;
      const columnId = action === 'move' && args.resourceId !== undefined ? Number(args.resourceId) : args.event.resourceId;
      const move: MoveRequest = { event: args.event, start: new Date(args.start), end: new Date(args.end), columnId, action };
      setDropped({ forEvents: events, event: { ...args.event, start: move.start, end: move.end, resourceId: columnId } });
      cancelAnimationFrame(pending.current.frame);
      clearTimeout(pending.current.timer);
      pending.current.frame = requestAnimationFrame(() => {
        pending.current.timer = setTimeout(() => onMove(move), 0);
      });
    },
    [onMove, events],
  );
  const onDrop = useCallback((args: EventInteractionArgs<BookEvent>) => change('move', args), [change]);
  const onResize = useCallback((args: EventInteractionArgs<BookEvent>) => change('resize', args), [change]);
  const firstColumn = columns[0]?.id ?? 0;
  const onSelectSlot = useCallback(
    (slot: SlotInfo) =>
      onSlot({
        start: slot.start,
        end: slot.end,
        columnId: Number(slot.resourceId ?? firstColumn),
        spanned: slot.action === 'select' && slot.end.getTime() - slot.start.getTime() > 15 * 60_000,
      }),
    [onSlot, firstColumn],
  );
  const onKeyPressEvent = useCallback(
    (event: BookEvent, e: React.SyntheticEvent) => {
      const key = (e as unknown as React.KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') onOpen(event);
    },
    [onOpen],
  );
  const gridComponents = GRID_COMPONENTS;
  const monthAll = useMemo(() => ({ month: monthComponents, header: DayHeader }), [monthComponents]);

  if (view === 'month') {
    // How full each day is, not every booking: the day view has those. No columns: a month has none.
    return (
      <div ref={monthRef} className="book-month-wrap">
        <Calendar
          className="book-month"
          localizer={localizer}
          formats={formats}
          culture={locale}
          date={date}
          view={Views.MONTH}
          views={MONTH_VIEWS}
          onView={noView}
          onNavigate={onNavigate}
          toolbar={false}
          events={[]}
          dayPropGetter={dayProps}
          components={monthAll}
        />
      </div>
    );
  }

  return (
    <DragAndDropCalendar
      localizer={localizer}
      formats={formats}
      culture={locale}
      date={date}
      view={view === 'day' ? Views.DAY : Views.WEEK}
      views={GRID_VIEWS}
      onView={noView}
      onNavigate={onNavigate}
      toolbar={false}
      events={shown}
      {...EVENT_KEYS}
      dayLayoutAlgorithm={bookDayLayout}
      titleAccessor="title"
      startAccessor="start"
      endAccessor="end"
      resources={columns}
      resourceIdAccessor="id"
      resourceTitleAccessor="title"
      resourceAccessor="resourceId"
      resourceGroupingLayout={view === 'week'}
      step={15}
      timeslots={4}
      min={GRID_MIN}
      max={GRID_MAX}
      scrollToTime={SCROLL_TO}
      selectable
      longPressThreshold={250}
      onSelectSlot={onSelectSlot}
      onSelectEvent={onOpen}
      onKeyPressEvent={onKeyPressEvent}
      draggableAccessor={canChange}
      resizableAccessor={canChange}
      onEventDrop={onDrop}
      onEventResize={onResize}
      dayPropGetter={dayPropsOrNone}
      slotPropGetter={slotProps}
      eventPropGetter={eventProps}
      components={gridComponents}
      tooltipAccessor={tooltip}
    />
  );
});
