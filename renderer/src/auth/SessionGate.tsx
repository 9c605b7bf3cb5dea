// Who is using Stipple. Until someone signs in, and whenever the app locks, only the sign-in panel is
// in the page: the pages are unmounted and the query cache emptied, so nothing of a client is left
// under it. A half-typed form is kept first (renderer/src/lock/) and comes back after the PIN, for
// the person who locked; someone else starts afresh. The first run asks for the owner account instead.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { StaffRole } from '../../../core/vocabulary';
import { queryClient } from '../api/query-client';
import { useApiQuery } from '../api/useApi';
import { BackupAlert } from '../components/BackupAlert';
import { focusPageStart } from '../components/focus';
import { forgetClientData } from '../lock/forget';
import { captureScreen, finishLock, unlockFor } from '../lock/lock-window';
import { OwnerSetupPanel } from './OwnerSetupPanel';
import { onSignedOut } from './session-events';
import { SignInPanel } from './SignInPanel';
import { useIdleLock } from './useIdleLock';
import './auth.css';
import { t } from '../i18n';

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

/** 'starting' until the first answer says who is signed in; 'open' while the pages are mounted. */
type Phase = 'starting' | 'open' | 'locked';

export function SessionGate({ children }: { children: ReactNode }) {
  const status = useApiQuery('auth.status', {});
  const { refetch } = status;
  const [phase, setPhase] = useState<Phase>('starting');
  // The gate stays up after the owner account exists, for its recovery key step (OwnerSetupPanel).
  const [settingUp, setSettingUp] = useState(false);
  const signedIn = status.data?.actor ?? null;
  if (phase === 'starting' && signedIn) setPhase('open');
  const actor = phase === 'open' ? signedIn : null;
  const phaseRef = useRef(phase);
  phaseRef.current = phase;
  const actorRef = useRef(actor);
  actorRef.current = actor;

  /** `here`: this window locks itself (button, idle); otherwise the server has signed it out already. */
  const lock = useCallback(
    (here: boolean) => {
      const owner = actorRef.current?.id;
      if (phaseRef.current !== 'open' || owner === undefined) {
        void refetch();
        return;
      }
      phaseRef.current = 'locked';
      captureScreen(owner); // before the unmount: what each form holds
      flushSync(() => setPhase('locked')); // the pages unmount now; their drafts start saving
      forgetClientData(queryClient);
      // Signing out changes only who this session is, so no change declares it: ask again after.
      void finishLock(owner, here).then(() => refetch());
    },
    [refetch],
  );

  useEffect(() => onSignedOut(() => lock(false)), [lock]);
  // The server ended the session and a refetch said so before its event came: lock the same way.
  const endedOnServer = phase === 'open' && status.isSuccess && signedIn === null;
  useEffect(() => {
    if (!endedOnServer) return;
    const t = setTimeout(() => lock(false)); // out of React's commit, for flushSync
    return () => clearTimeout(t);
  }, [endedOnServer, lock]);

  useIdleLock(actor !== null, status.data?.idleLockMinutes ?? 10, () => lock(true));

  const opened = async () => {
    // Signing in refreshed auth.status already (its declared stale query).
    const who = queryClient.getQueryData<{ actor: Actor | null }>(['auth.status', {}]);
    if (who?.actor) await unlockFor(who.actor.id);
    setPhase('open');
    focusPageStart(); // the page's own start (search box, heading), not the top of the document
  };

  const showGate = status.isSuccess && (actor === null || settingUp);
  return (
    <SessionContext.Provider value={{ actor, lock: () => lock(true) }}>
      {phase === 'open' && (
        <div className="session-content" inert={showGate || undefined}>
          {children}
        </div>
      )}
      {showGate && (
        <div className="lock-backdrop">
          {status.data.needsOwner || settingUp ? (
            <OwnerSetupPanel onDone={opened} onCreating={setSettingUp} />
          ) : (
            <SignInPanel
              staff={status.data.staff}
              minPinLength={status.data.minPinLength}
              locked={phase === 'locked' || status.data.actor === null}
              onDone={opened}
            />
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
        {actor.name} <span className="signed-in-role">({t(`auth.roleName.${actor.role}`)})</span>
      </span>
      <button type="button" className="button lock-button" onClick={lock}>
        {t('auth.badge.lock')}
      </button>
    </div>
  );
}
