// Locking and unlocking this window, the parts that are not React: what the lock keeps (kept.ts),
// and the calls it makes, in the order that keeps every typed word.
import { call } from '../api/client';
import { capture, giveBack, keepOnServer, type ServerDrafts } from './kept';
import { settleSaves } from './saves';

export const screenDrafts: ServerDrafts = {
  async save(clientId, entries) {
    return (await call('drafts.save', { clientId, form: 'screen', data: { entries } })).ok;
  },
  async take(clientId) {
    const found = await call('drafts.get', { clientId, form: 'screen' });
    if (!found.ok || !found.data) return null;
    await call('drafts.discard', { clientId, form: 'screen' });
    const entries = found.data.data.entries;
    return entries && typeof entries === 'object' ? (entries as Record<string, unknown>) : null;
  },
};

/** Step 1, synchronous, while the pages are still mounted: read every form on screen. */
export function captureScreen(owner: number): void {
  capture(owner, window.location.hash);
}

/**
 * Step 2, after the unmount: drafts being saved arrive, the rest is saved as the client's screen
 * draft, and only then is the window signed out (`signOut` false: the server already did).
 */
export async function finishLock(owner: number, signOut: boolean): Promise<void> {
  await settleSaves();
  if (signOut) {
    await keepOnServer(owner, screenDrafts);
    await call('auth.signOut', { reason: 'lock' });
  }
}

/** After a sign-in: the person who locked gets their screen back, at the route they were on. */
export async function unlockFor(actor: number): Promise<void> {
  const route = await giveBack(actor, screenDrafts);
  if (route === null || route === window.location.hash) return;
  // Before the pages mount, or another screen's forms would take what was kept for this one.
  const arrived = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  window.location.hash = route;
  await Promise.race([arrived, new Promise((resolve) => setTimeout(resolve, 500))]);
}
