// Reception's three views of the same bookings, side by side: the board, the day's list, the book and who to contact.
import { NavLink } from 'react-router';
import { t } from '../../i18n';
import { todayLocal } from './format';
import './reception-tabs.css';

export function ReceptionTabs() {
  return (
    <nav className="reception-tabs no-print" aria-label={t('reception.tabs.label')}>
      <ul>
        <li>
          <NavLink to="/reception" end>
            {t('reception.tabs.board')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/reception/day/${todayLocal()}`}>{t('reception.tabs.dayList')}</NavLink>
        </li>
        <li>
          <NavLink to="/reception/book">{t('reception.tabs.book')}</NavLink>
        </li>
        <li>
          <NavLink to="/reception/contact">{t('reception.tabs.contact')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
