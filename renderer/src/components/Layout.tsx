import { NavLink, Outlet } from 'react-router';
import { SessionGate, SignedInBadge } from '../auth/SessionGate';
import { ClinicLocale } from './ClinicLocale';
import { DamagedGate } from './DamagedGate';
import { skipToContent } from './focus';
import { LinkStatusLine } from './LinkStatus';
import { useApiQuery } from '../api/useApi';
import { t } from '../i18n';
import type { MessageId } from '../../../core/i18n/translate';

const NAV: { to: string; label: MessageId; owner?: true }[] = [
  { to: '/clients', label: 'nav.clients' },
  { to: '/reception', label: 'nav.reception' },
  { to: '/aftercare', label: 'nav.aftercare' },
  { to: '/forms', label: 'nav.forms', owner: true },
  { to: '/traceability', label: 'nav.traceability' },
  { to: '/reports', label: 'nav.reports', owner: true },
  { to: '/settings', label: 'nav.settings' },
];

export function Layout() {
  // Reports are the owner's (api/permissions.ts); others are not offered a page that would refuse them.
  const auth = useApiQuery('auth.status', {});
  const owner = auth.data?.actor?.role === 'owner';
  return (
    <DamagedGate>
      <SessionGate>
        <ClinicLocale>
          {/* A component of its own: its words are read after <ClinicLocale> has set the locale. */}
          <AppShell owner={owner} />
        </ClinicLocale>
      </SessionGate>
    </DamagedGate>
  );
}

function AppShell({ owner }: { owner: boolean }) {
  return (
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
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="brand" aria-label="Stipple">
          Stipple
        </span>
        <nav aria-label={t('nav.main')}>
          <ul>
            {NAV.filter((item) => !item.owner || owner).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <LinkStatusLine />
        <SignedInBadge />
      </header>
      <main className="app-main" id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
