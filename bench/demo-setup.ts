// The clinic around the demo charts: staff, the pigment list and an aftercare template. Existing rows
// (a seeder's default template, real staff) are used as they are; only what is missing is added.
import type Database from 'better-sqlite3';
import { hashPin } from '../api/pin';
import { PIGMENTS } from './demo-names';

export interface DemoClinic {
  practitioners: number[];
  reception: number;
  templateId: number;
}

/** Every demo staff member signs in with this PIN (printed when the demo is made). */
export const DEMO_PIN = '1234';

const DEMO_STAFF = [
  ['Jo Hart', 'owner'],
  ['Sam Rivera', 'practitioner'],
  ['Alex Chen', 'practitioner'],
  ['Priya Shah', 'reception'],
] as const;

/** The demo clinic's aftercare template, as day-numbered rules (day 0 = the session day). */
const DEFAULT_RULES = [
  {
    fromDay: 0,
    toDay: 4,
    instruction: 'Keep the scalp dry: no washing, no haircut, no sweating, no swimming, no sun. Do not touch or scratch.',
  },
  { fromDay: 5, toDay: 6, instruction: 'Rinse with water only: no soap or shampoo.' },
  { fromDay: 7, toDay: null, instruction: 'Wash as normal.' },
];
const DEFAULT_ADVICE = [
  'Keep direct sun off the scalp, even months later: wear a hat or use an umbrella.',
  'Avoid products with SD alcohol, isopropyl alcohol or denatured alcohol.',
  'Prefer mild, moisturising or herbal products, and moisturise the scalp every day.',
  'Exfoliate once or twice a week, never more.',
];

export function prepareDemoClinic(sqlite: Database.Database, at: string): DemoClinic {
  const staffCount = sqlite.prepare('SELECT count(*) FROM staff').pluck().get() as number;
  if (staffCount === 0) {
    const insert = sqlite.prepare('INSERT INTO staff (name, role, pin_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    for (const [name, role] of DEMO_STAFF) insert.run(name, role, hashPin(DEMO_PIN), at, at);
  }
  const practitioners = sqlite
    .prepare("SELECT id FROM staff WHERE active = 1 AND role IN ('practitioner', 'owner') ORDER BY id")
    .pluck()
    .all() as number[];
  if (practitioners.length === 0) {
    practitioners.push(
      Number(sqlite.prepare("INSERT INTO staff (name, role) VALUES ('Demo Practitioner', 'practitioner')").run().lastInsertRowid),
    );
  }
  const reception =
    (sqlite.prepare("SELECT id FROM staff WHERE active = 1 AND role = 'reception' ORDER BY id").pluck().get() as number | undefined) ??
    practitioners[0]!;

  // The questionnaire the migrations seed carries the moment the file was made; a demo clinic that
  // opened years ago has had it since it opened (same seed, same clinic). Only while nothing points at it.
  const seeded = sqlite
    .prepare(
      `SELECT * FROM clinic_documents WHERE kind = 'questionnaire' AND version = 1 AND created_by IS NULL
        AND NOT EXISTS (SELECT 1 FROM intakes WHERE questionnaire_id = clinic_documents.id)`,
    )
    .get() as Record<string, unknown> | undefined;
  if (seeded) {
    // Versions are never edited (a trigger): the same row, put back with the clinic's opening time.
    sqlite.prepare('DELETE FROM clinic_documents WHERE id = ?').run(seeded.id);
    sqlite
      .prepare(
        'INSERT INTO clinic_documents (id, kind, version, title, body, questions, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(seeded.id, seeded.kind, seeded.version, seeded.title, seeded.body, seeded.questions, seeded.created_by, at);
  }

  const pigment = sqlite.prepare('INSERT OR IGNORE INTO pigments (brand, shade, darkness, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  for (const p of PIGMENTS) pigment.run(p.brand, p.shade, p.darkness, at, at);

  let templateId = sqlite.prepare('SELECT id FROM aftercare_templates ORDER BY key, version DESC LIMIT 1').pluck().get() as
    number | undefined;
  if (templateId === undefined) {
    templateId = Number(
      sqlite
        .prepare(
          `INSERT INTO aftercare_templates (key, version, name, session_kind, rules, advice, created_at, updated_at)
           VALUES ('default', 1, 'Standard aftercare', 'any', ?, ?, ?, ?)`,
        )
        .run(JSON.stringify(DEFAULT_RULES), JSON.stringify(DEFAULT_ADVICE), at, at).lastInsertRowid,
    );
  }
  return { practitioners, reception, templateId };
}
