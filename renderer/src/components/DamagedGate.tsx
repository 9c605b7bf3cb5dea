import type { ReactNode } from 'react';
import { useDamagedDatabase } from '../api/damaged';

/** Shows the damaged-database message alone, in place of the app, once the API has said so. */
export function DamagedGate({ children }: { children: ReactNode }) {
  const message = useDamagedDatabase();
  if (message === null) return children;
  return (
    <main className="damaged-page">
      <h1>Stipple has stopped</h1>
      <p role="alert">{message}</p>
      <p>
        Nothing more can be saved. Close Stipple, then restore the latest backup: the clinic’s IT person can do it with{' '}
        <code>npm run stipple -- restore</code>.
      </p>
    </main>
  );
}
