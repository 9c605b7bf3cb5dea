// The grid's (react-big-calendar's) date localizer, with every label it draws through the clinic's
// formatter (../reception/format.ts).
import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import { dayjsLocalizer, type Formats } from 'react-big-calendar';
import { usableLocale } from '../../../../core/locale';
import { formatDay, formatDayRange, formatTime } from '../reception/format';
import { localDay } from './bookEvents';
import { withNativeDates } from './fastLocalizer';

// Only for date arithmetic (labels are ours): a locale whose weeks start on Monday, as the book's do.
dayjs.locale('en-gb');
export const localizer = withNativeDates(dayjsLocalizer(dayjs));

// Each booking's label is two times, and the week draws the same few dozen quarter-hours over and
// over: each time of day is formatted once per locale.
const times = new Map<string, Map<number, string>>();
const time = (d: Date, locale: string) => {
  let known = times.get(locale);
  if (!known) times.set(locale, (known = new Map<number, string>()));
  const at = d.getTime();
  let text = known.get(at);
  if (text === undefined) {
    if (known.size > 5000) known.clear();
    text = formatTime(d.toISOString(), locale);
    known.set(at, text);
  }
  return text;
};
const span = ({ start, end }: { start: Date; end: Date }, locale: string) => `${time(start, locale)}–${time(end, locale)}`;

/** Every label the grid draws, in the clinic's locale. */
export function bookFormats(locale: string): Formats {
  return {
    timeGutterFormat: (d: Date) => time(d, locale),
    eventTimeRangeFormat: (r: { start: Date; end: Date }) => span(r, locale),
    eventTimeRangeStartFormat: (r: { start: Date }) => `${time(r.start, locale)} –`,
    eventTimeRangeEndFormat: (r: { end: Date }) => `– ${time(r.end, locale)}`,
    selectRangeFormat: (r: { start: Date; end: Date }) => span(r, locale),
    dayFormat: (d: Date) => formatDay(localDay(d), locale, false),
    // The month view: weekday names over its columns, the day's number in each cell.
    weekdayFormat: (d: Date) => new Intl.DateTimeFormat(usableLocale(locale), { weekday: 'short' }).format(d),
    dateFormat: (d: Date) => String(d.getDate()),
    dayHeaderFormat: (d: Date) => formatDay(localDay(d), locale),
    dayRangeHeaderFormat: (r: { start: Date; end: Date }) => formatDayRange(localDay(r.start), localDay(r.end), locale),
  };
}
