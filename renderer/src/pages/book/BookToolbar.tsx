// The book's own toolbar (the calendar's is off): today, previous, next, day or week, the days shown
// as a heading, and the keys that do the same.
import { formatDay, formatDayRange } from '../reception/format';
import { formatMonthYear } from '../../../../core/format-date';
import { localDay, type BookView } from './bookEvents';
import { t } from '../../i18n';

interface Props {
  view: BookView;
  from: Date;
  to: Date;
  locale: string;
  onToday: () => void;
  onStep: (by: -1 | 1) => void;
  onView: (view: BookView) => void;
}

export function BookToolbar({ view, from, to, locale, onToday, onStep, onView }: Props) {
  const last = new Date(to);
  last.setDate(last.getDate() - 1);
  // The month grid starts in the month before: its middle day names the month.
  const middle = new Date(from.getTime() + (to.getTime() - from.getTime()) / 2);
  const heading =
    view === 'day'
      ? formatDay(localDay(from), locale)
      : view === 'month'
        ? formatMonthYear(localDay(middle), locale)
        : formatDayRange(localDay(from), localDay(last), locale);
  return (
    <div className="book-toolbar">
      <div className="actions" role="group" aria-label={t('book.toolbar.daysShown')}>
        <button type="button" className="button" onClick={onToday} aria-keyshortcuts="t">
          {t('book.today')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => onStep(-1)}
          aria-keyshortcuts="p"
          aria-label={t(`book.toolbar.previous.${view}`)}
        >
          {t('book.previous')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => onStep(1)}
          aria-keyshortcuts="n"
          aria-label={t(`book.toolbar.next.${view}`)}
        >
          {t('book.next')}
        </button>
      </div>
      <h1 className="book-heading" aria-live="polite">
        {heading}
      </h1>
      <div className="actions" role="group" aria-label={t('book.toolbar.view')}>
        {(['day', 'week', 'month'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className={`button${view === v ? ' button-primary' : ''}`}
            aria-pressed={view === v}
            aria-keyshortcuts={v[0]}
            onClick={() => onView(v)}
          >
            {t(`book.view.${v}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
