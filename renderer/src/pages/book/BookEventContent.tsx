// What a booking shows in the grid: the client, which session of the plan, and the badges reception
// acts on (and, per room, who it is with). Each badge is a word, not only a colour.
import type { EventProps } from 'react-big-calendar';
import { sessionLabel, type BookEvent } from './bookEvents';

const BADGES = [
  ['depositOutstanding', 'Deposit due'],
  ['intakeIncomplete', 'Intake to do'],
  ['contraindicationActive', 'Contraindication'],
  ['firstVisit', 'First visit'],
] as const;

export function BookEventContent({ event }: EventProps<BookEvent>) {
  if (event.kind === 'blocked') return <span className="book-event-title">{event.title}</span>;
  const b = event.booking;
  return (
    <span className="book-event">
      <span className="book-event-title">{b.clientName}</span>
      <span className="book-event-session">{sessionLabel(b)}</span>
      {event.withWhom && <span className="book-event-session">{event.withWhom}</span>}
      <span className="book-badges">
        {BADGES.filter(([key]) => b.badges[key]).map(([key, label]) => (
          <span key={key} className={`book-badge book-badge-${key}`}>
            {label}
          </span>
        ))}
      </span>
    </span>
  );
}
