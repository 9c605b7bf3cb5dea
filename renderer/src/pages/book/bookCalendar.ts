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

const time = (d: Date, locale: string) => formatTime(d.toISOString(), locale);
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
