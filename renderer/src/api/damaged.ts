// Once any answer says the database file is damaged, the app shows that one message and nothing
// else: no sign-in prompt over a list that never loads, no forms that cannot save.
import { useSyncExternalStore } from 'react';

let damaged: string | null = null;
const listeners = new Set<() => void>();

export function notifyDamaged(message: string): void {
  if (damaged !== null) return;
  damaged = message;
  for (const l of listeners) l();
}

/** The damaged-database message, or null while the file is sound. */
export function useDamagedDatabase(): string | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => damaged,
  );
}
