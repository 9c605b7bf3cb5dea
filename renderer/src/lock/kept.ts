// What a lock keeps of the screen, to give back to the same person after their PIN. While the window
// is locked the pages are unmounted (nothing of a client is left in the page), so every form that
// can hold a half-typed entry registers a holder here (useKeptState, useKeptForm): at the lock its
// value is read, before the unmount. What belongs to a client's record is saved as that client's
// 'screen' draft (encrypted with the database, and the server keeps it the staff member's own);
// only what has no record yet (a new client, an aftercare template) — or what could not be saved
// because the server had already signed the window out — stays in this window's memory until then.
// Someone else who signs in gets a clean page; the first person's work waits for them.

export interface Holder {
  /** The client whose record the value belongs to; null for a form with no record yet. */
  clientId: number | null;
  /** Unique on the screen: 'chart/editing', 'deposit/12/pay/amount'. */
  key: string;
  read(): unknown;
}

/** One person's screen as it was when the window locked. */
interface KeptScreen {
  /** The hash route, to come back to. */
  route: string;
  /** Values not (yet) on the server, by client (null: no record). */
  memory: Map<number | null, Record<string, unknown>>;
  /** Clients whose values were saved as their 'screen' draft. */
  onServer: Set<number>;
}

export interface ServerDrafts {
  save(clientId: number, entries: Record<string, unknown>): Promise<boolean>;
  /** Reads and removes the draft: it is given back once. */
  take(clientId: number): Promise<Record<string, unknown> | null>;
}

const holders = new Set<Holder>();
const kept = new Map<number, KeptScreen>();
/** Given back to whoever is signed in now, taken by each form as it mounts. */
const released = new Map<string, unknown>();

export const keyOf = (clientId: number | null, key: string) => `${clientId ?? 'none'}/${key}`;

/** A mounted form's value, read if the window locks. Returns the unregister function. */
export function hold(holder: Holder): () => void {
  holders.add(holder);
  return () => holders.delete(holder);
}

/** Whether a value was given back for this form, and what it is. */
export function givenBack(clientId: number | null, key: string): { value: unknown } | null {
  const k = keyOf(clientId, key);
  return released.has(k) ? { value: released.get(k) } : null;
}

/** The form has taken its value: it is not given again. */
export function taken(clientId: number | null, key: string): void {
  released.delete(keyOf(clientId, key));
}

/** At the lock, before the pages unmount: reads every form on screen, as `owner`'s. */
export function capture(owner: number, route: string): void {
  released.clear(); // whatever was not taken since the last unlock belonged to that screen
  const memory = new Map<number | null, Record<string, unknown>>();
  for (const h of holders) {
    const group = memory.get(h.clientId) ?? {};
    group[h.key] = h.read();
    memory.set(h.clientId, group);
  }
  const before = kept.get(owner);
  kept.set(owner, { route, memory, onServer: before?.onServer ?? new Set() });
}

/** After the capture, while the window can still call: moves each client's values to their draft. */
export async function keepOnServer(owner: number, server: ServerDrafts): Promise<void> {
  const screen = kept.get(owner);
  if (!screen) return;
  for (const [clientId, entries] of [...screen.memory]) {
    if (clientId === null) continue;
    if (!(await server.save(clientId, entries))) continue; // kept in memory; given back from there
    screen.memory.delete(clientId);
    screen.onServer.add(clientId);
  }
}

/**
 * Someone signed in. If it is the person who locked, their screen is given back (the route to
 * return to, or null when there is nothing of theirs); anyone else starts afresh.
 */
export async function giveBack(actor: number, server: ServerDrafts): Promise<string | null> {
  released.clear();
  const screen = kept.get(actor);
  if (!screen) return null;
  kept.delete(actor);
  for (const [clientId, entries] of screen.memory) {
    for (const [key, value] of Object.entries(entries)) released.set(keyOf(clientId, key), value);
  }
  for (const clientId of screen.onServer) {
    const entries = await server.take(clientId);
    for (const [key, value] of Object.entries(entries ?? {})) released.set(keyOf(clientId, key), value);
  }
  return screen.route;
}

/** Whose screens are waiting (staff ids), for a word on the sign-in panel. */
export function waitingFor(): number[] {
  return [...kept.keys()];
}

/** Tests only: forget everything. */
export function resetKept(): void {
  holders.clear();
  kept.clear();
  released.clear();
}
