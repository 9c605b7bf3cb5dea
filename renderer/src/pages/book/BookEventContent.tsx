// What a booking shows in the grid: the client, which session of the plan, and the badges reception
// acts on (and, per room, who it is with). Each badge is a word, not only a colour.
import { memo } from 'react';
import type { EventProps } from 'react-big-calendar';
import { t } from '../../i18n';
import { sessionLabel, type BookEvent } from './bookEvents';

const BADGES = [
  ['depositOutstanding', 'bookGrid.badge.depositOutstanding'],
  ['intakeIncomplete', 'bookGrid.badge.intakeIncomplete'],
  ['contraindicationActive', 'bookGrid.badge.contraindicationActive'],
  ['firstVisit', 'bookGrid.badge.firstVisit'],
] as const;

// Memoised: react-big-calendar draws every event again whenever anything in the grid changes (a
// drop, the cursor); an event whose object is the same draws the same.
export const BookEventContent = memo(function BookEventContent({ event }: EventProps<BookEvent>) {
  if (event.kind === 'blocked') return <span className="book-event-title">{event.title}</span>;
  const b = event.booking;
  const badges = BADGES.filter(([key]) => b.badges[key]);
  return (
    <span className="book-event">
      <span className="book-event-title">{b.clientName}</span>
      <span className="book-event-session">{sessionLabel(b)}</span>
      {event.withWhom && <span className="book-event-session">{event.withWhom}</span>}
      {badges.length > 0 && (
        <span className="book-badges">
          {badges.map(([key, label]) => (
            <span key={key} className={`book-badge book-badge-${key}`}>
              {t(label)}
            </span>
          ))}
        </span>
      )}
    </span>
  );
});
