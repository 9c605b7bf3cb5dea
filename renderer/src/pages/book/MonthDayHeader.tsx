// A day of the month view: its number, how many bookings and how full it is (a bar and the share
// in words), as one button that opens the day. react-big-calendar draws the month's grid around it.
import { t } from '../../i18n';
import { formatDay } from '../reception/format';
import { localDay, type DayFullness } from './bookEvents';

interface Props {
  date: Date;
  label: string;
  isOffRange: boolean;
  fullness: DayFullness;
  locale: string;
  onOpen: (date: Date) => void;
}

export function MonthDayHeader({ date, label, isOffRange, fullness, locale, onOpen }: Props) {
  const percent = fullness.share === null ? null : Math.round(fullness.share * 100);
  const words =
    percent === null
      ? fullness.bookings
        ? t('bookGrid.month.bookedNoHours', { count: fullness.bookings })
        : t('bookGrid.month.closed')
      : t('bookGrid.month.bookedFull', { count: fullness.bookings, percent });
  return (
    <button
      type="button"
      className={`book-month-day${isOffRange ? ' off-range' : ''}`}
      aria-label={t('bookGrid.month.openDay', { day: formatDay(localDay(date), locale), words })}
      onClick={() => onOpen(date)}
    >
      <span className="book-month-number">{label}</span>
      <span className="book-month-words">{words}</span>
      {percent !== null && (
        <span className="book-month-bar" aria-hidden="true">
          <span style={{ width: `${percent}%` }} className={percent >= 90 ? 'is-full' : percent >= 60 ? 'is-busy' : ''} />
        </span>
      )}
    </button>
  );
}
