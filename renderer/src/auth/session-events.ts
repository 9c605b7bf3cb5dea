// Lets the data layer tell the sign-in gate that the API answered "signed out" (the app locked, or
// someone signed out elsewhere), so the lock appears over the page instead of a failed save.
type Listener = () => void;
const listeners = new Set<Listener>();

export function onSignedOut(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifySignedOut(): void {
  for (const l of listeners) l();
}
