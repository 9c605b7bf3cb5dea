import type { ReactNode } from 'react';
import { useDamagedDatabase } from '../api/damaged';
import { t } from '../i18n';
import { around } from './rich';

/** Shows the damaged-database message alone, in place of the app, once the API has said so. */
export function DamagedGate({ children }: { children: ReactNode }) {
  const message = useDamagedDatabase();
  if (message === null) return children;
  const [before, after] = around((command) => t('common.damaged.restore', { command }));
  return (
    <main className="damaged-page">
      <h1>{t('common.damaged.title')}</h1>
      <p role="alert">{message}</p>
      <p>
        {before}
        <code>npm run stipple -- restore</code>
        {after}
      </p>
    </main>
  );
}
