// The demo clinic for `npm run browser -- --demo` (browser-host/demo-hook.ts calls seedDemo on an
// empty database) and for `npm run demo`. The generator itself is in demo-clinic.ts.
import type Database from 'better-sqlite3';
import type { ApiClient } from '../api/dispatch';
import type { DemoTarget } from '../browser-host/demo-hook';
import { generateDemoClinic, type DemoSummary } from './demo-clinic';
import { DEMO_PIN } from './demo-setup';

/** Size of the clinic `--demo` opens; STIPPLE_DEMO_CLIENTS overrides it (e.g. 50000). */
export const DEFAULT_DEMO_CLIENTS = 2000;

export function demoLine(s: DemoSummary): string {
  const deposits = Object.entries(s.deposits)
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');
  return `Demo clinic: ${s.clients} clients, ${s.sessions} sessions, deposits ${deposits} (seed ${s.seed}, up to ${s.today}; ${Math.round(s.ms)} ms). Staff sign in with PIN ${DEMO_PIN}.`;
}

/** Signs the demo clinic's owner in on `api` (the bench and the browser bench act as the owner). */
export async function signInDemoOwner(api: ApiClient, sqlite: Database.Database): Promise<void> {
  const staffId = sqlite.prepare("SELECT id FROM staff WHERE role = 'owner' AND active = 1 ORDER BY id LIMIT 1").pluck().get();
  const r = await api.call('auth.signIn', { staffId, pin: DEMO_PIN });
  if (!r.ok) throw new Error(`Could not sign in to the demo clinic: ${r.error.message}`);
}

export function seedDemo(target: DemoTarget): string {
  const clients = Number.parseInt(process.env.STIPPLE_DEMO_CLIENTS ?? '', 10);
  const summary = generateDemoClinic(target.database.sqlite, {
    clients: Number.isFinite(clients) && clients > 0 ? clients : DEFAULT_DEMO_CLIENTS,
  });
  target.database.sqlite.pragma('optimize');
  return demoLine(summary);
}
