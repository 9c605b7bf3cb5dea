// Draft saves still on their way when the window locks. The lock waits for them before it signs the
// window out, or the server would refuse them (signed out) and the last words typed would be lost.
const inFlight = new Set<Promise<unknown>>();

export function trackSave<T>(saving: Promise<T>): Promise<T> {
  inFlight.add(saving);
  void saving.finally(() => inFlight.delete(saving));
  return saving;
}

export async function settleSaves(): Promise<void> {
  await Promise.allSettled([...inFlight]);
}
