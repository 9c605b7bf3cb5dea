// Reception's three views of the same bookings, side by side: the board, the day's list, the book and who to contact.
import { NavLink } from 'react-router';
import { todayLocal } from './format';
import './reception-tabs.css';

export function ReceptionTabs() {
  return (
    <nav className="reception-tabs no-print" aria-label="Reception">
      <ul>
        <li>
          <NavLink to="/reception" end>
            Board
          </NavLink>
        </li>
        <li>
          <NavLink to={`/reception/day/${todayLocal()}`}>Day list</NavLink>
        </li>
        <li>
          <NavLink to="/reception/book">Appointment book</NavLink>
        </li>
        <li>
          <NavLink to="/reception/contact">To contact</NavLink>
        </li>
      </ul>
    </nav>
  );
}
