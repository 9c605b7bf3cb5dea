// Who is using Stipple. Until someone signs in, and whenever the app locks, a sign-in panel covers
// the page — which stays mounted underneath (made inert), so a half-typed form is still there after
// the PIN. The first run asks for the owner account instead.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { StaffRole } from '../../../core/vocabulary';
import { call } from '../api/client';
import { queryClient } from '../api/query-client';
import { useApiQuery } from '../api/useApi';
import { BackupAlert } from '../components/BackupAlert';
import { OwnerSetupPanel } from './OwnerSetupPanel';
import { onSignedOut } from './session-events';
import { SignInPanel } from './SignInPanel';
import { useIdleLock } from './useIdleLock';
import './auth.css';

export interface Actor {
  id: number;
  name: string;
  role: StaffRole;
}

interface Session {
  actor: Actor | null;
  lock: () => void;
}

const SessionContext = createContext<Session>({ actor: null, lock: () => undefined });
export const useSession = () => useContext(SessionContext);

export function SessionGate({ children }: { children: ReactNode }) {
  const status = useApiQuery('auth.status', {});
  const { refetch } = status;
  const [locked, setLocked] = useState(false);
  const actor = locked ? null : (status.data?.actor ?? null);

  const lock = useCallback(() => {
    setLocked(true);
    // Signing out changes only who this session is, so no change declares it: ask again here.
    void call('auth.signOut', { reason: 'lock' }).then(() => refetch());
  }, [refetch]);

  useEffect(
    () =>
      onSignedOut(() => {
        setLocked(true);
        void refetch();
      }),
    [refetch],
  );

  useIdleLock(actor !== null, status.data?.idleLockMinutes ?? 10, lock);

  const signedIn = async () => {
    setLocked(false); // signing in refreshed auth.status already (its declared stale query)
    // Loads that failed while locked are retried; loaded data (and forms built on it) is left alone.
    await queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' && q.queryKey[0] !== 'auth.status' });
  };

  const showGate = status.isSuccess && actor === null;
  return (
    <SessionContext.Provider value={{ actor, lock }}>
      <div className="session-content" inert={showGate || undefined}>
        {children}
      </div>
      {showGate && (
        <div className="lock-backdrop">
          {status.data.needsOwner ? (
            <OwnerSetupPanel onDone={signedIn} />
          ) : (
            <SignInPanel staff={status.data.staff} locked={locked || status.data.actor === null} onDone={signedIn} />
          )}
        </div>
      )}
    </SessionContext.Provider>
  );
}

/** The header's "signed in as" with a Lock button. */
export function SignedInBadge() {
  const { actor, lock } = useSession();
  if (!actor) return null;
  return (
    <div className="signed-in">
      <BackupAlert />
      <span>
        {actor.name} <span className="signed-in-role">({actor.role})</span>
      </span>
      <button type="button" className="button lock-button" onClick={lock}>
        Lock
      </button>
    </div>
  );
}
