// Which chart rows the audit trail vouches for, and how a stored row maps onto an entry's `after`
// (the handlers' records: camelCase keys, booleans and JSON decoded). db/verify-rows.ts compares each
// row with what the trail says it should be. Per table, exactly the columns listed are compared:
//   - `updated_at` and `version` nowhere (bookkeeping: entries of older versions that recorded only
//     the fields they changed, such as a plan's activation, bumped them without recording them);
//     aftercare_templates.version is the template's content version and is compared.
//   - `created_at` only where the record the handlers audit holds it.
//   - clients.phone_digits is not: it is the phone's digits for search, derived from `phone`.
//   - staff.pin_hash is compared as whether there is one (`hasPin`): the trail never holds a PIN hash.
// A column is compared when the trail records it for that row: each handler's "create" entry holds
// the whole record (api/audited-tables.test.ts checks every table), later entries what they changed.
//
// Not chart data, so not compared (db/audited-tables.test.ts checks every table is in one list):
import { PIN_AT_FIRST_SIGN_IN } from './queries/sign-in';

export const NOT_AUDITED_TABLES: Record<string, string> = {
  audit_log: 'the trail itself: checked by its hash chain',
  sign_in_attempts: 'wrong-PIN counters and lockouts, changed on every attempt; failed sign-ins are audited on the staff member',
  drafts: 'half-typed forms, kept as the practitioner types; replaced on every save and never audited',
  __drizzle_migrations: 'the schema history, checked by verify against the migrations',
  __stipple_audit_chain: 'records that the chain is keyed',
  retention_tallies: 'counts derived from sessions and retention notes, kept for the retention breakdown and rebuilt from them',
  retention_similar_tallies: 'counts derived from sessions and retention notes, kept for “clients like this one” and rebuilt from them',
};

export type ColumnKind = 'bool' | 'json';

export interface AuditedColumn {
  /** The stored column, or an SQL expression over the table aliased `t`. */
  sql: string;
  /** The key in an entry's `after`. */
  key: string;
  kind?: ColumnKind;
  /** The name to show a person; the column's own name unless an expression. */
  name?: string;
}

export interface AuditedTable {
  table: string;
  /** The entries' `entity`. */
  entity: string;
  /** How a person names one record: "session 12 of client 4". */
  noun: string;
  columns: AuditedColumn[];
  /** SQL for the client a row belongs to (table aliased `t`), or null for clinic records. */
  clientOf: string | null;
  /**
   * Entries whose `after` is not (part of) the row: what they say about it instead. `null`: nothing.
   * Keys an `after` holds that are not columns are ignored (a failed sign-in's counters, say).
   */
  actions?: Record<string, (after: Record<string, unknown> | null) => Record<string, unknown> | null>;
}

const c = (column: string, kind?: ColumnKind): AuditedColumn => ({
  sql: `t.${column}`,
  key: column.replace(/_([a-z])/g, (_m, l: string) => l.toUpperCase()),
  name: column,
  ...(kind ? { kind } : {}),
});
const cols = (...names: string[]) => names.map((n) => c(n));
const viaSession = '(SELECT client_id FROM sessions WHERE id = t.session_id)';
const viaPlan = '(SELECT client_id FROM treatment_plans WHERE id = t.plan_id)';

export const AUDITED_TABLES: AuditedTable[] = [
  {
    table: 'clients',
    entity: 'client',
    noun: 'client',
    clientOf: null, // the client is the record itself
    columns: cols(
      'id',
      'first_name',
      'last_name',
      'phone',
      'email',
      'date_of_birth',
      'hair_loss_scale',
      'hair_loss_stage',
      'fitzpatrick',
      'case_type',
      'notes',
      'archived_at',
      'erased_at',
      'created_at',
    ),
  },
  {
    table: 'intakes',
    entity: 'intake',
    noun: 'intake',
    clientOf: 't.client_id',
    columns: [
      ...cols('id', 'client_id'),
      c('answers', 'json'),
      ...cols('questionnaire_id', 'completed_at', 'completed_by', 'consent_given_at', 'consent_witnessed_by'),
    ],
  },
  {
    table: 'contraindications',
    entity: 'contraindication',
    noun: 'contraindication',
    clientOf: 't.client_id',
    columns: cols('id', 'client_id', 'condition', 'tier', 'until', 'doctor_letter_received_at', 'note', 'resolved_at', 'created_at'),
  },
  {
    table: 'treatment_plans',
    entity: 'plan',
    noun: 'treatment plan',
    clientOf: 't.client_id',
    columns: cols('id', 'client_id', 'kind', 'quoted_sessions', 'price_minor', 'currency', 'status', 'recall_on', 'notes', 'created_at'),
  },
  {
    table: 'sessions',
    entity: 'session',
    noun: 'session',
    clientOf: 't.client_id',
    columns: [
      ...cols(
        'id',
        'client_id',
        'plan_id',
        'kind',
        'number',
        'status',
        'booked_for',
        'length_minutes',
        'performed_at',
        'practitioner_id',
        'room_id',
      ),
      c('prep_done', 'bool'),
      ...cols('prep_notes', 'assessment_notes', 'pigment_brand', 'pigment_shade', 'dilution', 'pigment_batch', 'pigment_expiry', 'needle'),
      c('zones', 'json'),
      ...cols(
        'density_notes',
        'blending_notes',
        'notes',
        'outside_window_reason',
        'deposit_override_reason',
        'contraindication_override_reason',
        'cancel_reason',
      ),
    ],
  },
  {
    table: 'shade_changes',
    entity: 'shade_change',
    noun: 'shade change',
    clientOf: viaSession,
    columns: cols('id', 'session_id', 'from_shade', 'to_shade', 'from_dilution', 'to_dilution', 'reason', 'note', 'created_at'),
  },
  {
    table: 'hairline_requests',
    entity: 'hairline_request',
    noun: 'hairline request',
    clientOf: 't.client_id',
    columns: cols(
      'id',
      'client_id',
      'raised_at_session_id',
      'kind',
      'request',
      'status',
      'done_at_session_id',
      'resolution_note',
      'created_at',
    ),
  },
  {
    table: 'deposits',
    entity: 'deposit',
    noun: 'deposit',
    clientOf: '(SELECT client_id FROM treatment_plans WHERE id = t.plan_id)',
    columns: cols(
      'id',
      'plan_id',
      'session_number',
      'purpose',
      'amount_minor',
      'currency',
      'status',
      'paid_minor',
      'paid_at',
      'method',
      'receipt',
      'note',
      'override_reason',
      'applied_session_id',
      'status_reason',
      'status_changed_at',
      'status_changed_by',
    ),
    // A payment's entry records the payment (its amount and day), and the deposit's new total.
    actions: { payment: (after) => (after ? { paidMinor: after.paidMinor, method: after.method, receipt: after.receipt } : null) },
  },
  {
    table: 'payments',
    entity: 'payment',
    noun: 'payment',
    clientOf: viaPlan,
    columns: cols(
      'id',
      'plan_id',
      'kind',
      'amount_minor',
      'currency',
      'method',
      'reference',
      'reason',
      'corrects_id',
      'taken_by',
      'taken_at',
    ),
  },
  {
    table: 'receipts',
    entity: 'receipt',
    noun: 'receipt',
    clientOf: '(SELECT client_id FROM treatment_plans WHERE id = (SELECT plan_id FROM payments WHERE id = t.payment_id))',
    columns: [...cols('id', 'number', 'kind', 'payment_id', 'issued_at', 'issued_by'), c('content', 'json')],
  },
  {
    table: 'staff',
    entity: 'staff',
    noun: 'staff member',
    clientOf: null,
    columns: [
      ...cols('id', 'name', 'role', 'locale'),
      c('active', 'bool'),
      // The mark of someone imported, who chooses a PIN at first sign-in, is no PIN.
      { sql: `(t.pin_hash IS NOT NULL AND t.pin_hash <> '${PIN_AT_FIRST_SIGN_IN}')`, key: 'hasPin', kind: 'bool', name: 'pin_hash' },
    ],
    // Setting a PIN is audited without what it is.
    actions: { set_pin: () => ({ hasPin: true }) },
  },
  {
    table: 'practitioner_hours',
    entity: 'practitioner_hours',
    noun: 'opening hours',
    clientOf: null,
    columns: [...cols('id', 'staff_id'), c('week', 'json')],
  },
  {
    table: 'rooms',
    entity: 'room',
    noun: 'room',
    clientOf: null,
    columns: [...cols('id', 'name'), c('active', 'bool'), ...cols('display_order')],
  },
  {
    table: 'blocked_times',
    entity: 'blocked_time',
    noun: 'blocked time',
    clientOf: null,
    columns: cols('id', 'staff_id', 'starts_at', 'ends_at', 'reason', 'removed_at', 'created_by', 'created_at'),
  },
  {
    table: 'contact_ticks',
    entity: 'contact_tick',
    noun: 'contacted tick',
    clientOf: 't.client_id',
    columns: cols('id', 'day', 'item_key', 'client_id', 'contacted_by', 'contacted_at', 'removed_at'),
  },
  {
    table: 'pigments',
    entity: 'pigment',
    noun: 'pigment',
    clientOf: null,
    columns: [...cols('id', 'brand', 'shade', 'darkness'), c('active', 'bool')],
  },
  {
    table: 'pigment_batches',
    entity: 'pigment_batch',
    noun: 'pigment batch',
    clientOf: null,
    columns: cols('id', 'pigment_id', 'batch_number', 'expires_on', 'opened_on', 'in_stock'),
  },
  {
    table: 'aftercare_templates',
    entity: 'aftercare_template',
    noun: 'aftercare template',
    clientOf: null,
    columns: [
      ...cols('id', 'key', 'version', 'name', 'session_kind'),
      c('rules', 'json'),
      c('advice', 'json'),
      ...cols('created_at', 'created_by'),
    ],
  },
  {
    table: 'aftercare_prints',
    entity: 'aftercare_print',
    noun: 'aftercare print',
    clientOf: viaSession,
    columns: cols('id', 'session_id', 'template_id', 'printed_at', 'printed_by'),
  },
  {
    table: 'clinic_documents',
    entity: 'clinic_document',
    noun: 'clinic document',
    clientOf: null,
    columns: [...cols('id', 'kind', 'version', 'title', 'body'), c('questions', 'json'), ...cols('created_at', 'created_by')],
  },
  {
    // The drawn signatures are not compared here: the content hash covers them (db/document-verify.ts).
    table: 'signed_documents',
    entity: 'signed_document',
    noun: 'signed document',
    clientOf: 't.client_id',
    columns: [
      ...cols('id', 'client_id', 'document_id', 'kind', 'questionnaire_id'),
      c('answers', 'json'),
      ...cols(
        'method',
        'signer_name',
        'scan_sha256',
        'practitioner_id',
        'practitioner_name',
        'practitioner_role',
        'signed_at',
        'time_zone',
        'content_sha256',
        'pdf_sha256',
        'pdf_bytes',
      ),
    ],
  },
  {
    table: 'photo_consents',
    entity: 'photo_consent',
    noun: 'photo consent',
    clientOf: 't.client_id',
    columns: [...cols('id', 'client_id', 'clinical_at', 'clinical_by'), c('marketing', 'bool')],
  },
  {
    table: 'photos',
    entity: 'photo',
    noun: 'photo',
    clientOf: 't.client_id',
    columns: cols(
      'id',
      'client_id',
      'session_id',
      'angle',
      'phase',
      'hash',
      'bytes',
      'width',
      'height',
      'thumb_hash',
      'taken_at',
      'taken_by',
      'removed_at',
      'removed_by',
      'remove_reason',
    ),
  },
];

/** A session's retention notes are audited together, as the array of its notes (entity "retention", id: the session). */
export const RETENTION = {
  table: 'retention_notes',
  entity: 'retention',
  columns: cols('id', 'session_id', 'zone', 'rating', 'note'),
};

/** A deposit's payments travel in its records' `payments`, each without its timestamps. */
export const DEPOSIT_PAYMENTS = {
  table: 'deposit_payments',
  columns: cols('id', 'deposit_id', 'amount_minor', 'method', 'receipt', 'paid_at', 'recorded_by'),
};

/** The clinic's settings: one entry (entity "settings", id "clinic") holds them all after each change. */
export const SETTINGS = { table: 'settings', entity: 'settings', entityId: 'clinic' };

export const AUDITED_TABLE_NAMES = [...AUDITED_TABLES.map((t) => t.table), RETENTION.table, DEPOSIT_PAYMENTS.table, SETTINGS.table];

/** A stored value as an entry's `after` holds it. */
export function decode(value: unknown, kind: ColumnKind | undefined): unknown {
  if (kind === 'bool') return value === null ? null : Number(value) === 1;
  if (kind === 'json') {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

export function selectList(columns: AuditedColumn[]): string {
  return columns.map((col) => `${col.sql} AS "${col.key}"`).join(', ');
}

/** A row read with selectList(), decoded into the shape of an entry's `after`. */
export function imageOf(row: Record<string, unknown>, columns: AuditedColumn[]): Record<string, unknown> {
  const image: Record<string, unknown> = {};
  for (const col of columns) image[col.key] = decode(row[col.key], col.kind);
  return image;
}
