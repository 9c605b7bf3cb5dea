// The raw INSERTs the demo generator runs, prepared once per database. Hand-written SQL on purpose:
// 50,000 charts must be written in seconds, and Drizzle's per-row overhead would dominate.
import type Database from 'better-sqlite3';

export function demoStatements(sqlite: Database.Database) {
  const p = (sql: string) => sqlite.prepare(sql);
  return {
    // The keys (phone digits, search and sort keys) come from core/client-keys.ts, as for every client.
    client: p(`INSERT INTO clients (first_name, last_name, phone, phone_digits, email, date_of_birth, hair_loss_scale,
      hair_loss_stage, fitzpatrick, case_type, notes, archived_at, created_at, updated_at,
      search_first, search_last, search_other, sort_first, sort_last) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`),
    intake: p(`INSERT INTO intakes (client_id, answers, completed_at, completed_by, consent_given_at, consent_witnessed_by,
      created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)`),
    contraindication: p(`INSERT INTO contraindications (client_id, condition, tier, until, doctor_letter_received_at, note,
      resolved_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)`),
    plan: p(`INSERT INTO treatment_plans (client_id, kind, quoted_sessions, price_minor, currency, status, recall_on, notes,
      created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)`),
    session: p(`INSERT INTO sessions (client_id, plan_id, kind, number, status, booked_for, performed_at, practitioner_id,
      prep_done, prep_notes, assessment_notes, pigment_brand, pigment_shade, dilution, pigment_batch, pigment_expiry, needle,
      zones, density_notes, blending_notes, notes, deposit_override_reason, cancel_reason, created_at, updated_at)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`),
    retention: p(`INSERT INTO retention_notes (session_id, zone, rating, note, created_at, updated_at) VALUES (?,?,?,?,?,?)`),
    shadeChange: p(`INSERT INTO shade_changes (session_id, from_shade, to_shade, from_dilution, to_dilution, reason, note,
      created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)`),
    request: p(`INSERT INTO hairline_requests (client_id, raised_at_session_id, kind, request, status, done_at_session_id,
      resolution_note, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)`),
    deposit: p(`INSERT INTO deposits (plan_id, session_number, purpose, amount_minor, currency, status, paid_minor, paid_at,
      method, receipt, note, applied_session_id, status_reason, status_changed_at, status_changed_by, created_at, updated_at)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`),
    payment: p(`INSERT INTO deposit_payments (deposit_id, amount_minor, method, receipt, paid_at, recorded_by, created_at,
      updated_at) VALUES (?,?,?,?,?,?,?,?)`),
    print: p(`INSERT INTO aftercare_prints (session_id, template_id, printed_at, printed_by, created_at, updated_at)
      VALUES (?,?,?,?,?,?)`),
    lastAuditHash: p('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck(),
    audit: p(`INSERT INTO audit_log (at, staff_id, entity, entity_id, action, before, after, reason, prev_hash, hash, salt, content_hash)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`),
  };
}

export type DemoStatements = ReturnType<typeof demoStatements>;
