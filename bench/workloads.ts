// What the bench asks of a demo clinic, chosen deterministically from its own data: surnames and
// phone numbers typed one key at a time, charts to open, clients ready to have a session charted.
import type Database from 'better-sqlite3';
import { parseWords } from '../db/queries/client-search';
import type { ChartSessionInput } from './raw-sql';

export interface Keystroke {
  query: string;
  kind: 'name' | 'phone';
  /** The folded prefix (names) or the phone's digits, as the app searches them. */
  lo: string;
  hi: string;
  /** A name word as typed, against the email. */
  email?: { lo: string; hi: string };
}

/** Every prefix of `count` surnames (up to 6 letters) or phone numbers (up to 8 digits), as typed
 *  (a phone as stored in `phone`, with its trunk zero, which the search drops). */
export function typedPrefixes(sqlite: Database.Database, kind: 'name' | 'phone', count: number): Keystroke[] {
  const total = sqlite.prepare('SELECT max(id) FROM clients').pluck().get() as number;
  const column = kind === 'name' ? 'last_name' : 'phone';
  const pick = sqlite
    .prepare(`SELECT ${column} FROM clients WHERE id >= ? AND ${column} IS NOT NULL AND archived_at IS NULL ORDER BY id LIMIT 1`)
    .pluck();
  const out: Keystroke[] = [];
  for (let i = 0; i < count; i++) {
    const value = pick.get(1 + Math.floor((i * total) / count)) as string | undefined;
    if (!value) continue;
    const word = [...value.replace(/\s+/g, '')];
    for (let n = 1; n <= Math.min(word.length, kind === 'name' ? 6 : 8); n++) {
      const query = word.slice(0, n).join('');
      const [parsed] = parseWords(query);
      if (parsed?.kind !== kind) continue;
      out.push({ query, kind, lo: parsed.lo, hi: parsed.hi, ...(parsed.kind === 'name' ? { email: parsed.email } : {}) });
    }
  }
  return out;
}

/** Client ids spread evenly over the clinic. */
export function chartIds(sqlite: Database.Database, count: number): number[] {
  const total = sqlite.prepare('SELECT max(id) FROM clients').pluck().get() as number;
  return Array.from({ length: count }, (_, i) => 1 + Math.floor((i * total) / count));
}

const ZONES = ['frontal_hairline', 'left_temple', 'right_temple', 'crown'];

/**
 * `count` new clients, each with an active three-session plan and session 1 performed six weeks ago,
 * so session 2 can be charted (with retention per zone) the way a practitioner would.
 */
export function clientsReadyForSession2(sqlite: Database.Database, count: number, tag: string): ChartSessionInput[] {
  const practitionerId = sqlite
    .prepare("SELECT id FROM staff WHERE role IN ('practitioner', 'owner') ORDER BY id LIMIT 1")
    .pluck()
    .get() as number;
  const first = new Date(Date.now() - 42 * 86_400_000).toISOString();
  const insertClient = sqlite.prepare("INSERT INTO clients (first_name, last_name, case_type) VALUES ('Bench', ?, 'hair_loss')");
  const insertPlan = sqlite.prepare(
    "INSERT INTO treatment_plans (client_id, quoted_sessions, price_minor, currency, status) VALUES (?, 3, 150000, 'GBP', 'active')",
  );
  const insertSession = sqlite.prepare(
    `INSERT INTO sessions (client_id, plan_id, number, status, performed_at, practitioner_id, pigment_brand, pigment_shade, dilution,
       pigment_batch, pigment_expiry, needle, zones) VALUES (?, ?, 1, 'performed', ?, ?, 'Scalp Ink Co', 'Graphite 2', '1:2', 'SI26-0001', '2027-12-31', '1RL 0.20', ?)`,
  );
  return sqlite.transaction(() =>
    Array.from({ length: count }, (_, i) => {
      const clientId = Number(insertClient.run(`${tag}-${i}`).lastInsertRowid);
      const planId = Number(insertPlan.run(clientId).lastInsertRowid);
      insertSession.run(clientId, planId, first, practitionerId, JSON.stringify(ZONES));
      return {
        clientId,
        planId,
        number: 2,
        performedAt: new Date().toISOString(),
        practitionerId,
        prepNotes: 'Clipped to 0.5 mm, scalp cleansed.',
        assessmentNotes: 'Healed well; some dots settled lighter at the crown.',
        pigmentBrand: 'Scalp Ink Co',
        pigmentShade: 'Graphite 2',
        dilution: '1:2',
        pigmentBatch: 'SI26-0002',
        pigmentExpiry: '2027-12-31',
        needle: '1RL 0.20',
        zones: ZONES,
        densityNotes: 'Filled gaps left as first deposits settled.',
        blendingNotes: 'Blended into the sides.',
        retention: ZONES.map((zone, z) => ({ zone, rating: z === 3 ? 'slight_fading' : 'held_well', note: '' })),
      };
    }),
  )();
}
