// The grid itself: react-big-calendar's day and week time grids with a column per practitioner.
// Click or drag over free time to book, drag a booking to move it, drag its edge to change its
// length. The calendar only reports what was asked; the page asks why and saves.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { Calendar, Views, type SlotInfo } from 'react-big-calendar';
import withDragAndDrop, { type EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import type { WorkingDay } from '../../../../core/appointments';
import { bookFormats, localizer } from './bookCalendar';
import { dayFullness, insideWindow, isClosed, localDay, type BookEvent, type BookView } from './bookEvents';
import { MonthDayHeader } from './MonthDayHeader';
import { BookEventContent } from './BookEventContent';

const DragAndDropCalendar = withDragAndDrop<BookEvent, BookColumn>(Calendar);

export interface BookColumn {
  id: number;
  title: string;
}

export interface SlotRequest {
  start: Date;
  end: Date;
  practitionerId: number;
  /** True when a span was dragged out: its length is the booking's. */
  spanned: boolean;
}

export interface MoveRequest {
  event: Extract<BookEvent, { kind: 'booking' }>;
  start: Date;
  end: Date;
  practitionerId: number;
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
  /** Each practitioner's hours: the closed times are greyed in their column. */
  hours: readonly { staffId: number; active: boolean; week: readonly WorkingDay[] | null }[];
  onNavigate: (date: Date) => void;
  onSlot: (slot: SlotRequest) => void;
  onMove: (move: MoveRequest) => void;
  onOpen: (event: BookEvent) => void;
  /** The month view's day was chosen: show that day. */
  onDay: (date: Date) => void;
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

export function BookGrid({ date, view, locale, columns, events, window, hours, onNavigate, onSlot, onMove, onOpen, onDay }: Props) {
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
  const dayProps = useCallback((d: Date) => (insideWindow(localDay(d), window) ? { className: 'book-in-window' } : {}), [window]);
  const slotProps = useCallback(
    (d: Date, resourceId?: number | string) => {
      const week = hours.find((h) => h.staffId === Number(resourceId))?.week ?? null;
      const classes = [insideWindow(localDay(d), window) ? 'book-in-window' : '', isClosed(d, week) ? 'book-closed' : ''];
      return { className: classes.filter(Boolean).join(' ') };
    },
    [window, hours],
  );
  const change = (action: 'move' | 'resize') => (args: EventInteractionArgs<BookEvent>) => {
    if (args.event.kind !== 'booking') return;
    const practitionerId = action === 'move' && args.resourceId !== undefined ? Number(args.resourceId) : args.event.resourceId;
    onMove({ event: args.event, start: new Date(args.start), end: new Date(args.end), practitionerId, action });
  };

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
          views={[Views.MONTH]}
          onView={() => undefined}
          onNavigate={onNavigate}
          toolbar={false}
          events={[]}
          dayPropGetter={dayProps}
          components={{ month: monthComponents, header: DayHeader }}
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
      views={[Views.DAY, Views.WEEK]}
      onView={() => undefined}
      onNavigate={onNavigate}
      toolbar={false}
      events={events}
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
      min={startOfDayAt(7)}
      max={startOfDayAt(21)}
      scrollToTime={startOfDayAt(8)}
      selectable
      longPressThreshold={250}
      onSelectSlot={(slot: SlotInfo) =>
        onSlot({
          start: slot.start,
          end: slot.end,
          practitionerId: Number(slot.resourceId ?? columns[0]?.id ?? 0),
          spanned: slot.action === 'select' && slot.end.getTime() - slot.start.getTime() > 15 * 60_000,
        })
      }
      onSelectEvent={onOpen}
      onKeyPressEvent={(event, e) => {
        const key = (e as unknown as React.KeyboardEvent).key;
        if (key === 'Enter' || key === ' ') onOpen(event);
      }}
      draggableAccessor={canChange}
      resizableAccessor={canChange}
      onEventDrop={change('move')}
      onEventResize={change('resize')}
      dayPropGetter={dayProps}
      slotPropGetter={slotProps}
      eventPropGetter={(e) => ({ className: e.kind === 'blocked' ? 'book-blocked' : `book-booking book-${e.booking.status}` })}
      components={{ event: BookEventContent, header: DayHeader }}
      tooltipAccessor={(e) => e.title}
    />
  );
}
