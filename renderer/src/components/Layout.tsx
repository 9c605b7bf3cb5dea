import { NavLink, Outlet } from 'react-router';
import { SessionGate, SignedInBadge } from '../auth/SessionGate';
import { ClinicLocale } from './ClinicLocale';
import { DamagedGate } from './DamagedGate';
import { skipToContent } from './focus';
import { LinkStatusLine } from './LinkStatus';
import { useApiQuery } from '../api/useApi';

const NAV = [
  { to: '/clients', label: 'Clients' },
  { to: '/reception', label: 'Reception' },
  { to: '/aftercare', label: 'Aftercare' },
  { to: '/forms', label: 'Forms', owner: true },
  { to: '/traceability', label: 'Traceability' },
  { to: '/reports', label: 'Reports', owner: true },
  { to: '/settings', label: 'Settings' },
];

export function Layout() {
  // Reports are the owner's (api/permissions.ts); others are not offered a page that would refuse them.
  const auth = useApiQuery('auth.status', {});
  const owner = auth.data?.actor?.role === 'owner';
  return (
    <DamagedGate>
      <SessionGate>
        <div className="app">
          {/* The routes live in the hash, so the skip link moves focus itself rather than following #main. */}
          <a
            className="skip-link"
            href="#main"
            onClick={(e) => {
              e.preventDefault();
              skipToContent();
            }}
          >
            Skip to content
          </a>
          <header className="app-header">
            <span className="brand" aria-label="Stipple">
              Stipple
            </span>
            <nav aria-label="Main">
              <ul>
                {NAV.filter((item) => !('owner' in item) || owner).map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to}>{item.label}</NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <LinkStatusLine />
            <SignedInBadge />
          </header>
          <main className="app-main" id="main" tabIndex={-1}>
            <ClinicLocale>
              <Outlet />
            </ClinicLocale>
          </main>
        </div>
      </SessionGate>
    </DamagedGate>
  );
}
