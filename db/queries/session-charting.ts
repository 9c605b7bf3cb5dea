// The reads and writes of charting a session (sessions.chart, the durable save), and of the session,
// retention and shade-change helpers it shares with other handlers.
//
// Charting is a save the practitioner waits on, so its statements are written by hand and prepared
// once per connection: built through Drizzle on every call, turning ~17 query builders into SQL text
// cost more CPU than SQLite's own work and the fsync together. Rows come back in the shapes Drizzle
// gave the handler (camelCase keys in the schema's column order, booleans and JSON columns decoded),
// because audit entries are the JSON of these rows and API outputs are these rows.
import type Database from 'better-sqlite3';
import { perConnection } from '../prepared';
import type { contraindications, retentionNotes, sessions, shadeChanges, treatmentPlans } from '../schema';

/** A session as the API returns it: every column but created_at. */
export type SessionRow = Omit<typeof sessions.$inferSelect, 'createdAt'>;
type Session = typeof sessions.$inferSelect;
type Plan = typeof treatmentPlans.$inferSelect;
type RetentionRow = typeof retentionNotes.$inferSelect;
type ShadeChange = typeof shadeChanges.$inferSelect;

/** A session's columns in the schema's order (db/schema.ts), without created_at. */
const SESSION_COLUMNS = `id, client_id AS clientId, plan_id AS planId, kind, number, status, booked_for AS bookedFor,
  length_minutes AS lengthMinutes, performed_at AS performedAt, practitioner_id AS practitionerId, room_id AS roomId,
  prep_done AS prepDone, prep_notes AS prepNotes,
  assessment_notes AS assessmentNotes, pigment_brand AS pigmentBrand, pigment_shade AS pigmentShade, dilution,
  pigment_batch AS pigmentBatch, pigment_expiry AS pigmentExpiry, needle, zones, density_notes AS densityNotes,
  blending_notes AS blendingNotes, notes, outside_window_reason AS outsideWindowReason,
  deposit_override_reason AS depositOverrideReason, contraindication_override_reason AS contraindicationOverrideReason,
  cancel_reason AS cancelReason, updated_at AS updatedAt, version`;

/** What charting writes into a session, whether it inserts it or performs a booked one. */
const CHARTED_COLUMNS = [
  ['status', 'status'],
  ['performed_at', 'performedAt'],
  ['practitioner_id', 'practitionerId'],
  ['prep_done', 'prepDone'],
  ['prep_notes', 'prepNotes'],
  ['assessment_notes', 'assessmentNotes'],
  ['pigment_brand', 'pigmentBrand'],
  ['pigment_shade', 'pigmentShade'],
  ['dilution', 'dilution'],
  ['pigment_batch', 'pigmentBatch'],
  ['pigment_expiry', 'pigmentExpiry'],
  ['needle', 'needle'],
  ['zones', 'zones'],
  ['density_notes', 'densityNotes'],
  ['blending_notes', 'blendingNotes'],
  ['notes', 'notes'],
  ['contraindication_override_reason', 'contraindicationOverrideReason'],
] as const;

export type ChartedValues = { [K in (typeof CHARTED_COLUMNS)[number][1]]: Session[K] };

const RETENTION_RECORD = 'id, session_id AS sessionId, zone, rating, note';

function prepareStatements(sqlite: Database.Database) {
  const charted = CHARTED_COLUMNS.map(([column]) => column).join(', ');
  const chartedParams = CHARTED_COLUMNS.map(([, key]) => `@${key}`).join(', ');
  const chartedSet = CHARTED_COLUMNS.map(([column, key]) => `${column} = @${key}`).join(', ');
  return {
    client: sqlite.prepare('SELECT id FROM clients WHERE id = ?').pluck(),
    session: sqlite.prepare(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = ?`),
    // The same filter and order as before this was hand-written, so ties in number come back alike.
    activeSessions: sqlite.prepare(
      `SELECT id, plan_id AS planId, number, status, booked_for AS bookedFor, performed_at AS performedAt,
              pigment_shade AS pigmentShade, dilution
       FROM sessions WHERE client_id = ? AND kind = ? AND status IN ('booked', 'performed') ORDER BY number DESC`,
    ),
    plan: sqlite.prepare(
      'SELECT id, client_id AS clientId, kind, quoted_sessions AS quotedSessions, status FROM treatment_plans WHERE id = ?',
    ),
    openContraindications: sqlite.prepare(
      `SELECT condition, tier, until, doctor_letter_received_at AS doctorLetterReceivedAt
       FROM contraindications WHERE client_id = ? AND resolved_at IS NULL`,
    ),
    deposit: sqlite.prepare('SELECT id, status FROM deposits WHERE plan_id = ? AND session_number = ?'),
    // RETURNING hands back the row as written, so it need not be read again.
    insertSession: sqlite.prepare(
      `INSERT INTO sessions (client_id, plan_id, kind, number, length_minutes, ${charted})
       VALUES (@clientId, @planId, @kind, @number, @lengthMinutes, ${chartedParams}) RETURNING ${SESSION_COLUMNS}`,
    ),
    // Only the version that was read: a save in between leaves no row to return.
    updateSession: sqlite.prepare(
      `UPDATE sessions SET ${chartedSet}, updated_at = @updatedAt, version = version + 1
       WHERE id = @id AND version = @version RETURNING ${SESSION_COLUMNS}`,
    ),
    setPlanStatus: sqlite.prepare('UPDATE treatment_plans SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?'),
    retention: sqlite.prepare(
      `SELECT ${RETENTION_RECORD}, created_at AS createdAt, updated_at AS updatedAt FROM retention_notes WHERE session_id = ?`,
    ),
    retentionRecords: sqlite.prepare(`SELECT ${RETENTION_RECORD} FROM retention_notes WHERE session_id = ?`),
    upsertRetention: sqlite.prepare(
      `INSERT INTO retention_notes (session_id, zone, rating, note) VALUES (@sessionId, @zone, @rating, @note)
       ON CONFLICT (session_id, zone) DO UPDATE SET rating = @rating, note = @note, updated_at = @updatedAt`,
    ),
    insertShadeChange: sqlite.prepare(
      `INSERT INTO shade_changes (session_id, from_shade, to_shade, from_dilution, to_dilution, reason, note)
       VALUES (@sessionId, @fromShade, @toShade, @fromDilution, @toDilution, @reason, @note)
       RETURNING id, session_id AS sessionId, from_shade AS fromShade, to_shade AS toShade, from_dilution AS fromDilution,
                 to_dilution AS toDilution, reason, note, created_at AS createdAt`,
    ),
  };
}

// All at once on a connection's first charting call, so db/queries/session-charting.test.ts sees
// every statement and checks its plan.
const statements = perConnection(prepareStatements);

/** Decodes the columns Drizzle maps (boolean, JSON) in place, so the keys keep their order. */
function toSession(row: unknown): SessionRow {
  const r = row as Record<string, unknown>;
  r.prepDone = Number(r.prepDone) === 1;
  r.zones = JSON.parse(r.zones as string);
  return r as SessionRow;
}

/** The encoded values of the charted columns, as bound parameters. */
function chartedParams(values: ChartedValues) {
  return { ...values, prepDone: values.prepDone ? 1 : 0, zones: JSON.stringify(values.zones) };
}

export function clientExists(sqlite: Database.Database, id: number): boolean {
  return statements(sqlite).client.get(id) !== undefined;
}

export function readSession(sqlite: Database.Database, id: number): SessionRow | undefined {
  const row = statements(sqlite).session.get(id);
  return row === undefined ? undefined : toSession(row);
}

export type ActiveSession = Pick<
  Session,
  'id' | 'planId' | 'number' | 'status' | 'bookedFor' | 'performedAt' | 'pigmentShade' | 'dilution'
>;

/** The client's sessions of a kind that still count (booked or performed), highest number first. */
export function activeSessionsOf(sqlite: Database.Database, clientId: number, kind: Session['kind']): ActiveSession[] {
  return statements(sqlite).activeSessions.all(clientId, kind) as ActiveSession[];
}

export type PlanSummary = Pick<Plan, 'id' | 'clientId' | 'kind' | 'quotedSessions' | 'status'>;

export function readPlan(sqlite: Database.Database, id: number): PlanSummary | undefined {
  return statements(sqlite).plan.get(id) as PlanSummary | undefined;
}

export type OpenContraindication = Pick<typeof contraindications.$inferSelect, 'condition' | 'tier' | 'until' | 'doctorLetterReceivedAt'>;

/** The client's unresolved contraindications, in the order they were added. */
export function openContraindicationsOf(sqlite: Database.Database, clientId: number): OpenContraindication[] {
  return statements(sqlite).openContraindications.all(clientId) as OpenContraindication[];
}

/** The deposit securing session `number` of a plan: only what charting needs of it. */
export function depositStatusOf(sqlite: Database.Database, planId: number, number: number): { id: number; status: string } | undefined {
  return statements(sqlite).deposit.get(planId, number) as { id: number; status: string } | undefined;
}

export function insertChartedSession(
  sqlite: Database.Database,
  key: Pick<Session, 'clientId' | 'planId' | 'kind' | 'number' | 'lengthMinutes'>,
  values: ChartedValues,
): SessionRow {
  return toSession(statements(sqlite).insertSession.get({ ...key, ...chartedParams(values) }));
}

/** Writes the charted values over session `id` at `version`; undefined if that version is gone. */
export function updateChartedSession(
  sqlite: Database.Database,
  id: number,
  version: number,
  values: ChartedValues,
  updatedAt: string,
): SessionRow | undefined {
  const row = statements(sqlite).updateSession.get({ ...chartedParams(values), id, version, updatedAt });
  return row === undefined ? undefined : toSession(row);
}

export function setPlanStatus(sqlite: Database.Database, id: number, status: Plan['status'], updatedAt: string): void {
  statements(sqlite).setPlanStatus.run(status, updatedAt, id);
}

/** A session's retention notes, whole rows (for the audit entry's "before"). */
export function retentionRowsOf(sqlite: Database.Database, sessionId: number): RetentionRow[] {
  return statements(sqlite).retention.all(sessionId) as RetentionRow[];
}

export type RetentionRecord = Pick<RetentionRow, 'id' | 'sessionId' | 'zone' | 'rating' | 'note'>;

export function retentionRecordsOf(sqlite: Database.Database, sessionId: number): RetentionRecord[] {
  return statements(sqlite).retentionRecords.all(sessionId) as RetentionRecord[];
}

/** Inserts a zone's note, or replaces the rating and note already there (touching updated_at). */
export function upsertRetention(
  sqlite: Database.Database,
  note: Pick<RetentionRow, 'sessionId' | 'zone' | 'rating' | 'note'>,
  updatedAt: string,
): void {
  statements(sqlite).upsertRetention.run({ ...note, updatedAt });
}

export type ShadeChangeRecord = Omit<ShadeChange, 'updatedAt'>;

export function insertShadeChange(sqlite: Database.Database, values: typeof shadeChanges.$inferInsert): ShadeChangeRecord {
  // Left out, a nullable column is null and the note is '' (the table's defaults, as Drizzle wrote them).
  return statements(sqlite).insertShadeChange.get({
    sessionId: values.sessionId,
    fromShade: values.fromShade ?? null,
    toShade: values.toShade ?? null,
    fromDilution: values.fromDilution ?? null,
    toDilution: values.toDilution ?? null,
    reason: values.reason,
    note: values.note ?? '',
  }) as ShadeChangeRecord;
}
