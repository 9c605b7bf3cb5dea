// The baselines: the same work as the app's paths, done by hand-written SQL on a bare better-sqlite3
// connection — statements prepared once, no validation, no dispatcher, no ORM. The ratio of the app's
// time to these is the overhead the app adds on top of SQLite itself.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { auditSecretOf } from '../db/audit-chain';
import type Database from 'better-sqlite3';
import { BLOCKED_SQL, BOOKINGS_SQL } from '../db/queries/book';

const SUMMARY = `
  SELECT c.id, c.first_name AS firstName, c.last_name AS lastName, c.phone, c.email, c.archived_at IS NOT NULL AS archived,
    (SELECT count(*) FROM sessions s WHERE s.client_id = c.id AND s.status = 'performed' AND s.kind = 'course') AS performedSessions,
    (SELECT p.quoted_sessions FROM treatment_plans p WHERE p.client_id = c.id AND p.kind = 'course' AND p.status != 'cancelled' ORDER BY p.id DESC LIMIT 1) AS quotedSessions,
    (SELECT max(s.performed_at) FROM sessions s WHERE s.client_id = c.id AND s.status = 'performed') AS lastSessionAt,
    (SELECT min(s.booked_for) FROM sessions s WHERE s.client_id = c.id AND s.status = 'booked') AS nextBookedFor,
    (SELECT d.status FROM treatment_plans p JOIN deposits d ON d.plan_id = p.id WHERE p.client_id = c.id ORDER BY d.id DESC LIMIT 1) AS depositStatus
  FROM json_each(?) page JOIN clients c ON c.id = page.value ORDER BY page.key`;

/**
 * Search by one name prefix (folded, against the last name, first name and other-word keys, and as
 * typed against the email) or one phone prefix: total, first 100 in the locale's name order. The
 * same keys and indexes as the app (db/queries/client-search.ts), written out by hand.
 */
export function rawSearch(sqlite: Database.Database) {
  const ORDER = 'ORDER BY sort_last, sort_first, id LIMIT 100';
  const LN = '(search_last >= @lo AND search_last < @hi)';
  const FN = '(search_first >= @lo AND search_first < @hi)';
  const OT = '(search_other >= @lo AND search_other < @hi)';
  const EM = '(email COLLATE NOCASE >= @elo AND email COLLATE NOCASE < @ehi)';
  const PH = '(phone_digits >= @lo AND phone_digits < @hi)';
  const nameArms = [
    `FROM clients INDEXED BY clients_search_last_idx WHERE archived_at IS NULL AND ${LN}`,
    `FROM clients INDEXED BY clients_search_first_idx WHERE archived_at IS NULL AND ${FN} AND NOT ${LN}`,
    `FROM clients INDEXED BY clients_search_other_idx WHERE archived_at IS NULL AND ${OT} AND NOT ${LN} AND NOT ${FN}`,
    `FROM clients INDEXED BY clients_email_idx WHERE archived_at IS NULL AND ${EM} AND NOT ${LN} AND NOT ${FN} AND (search_other IS NULL OR NOT ${OT})`,
  ];
  const phoneArm = `FROM clients INDEXED BY clients_phone_digits_idx WHERE archived_at IS NULL AND ${PH}`;
  const s = {
    nameCount: sqlite.prepare(`SELECT ${nameArms.map((a) => `(SELECT count(*) ${a})`).join(' + ')}`).pluck(),
    nameDense: sqlite
      .prepare(
        `SELECT id FROM clients INDEXED BY clients_name_order_idx WHERE archived_at IS NULL AND (${LN} OR ${FN} OR ${OT} OR ${EM}) ${ORDER}`,
      )
      .pluck(),
    nameSparse: sqlite
      .prepare(`SELECT id FROM (${nameArms.map((a) => `SELECT id, sort_last, sort_first ${a}`).join(' UNION ALL ')}) ${ORDER}`)
      .pluck(),
    phoneCount: sqlite.prepare(`SELECT count(*) ${phoneArm}`).pluck(),
    phoneDense: sqlite
      .prepare(`SELECT id FROM clients INDEXED BY clients_name_order_idx WHERE archived_at IS NULL AND ${PH} ${ORDER}`)
      .pluck(),
    phoneSparse: sqlite.prepare(`SELECT id ${phoneArm} ${ORDER}`).pluck(),
    summary: sqlite.prepare(SUMMARY),
  };
  return (q: { kind: 'name' | 'phone'; lo: string; hi: string; email?: { lo: string; hi: string } }) => {
    const p = q.kind === 'name' ? { lo: q.lo, hi: q.hi, elo: q.email?.lo ?? q.lo, ehi: q.email?.hi ?? q.hi } : { lo: q.lo, hi: q.hi };
    const total = (q.kind === 'name' ? s.nameCount : s.phoneCount).get(p) as number;
    const page = (total >= 1000 ? (q.kind === 'name' ? s.nameDense : s.phoneDense) : q.kind === 'name' ? s.nameSparse : s.phoneSparse).all(
      p,
    );
    return { total, rows: page.length ? s.summary.all(JSON.stringify(page)) : [] };
  };
}

/** snake_case columns as camelCase aliases, written out once per statement like a hand-written list. */
function columns(sqlite: Database.Database, table: string, alias = table): string {
  const cols = sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
  return cols.map((c) => `${alias}.${c.name} AS ${c.name.replace(/_([a-z])/g, (_m, x: string) => x.toUpperCase())}`).join(', ');
}

/** The whole chart of one client: the same tables and rows as clients.chart. */
export function rawChart(sqlite: Database.Database) {
  const bySession = (table: string) =>
    sqlite.prepare(
      `SELECT ${columns(sqlite, table, 't')} FROM ${table} t WHERE t.session_id IN (SELECT id FROM sessions WHERE client_id = ?)`,
    );
  const s = {
    client: sqlite.prepare(`SELECT ${columns(sqlite, 'clients')} FROM clients WHERE id = ?`),
    intake: sqlite.prepare(`SELECT ${columns(sqlite, 'intakes')} FROM intakes WHERE client_id = ?`),
    contraindications: sqlite.prepare(
      `SELECT ${columns(sqlite, 'contraindications')} FROM contraindications WHERE client_id = ? ORDER BY id`,
    ),
    plans: sqlite.prepare(`SELECT ${columns(sqlite, 'treatment_plans')} FROM treatment_plans WHERE client_id = ? ORDER BY id`),
    sessions: sqlite.prepare(`SELECT ${columns(sqlite, 'sessions')} FROM sessions WHERE client_id = ? ORDER BY number DESC, id DESC`),
    retention: bySession('retention_notes'),
    shades: bySession('shade_changes'),
    requests: sqlite.prepare(`SELECT ${columns(sqlite, 'hairline_requests')} FROM hairline_requests WHERE client_id = ? ORDER BY id`),
    deposits: sqlite.prepare(
      `SELECT ${columns(sqlite, 'deposits', 'd')} FROM deposits d WHERE d.plan_id IN (SELECT id FROM treatment_plans WHERE client_id = ?) ORDER BY d.session_number`,
    ),
    payments: sqlite.prepare(
      `SELECT ${columns(sqlite, 'deposit_payments', 'p')} FROM deposit_payments p JOIN deposits d ON d.id = p.deposit_id
       JOIN treatment_plans t ON t.id = d.plan_id WHERE t.client_id = ? ORDER BY p.id`,
    ),
    prints: sqlite.prepare(
      `SELECT a.id, a.session_id AS sessionId, a.template_id AS templateId, t.name AS templateName, t.version AS templateVersion,
              a.printed_at AS printedAt, a.printed_by AS printedBy
       FROM aftercare_prints a JOIN aftercare_templates t ON t.id = a.template_id
       WHERE a.session_id IN (SELECT id FROM sessions WHERE client_id = ?) ORDER BY a.printed_at DESC`,
    ),
  };
  type Row = Record<string, unknown>;
  return (id: number) => {
    const client = s.client.get(id) as Row | undefined;
    if (!client) return undefined;
    const intake = s.intake.get(id) as Row | undefined;
    if (intake) intake.answers = JSON.parse(intake.answers as string);
    const sessions = s.sessions.all(id) as Row[];
    const retention = s.retention.all(id) as Row[];
    const shades = s.shades.all(id) as Row[];
    const deposits = s.deposits.all(id) as Row[];
    const payments = s.payments.all(id) as Row[];
    return {
      client,
      intake: intake ?? null,
      contraindications: s.contraindications.all(id),
      plans: s.plans.all(id),
      sessions: sessions.map((x) => ({
        ...x,
        zones: JSON.parse(x.zones as string) as string[],
        prepDone: x.prepDone === 1,
        retention: retention.filter((r) => r.sessionId === x.id),
        shadeChanges: shades.filter((c) => c.sessionId === x.id),
      })),
      hairlineRequests: s.requests.all(id),
      deposits: deposits.map((d) => ({ ...d, payments: payments.filter((p) => p.depositId === d.id) })),
      prints: s.prints.all(id),
    };
  };
}

/**
 * Charting a session durably, as sessions.chart does it, in one transaction: the same checks read by
 * hand (client, open contraindications, plan, the client's earlier sessions, the deposit for this
 * session), the session row, its retention notes, each written back and audited with the hash chain.
 */
export function rawChartSession(sqlite: Database.Database) {
  const s = {
    client: sqlite.prepare('SELECT * FROM clients WHERE id = ?'),
    contraindications: sqlite.prepare('SELECT * FROM contraindications WHERE client_id = ? AND resolved_at IS NULL'),
    plan: sqlite.prepare('SELECT * FROM treatment_plans WHERE id = ?'),
    earlier: sqlite.prepare(
      "SELECT * FROM sessions WHERE client_id = ? AND kind = 'course' AND status IN ('booked', 'performed') ORDER BY number DESC",
    ),
    insertSession: sqlite.prepare(
      `INSERT INTO sessions (client_id, plan_id, kind, number, status, performed_at, practitioner_id, prep_done, prep_notes, assessment_notes,
         pigment_brand, pigment_shade, dilution, pigment_batch, pigment_expiry, needle, zones, density_notes, blending_notes, notes)
       VALUES (@clientId, @planId, 'course', @number, 'performed', @performedAt, @practitionerId, 1, @prepNotes, @assessmentNotes,
         @pigmentBrand, @pigmentShade, @dilution, @pigmentBatch, @pigmentExpiry, @needle, @zones, @densityNotes, @blendingNotes, '')`,
    ),
    session: sqlite.prepare('SELECT * FROM sessions WHERE id = ?'),
    retentionBefore: sqlite.prepare('SELECT * FROM retention_notes WHERE session_id = ?'),
    upsertRetention: sqlite.prepare(
      `INSERT INTO retention_notes (session_id, zone, rating, note) VALUES (?, ?, ?, ?)
       ON CONFLICT (session_id, zone) DO UPDATE SET rating = excluded.rating, note = excluded.note`,
    ),
    retentionAfter: sqlite.prepare('SELECT id, session_id, zone, rating, note FROM retention_notes WHERE session_id = ?'),
    deposit: sqlite.prepare('SELECT * FROM deposits WHERE plan_id = ? AND session_number = ?'),
    lastHash: sqlite.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck(),
    audit: sqlite.prepare(
      'INSERT INTO audit_log (at, staff_id, entity, entity_id, action, before, after, reason, prev_hash, hash, salt, content_hash) VALUES (?, NULL, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, ?)',
    ),
  };
  // Keyed as the app's chain is (db/audit-chain.ts), so the baseline does the same work.
  const secret = auditSecretOf(sqlite)!;
  const audit = (entity: string, id: number, action: string, after: unknown) => {
    const prev = s.lastHash.get() as string;
    const at = new Date().toISOString();
    const body = JSON.stringify(after);
    const salt = randomBytes(16).toString('hex');
    const contentHash = createHash('sha256')
      .update(JSON.stringify(['stipple-audit-content', salt, null, body, null]))
      .digest('hex');
    const hash = createHmac('sha256', secret)
      .update(JSON.stringify(['stipple-audit-v2', prev, at, null, entity, String(id), action, contentHash]))
      .digest('hex');
    s.audit.run(at, entity, String(id), action, body, prev, hash, salt, contentHash);
  };
  return sqlite.transaction((input: ChartSessionInput) => {
    if (!s.client.get(input.clientId)) throw new Error('no such client');
    if (s.contraindications.all(input.clientId).length > 0) throw new Error('blocked');
    if (!s.plan.get(input.planId)) throw new Error('no such plan');
    s.earlier.all(input.clientId);
    const id = Number(s.insertSession.run({ ...input, zones: JSON.stringify(input.zones) }).lastInsertRowid);
    audit('session', id, 'chart', s.session.get(id));
    s.retentionBefore.all(id);
    for (const r of input.retention) s.upsertRetention.run(id, r.zone, r.rating, r.note);
    audit('retention', id, 'create', s.retentionAfter.all(id));
    s.deposit.get(input.planId, input.number);
    return id;
  });
}

export interface ChartSessionInput {
  clientId: number;
  planId: number;
  number: number;
  performedAt: string;
  practitionerId: number;
  prepNotes: string;
  assessmentNotes: string;
  pigmentBrand: string;
  pigmentShade: string;
  dilution: string;
  pigmentBatch: string;
  pigmentExpiry: string;
  needle: string;
  zones: string[];
  densityNotes: string;
  blendingNotes: string;
  retention: { zone: string; rating: string; note: string }[];
}

/**
 * The reception board's reads by hand: every open plan's later sessions with the session before,
 * their booking and deposit, and the clinic's outstanding and held totals.
 */
export function rawBoard(sqlite: Database.Database, completedSince: string) {
  // Open plans, and plans completed lately (their last session shows as done for a month).
  const ON_BOARD = `(p.status IN ('quoted', 'active') OR (p.status = 'completed' AND p.updated_at >= '${completedSince}'))`;
  const OPEN = `SELECT p.id, p.client_id FROM treatment_plans p JOIN clients c ON c.id = p.client_id
                WHERE ${ON_BOARD} AND c.archived_at IS NULL`;
  const plans = sqlite.prepare(
    `SELECT p.id AS planId, p.client_id AS clientId, c.first_name AS firstName, c.last_name AS lastName, c.phone, p.kind,
            p.quoted_sessions AS quotedSessions, p.recall_on AS recallOn, p.currency
     FROM treatment_plans p JOIN clients c ON c.id = p.client_id
     WHERE ${ON_BOARD} AND c.archived_at IS NULL ORDER BY p.id`,
  );
  const sessions = sqlite.prepare(
    `WITH open AS MATERIALIZED (${OPEN})
     SELECT s.id, s.client_id AS clientId, s.kind, s.number, s.status, s.booked_for AS bookedFor, s.performed_at AS performedAt
     FROM (SELECT DISTINCT client_id FROM open) o JOIN sessions s ON s.client_id = o.client_id
     WHERE s.status IN ('booked', 'performed')`,
  );
  const deposits = sqlite.prepare(
    `WITH open AS MATERIALIZED (${OPEN})
     SELECT d.id, d.plan_id AS planId, d.session_number AS sessionNumber, d.status, d.amount_minor AS amountMinor, d.paid_minor AS paidMinor
     FROM open o JOIN deposits d ON d.plan_id = o.id`,
  );
  const totals = sqlite.prepare(
    `SELECT currency, sum(CASE WHEN status = 'required' THEN amount_minor - paid_minor ELSE 0 END) AS outstandingMinor,
            sum(CASE WHEN status IN ('required', 'paid') THEN paid_minor ELSE 0 END) AS heldMinor
     FROM deposits GROUP BY currency ORDER BY currency`,
  );
  return () => ({ plans: plans.all(), sessions: sessions.all(), deposits: deposits.all(), totals: totals.all() });
}

/**
 * The appointment book's week, as hand-written SQL: each practitioner's bookings (with the badges'
 * lookups) and blocked time over the span, the statements the grid's query runs.
 */
export function rawBookWeek(sqlite: Database.Database, from: string, to: string) {
  const staff = sqlite.prepare("SELECT id FROM staff WHERE role <> 'reception'").pluck();
  const bookings = sqlite.prepare(BOOKINGS_SQL);
  const blocked = sqlite.prepare(BLOCKED_SQL);
  const lookBack = new Date(Date.parse(from) - 12 * 3_600_000).toISOString();
  return () => {
    const rows: unknown[] = [];
    for (const practitionerId of [...(staff.all() as number[]), null]) {
      rows.push(...bookings.all({ practitionerId, from: lookBack, to }));
      if (practitionerId !== null) rows.push(...blocked.all({ practitionerId, from, to }));
    }
    return rows;
  };
}

/** One day's booked sessions by hand (the to-contact list's "tomorrow"), a day widened each side as the app reads it. */
export function rawDayBookings(sqlite: Database.Database, day: string) {
  const from = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.parse(`${day}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
  const q = sqlite.prepare(
    `SELECT s.*, c.first_name, c.last_name, c.phone, st.name AS practitionerName, p.quoted_sessions
     FROM sessions s JOIN clients c ON c.id = s.client_id LEFT JOIN staff st ON st.id = s.practitioner_id
     LEFT JOIN treatment_plans p ON p.id = s.plan_id
     WHERE s.status = 'booked' AND s.booked_for >= ? AND s.booked_for < ? ORDER BY s.booked_for`,
  );
  const ticks = sqlite.prepare('SELECT * FROM contact_ticks WHERE day = ?');
  return () => ({ bookings: q.all(from, to), ticks: ticks.all(day) });
}
