// The whole client chart as Drizzle tables. Generate migrations with `npm run db:generate`;
// never edit a generated migration. Instants are ISO-8601 UTC text, calendar dates are
// 'YYYY-MM-DD' text, money is an integer in minor units beside its ISO currency code. Enumerated
// columns take their values from core/vocabulary.ts (Drizzle types them; SQLite stores plain text).
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  AFTERCARE_SESSION_KINDS,
  CASE_TYPES,
  CONTRAINDICATION_TIERS,
  DEPOSIT_STATUSES,
  HAIR_LOSS_SCALES,
  HAIRLINE_REQUEST_KINDS,
  HAIRLINE_REQUEST_STATUSES,
  PAYMENT_METHODS,
  PLAN_KINDS,
  PLAN_STATUSES,
  RETENTION_RATINGS,
  SESSION_STATUSES,
  SHADE_CHANGE_REASONS,
  STAFF_ROLES,
} from '../core/vocabulary';
import { LEDGER_KINDS, RECEIPT_KINDS } from '../core/plan-balance';
import { CONSENT_KINDS, DOCUMENT_KINDS, type Answers, type Question } from '../core/clinic-documents';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
const timestamps = {
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
};
/** Bumped on every update; a save carrying an older version is told the record changed. */
const version = { version: integer('version').notNull().default(1) };

export const staff = sqliteTable('staff', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  role: text('role', { enum: STAFF_ROLES }).notNull(),
  pinHash: text('pin_hash'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** Their own language and region for the app (de-DE…); null: the clinic's setting. */
  locale: text('locale'),
  ...timestamps,
  ...version,
});

/**
 * The clinic's treatment rooms or chairs, for the book's columns per room. Never deleted (the trail
 * vouches for every row, and a room in use is held by its sessions): made inactive instead.
 */
export const rooms = sqliteTable(
  'rooms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Left to right in the book; the owner reorders them in Settings. */
    displayOrder: integer('display_order').notNull().default(0),
    ...timestamps,
    ...version,
  },
  (t) => [uniqueIndex('rooms_name_uq').on(sql`${t.name} COLLATE NOCASE`)],
);

/**
 * Wrong PINs in a row per staff member and the lockout they earned: in the database, so a restart,
 * another window or another process cannot reset them.
 */
export const signInAttempts = sqliteTable('sign_in_attempts', {
  staffId: integer('staff_id')
    .primaryKey()
    .references(() => staff.id, { onDelete: 'cascade' }),
  failures: integer('failures').notNull().default(0),
  /** ms since the epoch before which no PIN is tried; 0 when not locked out. */
  lockedUntil: integer('locked_until').notNull().default(0),
  updatedAt: text('updated_at').notNull().default(now),
});

type ClientColumns = {
  searchLast: AnySQLiteColumn;
  searchFirst: AnySQLiteColumn;
  searchOther: AnySQLiteColumn;
  email: AnySQLiteColumn;
  phoneDigits: AnySQLiteColumn;
};

/** The search columns a covering index holds after its own leading ones (all but its own key). */
function searchColumns(t: ClientColumns, own: 'order' | 'last' | 'first' | 'other' | 'email' | 'phone') {
  const all = {
    last: t.searchLast,
    first: t.searchFirst,
    other: t.searchOther,
    email: sql`${t.email} COLLATE NOCASE`,
    phone: t.phoneDigits,
  };
  return Object.entries(all)
    .filter(([name]) => name !== own)
    .map(([, column]) => column);
}

export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    phone: text('phone'),
    /** The phone as searched: national number, or calling code and number abroad (core/phone.ts). */
    phoneDigits: text('phone_digits'),
    email: text('email'),
    dateOfBirth: text('date_of_birth'),
    hairLossScale: text('hair_loss_scale', { enum: HAIR_LOSS_SCALES }),
    hairLossStage: text('hair_loss_stage'),
    fitzpatrick: integer('fitzpatrick'),
    caseType: text('case_type', { enum: CASE_TYPES }).notNull().default('hair_loss'),
    notes: text('notes').notNull().default(''),
    archivedAt: text('archived_at'),
    // Derived from the names for search and sort (core/client-keys.ts, written by db/client-keys.ts):
    // folded names matched by prefix, and collation keys in the clinic's locale for the name order.
    searchFirst: text('search_first').notNull().default(''),
    searchLast: text('search_last').notNull().default(''),
    searchOther: text('search_other'),
    sortFirst: text('sort_first').notNull().default(''),
    sortLast: text('sort_last').notNull().default(''),
    /** Set when the client's record was erased: the row stays, anonymised, for the money records it holds. */
    erasedAt: text('erased_at'),
    ...timestamps,
    ...version,
  },
  (t) => [
    // Search as you type (db/queries/client-search.ts): each index is a prefix range of one search
    // key (or the email, or the phone), or the walk in name order, and also covers every column the
    // filters and the name order need, so a search never reads the table.
    index('clients_name_order_idx').on(t.sortLast, t.sortFirst, t.id, t.archivedAt, ...searchColumns(t, 'order')),
    index('clients_search_last_idx').on(t.searchLast, t.sortLast, t.sortFirst, t.id, t.archivedAt, ...searchColumns(t, 'last')),
    index('clients_search_first_idx').on(t.searchFirst, t.sortLast, t.sortFirst, t.id, t.archivedAt, ...searchColumns(t, 'first')),
    // Most surnames are one word: only the clients with another word are in this one.
    index('clients_search_other_idx')
      .on(t.searchOther, t.sortLast, t.sortFirst, t.id, t.archivedAt, ...searchColumns(t, 'other'))
      .where(sql`${t.searchOther} IS NOT NULL`),
    index('clients_email_idx').on(
      sql`${t.email} COLLATE NOCASE`,
      t.sortLast,
      t.sortFirst,
      t.id,
      t.archivedAt,
      ...searchColumns(t, 'email'),
    ),
    index('clients_phone_digits_idx').on(t.phoneDigits, t.sortLast, t.sortFirst, t.id, t.archivedAt, ...searchColumns(t, 'phone')),
    /** The few archived clients: active = count(*) − this, without reading every row. */
    index('clients_archived_idx')
      .on(t.archivedAt)
      .where(sql`${t.archivedAt} IS NOT NULL`),
    // The owner's reports count new clients in a period.
    index('clients_created_at_idx').on(t.createdAt),
    check('clients_fitzpatrick_range', sql`${t.fitzpatrick} IS NULL OR ${t.fitzpatrick} BETWEEN 1 AND 6`),
  ],
);

/** The medical questionnaire and consent, completed once at the first session. */
export const intakes = sqliteTable('intakes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  clientId: integer('client_id')
    .notNull()
    .unique()
    .references(() => clients.id, { onDelete: 'restrict' }),
  /** JSON object: question key → { answer: boolean, detail: string } (yes/no) or { value: string }. */
  answers: text('answers', { mode: 'json' }).notNull().$type<Answers>(),
  /** The questionnaire version the answers were given to (clinic_documents); null only before it existed. */
  questionnaireId: integer('questionnaire_id').references(() => clinicDocuments.id),
  completedAt: text('completed_at'),
  completedBy: integer('completed_by').references(() => staff.id),
  consentGivenAt: text('consent_given_at'),
  consentWitnessedBy: integer('consent_witnessed_by').references(() => staff.id),
  ...timestamps,
  ...version,
});

export const contraindications = sqliteTable(
  'contraindications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    condition: text('condition').notNull(),
    tier: text('tier', { enum: CONTRAINDICATION_TIERS }).notNull(),
    /** For a temporary contraindication: the first day it no longer applies. */
    until: text('until'),
    doctorLetterReceivedAt: text('doctor_letter_received_at'),
    note: text('note').notNull().default(''),
    resolvedAt: text('resolved_at'),
    ...timestamps,
    ...version,
  },
  (t) => [index('contraindications_client_idx').on(t.clientId)],
);

export const treatmentPlans = sqliteTable(
  'treatment_plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: PLAN_KINDS }).notNull().default('course'),
    quotedSessions: integer('quoted_sessions').notNull(),
    priceMinor: integer('price_minor').notNull(),
    currency: text('currency').notNull(),
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('quoted'),
    /** Touch-up plans: when the client should be invited back. */
    recallOn: text('recall_on'),
    notes: text('notes').notNull().default(''),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('plans_client_idx').on(t.clientId),
    // The reception board reads open plans (quoted, active) out of a decade of finished ones.
    index('plans_status_idx').on(t.status, t.kind),
    // …and the plans completed lately, whose last session stays on the board for a while.
    index('plans_status_updated_idx').on(t.status, t.updatedAt),
    check(
      'plans_quoted_sessions_min',
      sql`(${t.kind} = 'course' AND ${t.quotedSessions} >= 2) OR (${t.kind} = 'touch_up' AND ${t.quotedSessions} >= 1)`,
    ),
    check('plans_price_nonnegative', sql`${t.priceMinor} >= 0`),
  ],
);

export const sessions = sqliteTable(
  'sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    planId: integer('plan_id').references(() => treatmentPlans.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: PLAN_KINDS }).notNull().default('course'),
    /** 1, 2, 3… within a course; touch-ups are numbered within their own plan. */
    number: integer('number').notNull(),
    status: text('status', { enum: SESSION_STATUSES }).notNull().default('booked'),
    bookedFor: text('booked_for'),
    /** How long the chair is taken, from bookedFor (defaults per kind: clinic settings). */
    lengthMinutes: integer('length_minutes').notNull().default(180),
    performedAt: text('performed_at'),
    practitionerId: integer('practitioner_id').references(() => staff.id),
    /** The room or chair booked; null: none chosen (every session booked before rooms existed). */
    roomId: integer('room_id').references(() => rooms.id, { onDelete: 'restrict' }),
    prepDone: integer('prep_done', { mode: 'boolean' }).notNull().default(false),
    prepNotes: text('prep_notes').notNull().default(''),
    assessmentNotes: text('assessment_notes').notNull().default(''),
    pigmentBrand: text('pigment_brand'),
    pigmentShade: text('pigment_shade'),
    dilution: text('dilution'),
    pigmentBatch: text('pigment_batch'),
    pigmentExpiry: text('pigment_expiry'),
    needle: text('needle'),
    /** JSON array of zone keys treated. */
    zones: text('zones', { mode: 'json' })
      .notNull()
      .$type<string[]>()
      .default(sql`'[]'`),
    densityNotes: text('density_notes').notNull().default(''),
    blendingNotes: text('blending_notes').notNull().default(''),
    notes: text('notes').notNull().default(''),
    outsideWindowReason: text('outside_window_reason'),
    depositOverrideReason: text('deposit_override_reason'),
    contraindicationOverrideReason: text('contraindication_override_reason'),
    cancelReason: text('cancel_reason'),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('sessions_client_idx').on(t.clientId, t.number),
    index('sessions_plan_idx').on(t.planId),
    index('sessions_booked_for_idx').on(t.bookedFor),
    // The owner's reports count the sessions performed, missed and cancelled in a period (covering).
    index('sessions_performed_at_idx').on(t.performedAt, t.status),
    index('sessions_booked_status_idx').on(t.bookedFor, t.status),
    // The appointment book and the clash check read one practitioner's bookings over a span of time.
    index('sessions_practitioner_booked_idx').on(t.practitionerId, t.bookedFor),
    // The room clash check reads one room's bookings over a span of time.
    index('sessions_room_booked_idx').on(t.roomId, t.bookedFor),
    // A recall: every session that used a batch (api/handlers/batches.ts), never a scan of every session.
    index('sessions_pigment_batch_idx')
      .on(sql`${t.pigmentBatch} COLLATE NOCASE`)
      .where(sql`${t.pigmentBatch} IS NOT NULL`),
    // The retention breakdown walks each client's performed sessions in order (the previous session's pigment).
    index('sessions_performed_idx')
      .on(t.clientId, t.performedAt)
      .where(sql`${t.status} = 'performed'`),
    check('sessions_number_positive', sql`${t.number} >= 1`),
  ],
);

/**
 * A practitioner's weekly opening hours: one row per practitioner, `week` the days they work, each
 * { weekday: 1 (Monday)..7, opens: 'HH:MM', closes: 'HH:MM' }. A weekday not listed is a day off; no
 * row at all means hours were never set, and nothing is warned.
 */
export const practitionerHours = sqliteTable('practitioner_hours', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  staffId: integer('staff_id')
    .notNull()
    .unique()
    .references(() => staff.id, { onDelete: 'restrict' }),
  week: text('week', { mode: 'json' })
    .notNull()
    .$type<{ weekday: number; opens: string; closes: string }[]>()
    .default(sql`'[]'`),
  ...timestamps,
  ...version,
});

/** Time a practitioner cannot be booked (a break, training, a day off), with why. Removed, never deleted. */
export const blockedTimes = sqliteTable(
  'blocked_times',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'restrict' }),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    reason: text('reason').notNull(),
    removedAt: text('removed_at'),
    createdBy: integer('created_by').references(() => staff.id),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('blocked_times_staff_idx').on(t.staffId, t.startsAt),
    check('blocked_times_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * A "contacted" tick on the to-contact list: who rang or messaged the client about one item
 * (`item_key`, such as `booking:12`) of one day's list. Unticked by setting `removed_at`, never deleted.
 */
export const contactTicks = sqliteTable(
  'contact_ticks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    day: text('day').notNull(),
    itemKey: text('item_key').notNull(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    contactedBy: integer('contacted_by').references(() => staff.id),
    contactedAt: text('contacted_at').notNull(),
    removedAt: text('removed_at'),
    ...timestamps,
    ...version,
  },
  (t) => [uniqueIndex('contact_ticks_day_item_idx').on(t.day, t.itemKey)],
);

/** Retention of the previous session's pigment, assessed at `sessionId`, per zone. */
export const retentionNotes = sqliteTable(
  'retention_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'restrict' }),
    zone: text('zone').notNull(),
    rating: text('rating', { enum: RETENTION_RATINGS }).notNull(),
    note: text('note').notNull().default(''),
    ...timestamps,
  },
  (t) => [uniqueIndex('retention_session_zone_uq').on(t.sessionId, t.zone)],
);

export const shadeChanges = sqliteTable(
  'shade_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'restrict' }),
    fromShade: text('from_shade'),
    toShade: text('to_shade'),
    fromDilution: text('from_dilution'),
    toDilution: text('to_dilution'),
    reason: text('reason', { enum: SHADE_CHANGE_REASONS }).notNull(),
    note: text('note').notNull().default(''),
    ...timestamps,
  },
  (t) => [index('shade_changes_session_idx').on(t.sessionId)],
);

export const hairlineRequests = sqliteTable(
  'hairline_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    raisedAtSessionId: integer('raised_at_session_id').references(() => sessions.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: HAIRLINE_REQUEST_KINDS }).notNull(),
    request: text('request').notNull(),
    status: text('status', { enum: HAIRLINE_REQUEST_STATUSES }).notNull().default('open'),
    doneAtSessionId: integer('done_at_session_id').references(() => sessions.id, { onDelete: 'restrict' }),
    resolutionNote: text('resolution_note').notNull().default(''),
    ...timestamps,
    ...version,
  },
  (t) => [index('hairline_requests_client_idx').on(t.clientId)],
);

export const deposits = sqliteTable(
  'deposits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => treatmentPlans.id, { onDelete: 'restrict' }),
    /** The session number in the plan that this deposit secures. */
    sessionNumber: integer('session_number').notNull(),
    purpose: text('purpose').notNull().default('booking'),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    status: text('status', { enum: DEPOSIT_STATUSES }).notNull().default('required'),
    /** Sum of payments recorded; the deposit is paid once this reaches amountMinor. */
    paidMinor: integer('paid_minor').notNull().default(0),
    paidAt: text('paid_at'),
    method: text('method'),
    receipt: text('receipt'),
    note: text('note').notNull().default(''),
    overrideReason: text('override_reason'),
    appliedSessionId: integer('applied_session_id').references(() => sessions.id, { onDelete: 'restrict' }),
    statusReason: text('status_reason'),
    statusChangedAt: text('status_changed_at'),
    statusChangedBy: integer('status_changed_by').references(() => staff.id),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('deposits_plan_idx').on(t.planId),
    index('deposits_status_idx').on(t.status),
    // The owner's reports: deposits applied, refunded or forfeited within a period.
    index('deposits_status_changed_idx').on(t.status, t.statusChangedAt),
    check('deposits_amount_positive', sql`${t.amountMinor} > 0`),
    check('deposits_paid_range', sql`${t.paidMinor} >= 0`),
  ],
);

/** Each payment towards a deposit; partial payments leave the rest outstanding. */
export const depositPayments = sqliteTable(
  'deposit_payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    depositId: integer('deposit_id')
      .notNull()
      .references(() => deposits.id, { onDelete: 'restrict' }),
    amountMinor: integer('amount_minor').notNull(),
    method: text('method', { enum: PAYMENT_METHODS }).notNull(),
    receipt: text('receipt').notNull(),
    paidAt: text('paid_at').notNull(),
    recordedBy: integer('recorded_by').references(() => staff.id),
    ...timestamps,
  },
  (t) => [
    index('deposit_payments_deposit_idx').on(t.depositId),
    index('deposit_payments_paid_at_idx').on(t.paidAt, t.method, t.amountMinor, t.depositId),
    check('payments_positive', sql`${t.amountMinor} > 0`),
  ],
);

/**
 * What was paid towards a plan, refunded or taken off it: append-only (triggers refuse UPDATE and
 * DELETE). A correction is a new row (`corrects_id`) with a reason, never an edit.
 */
export const payments = sqliteTable(
  'payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => treatmentPlans.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: LEDGER_KINDS }).notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    /** How the money moved; null for a discount. */
    method: text('method', { enum: PAYMENT_METHODS }),
    reference: text('reference'),
    reason: text('reason'),
    correctsId: integer('corrects_id'),
    takenBy: integer('taken_by').references(() => staff.id),
    takenAt: text('taken_at').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    index('payments_plan_idx').on(t.planId),
    // The owner's reports read a period of payments out of ten years of them: covering, so no row is read.
    index('payments_taken_at_idx').on(t.takenAt, t.kind, t.currency, t.method, t.amountMinor),
    check('payments_amount_positive', sql`${t.amountMinor} > 0`),
  ],
);

/**
 * Receipts and credit notes, numbered 1, 2, 3… per clinic without gaps: the number is allocated in the
 * IMMEDIATE transaction that writes the payment. `content` is what was printed; never changed.
 */
export const receipts = sqliteTable(
  'receipts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    number: integer('number').notNull(),
    kind: text('kind', { enum: RECEIPT_KINDS }).notNull(),
    paymentId: integer('payment_id')
      .notNull()
      .references(() => payments.id, { onDelete: 'restrict' }),
    issuedAt: text('issued_at').notNull(),
    issuedBy: integer('issued_by').references(() => staff.id),
    content: text('content', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex('receipts_number_uq').on(t.number), uniqueIndex('receipts_payment_uq').on(t.paymentId)],
);

/** The clinic's pigment list: what the session form offers. */
export const pigments = sqliteTable(
  'pigments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    brand: text('brand').notNull(),
    shade: text('shade').notNull(),
    /** Darkness from light (1) to dark; lets the form suggest "one step darker". */
    darkness: integer('darkness').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    ...timestamps,
  },
  (t) => [uniqueIndex('pigments_brand_shade_uq').on(t.brand, t.shade)],
);

/**
 * Each bottle batch of a pigment in stock: its batch (lot) number as printed on the bottle, expiry,
 * the day it was opened and how many bottles of it are left. The session keeps its own copy of the
 * batch number and expiry as charted.
 */
export const pigmentBatches = sqliteTable(
  'pigment_batches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pigmentId: integer('pigment_id')
      .notNull()
      .references(() => pigments.id, { onDelete: 'restrict' }),
    batchNumber: text('batch_number').notNull(),
    expiresOn: text('expires_on').notNull(),
    openedOn: text('opened_on'),
    inStock: integer('in_stock').notNull().default(1),
    ...timestamps,
    ...version,
  },
  (t) => [
    uniqueIndex('pigment_batches_pigment_number_uq').on(t.pigmentId, sql`${t.batchNumber} COLLATE NOCASE`),
    index('pigment_batches_expires_idx').on(t.expiresOn),
    check('pigment_batches_in_stock_range', sql`${t.inStock} >= 0`),
  ],
);

/**
 * The retention breakdown's counts, kept as charts change (api/retention-tallies.ts) so ten years
 * are summed from a few thousand rows rather than counted from every session: cases (a zone of a
 * session, rated at the client's next one) per month the pigment went in, practitioner (0: none),
 * dimension, value and outcome. Derived data: rebuilt whole by rebuildRetentionTallies().
 */
export const retentionTallies = sqliteTable(
  'retention_tallies',
  {
    month: text('month').notNull(),
    practitionerId: integer('practitioner_id').notNull(),
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    rating: text('rating', { enum: RETENTION_RATINGS }).notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.practitionerId, t.dimension, t.key, t.rating] })],
);

/** "Clients like this one": cases per Fitzpatrick type and zone, by dilution and by shade. Derived, as above. */
export const retentionSimilarTallies = sqliteTable(
  'retention_similar_tallies',
  {
    fitzpatrick: integer('fitzpatrick').notNull(),
    zone: text('zone').notNull(),
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    rating: text('rating', { enum: RETENTION_RATINGS }).notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fitzpatrick, t.zone, t.dimension, t.key, t.rating] })],
);

/** Versioned: an edit inserts a new row with the same `key` and the next `version`. */
export const aftercareTemplates = sqliteTable(
  'aftercare_templates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    sessionKind: text('session_kind', { enum: AFTERCARE_SESSION_KINDS }).notNull().default('any'),
    /** JSON: [{ fromDay, toDay, instruction }] with day 0 = the session day. */
    rules: text('rules', { mode: 'json' }).notNull().$type<{ fromDay: number; toDay: number | null; instruction: string }[]>(),
    /** JSON: standing long-term advice, one string per line item. */
    advice: text('advice', { mode: 'json' }).notNull().$type<string[]>(),
    createdBy: integer('created_by').references(() => staff.id),
    ...timestamps,
  },
  (t) => [uniqueIndex('aftercare_templates_key_version_uq').on(t.key, t.version)],
);

export const aftercarePrints = sqliteTable(
  'aftercare_prints',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'restrict' }),
    templateId: integer('template_id')
      .notNull()
      .references(() => aftercareTemplates.id, { onDelete: 'restrict' }),
    printedAt: text('printed_at').notNull(),
    printedBy: integer('printed_by').references(() => staff.id),
    ...timestamps,
  },
  (t) => [index('aftercare_prints_session_idx').on(t.sessionId)],
);

/** Clinic settings as key → JSON value; the API validates each key's shape. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  ...timestamps,
  ...version,
});

/** Append-only (triggers refuse UPDATE and DELETE) and hash-chained. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    staffId: integer('staff_id'),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    before: text('before'),
    after: text('after'),
    reason: text('reason'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /**
     * The chain's content rule (db/audit-chain.ts): a random salt and SHA-256(salt, before, after,
     * reason). The keyed hash covers content_hash, so an erasure can clear the contents and the salt
     * (redacted_by: the erasure's entry) while the chain still verifies. Null on entries of an older
     * chain until it is re-chained at open.
     */
    salt: text('salt'),
    contentHash: text('content_hash'),
    redactedBy: integer('redacted_by'),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId)],
);

/**
 * Work in progress on a form (a session being charted, the intake), kept as the practitioner types so a
 * reload, crash or power cut loses nothing. Not part of the chart: no audit, replaced on every save.
 */
export const drafts = sqliteTable(
  'drafts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    /** Which form: 'session' (new), 'session:<id>' (correcting one), 'intake'. */
    form: text('form').notNull(),
    /** The form's values as JSON. */
    data: text('data', { mode: 'json' }).notNull(),
    /** The version of the record the draft started from, to detect someone else's save. */
    baseVersion: integer('base_version'),
    savedAt: text('saved_at').notNull(),
  },
  (t) => [uniqueIndex('drafts_client_form_idx').on(t.clientId, t.form)],
);

/**
 * The clinic network (network/): each workstation paired with this hub. Its device credential is
 * stored only as a SHA-256 hash (the credential is 256 random bits, so a fast hash is enough). A
 * revoked workstation keeps its row, so the audit trail and the list still name it.
 */
export const workstations = sqliteTable('workstations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  credentialHash: text('credential_hash').notNull().unique(),
  createdAt: text('created_at').notNull().default(now),
  /** The last request it made (written at most once a minute), or null. */
  lastSeenAt: text('last_seen_at'),
  revokedAt: text('revoked_at'),
  revokedBy: integer('revoked_by').references(() => staff.id),
});

/**
 * One-time pairing codes: valid for ten minutes, used once. Only a hash of what the workstation
 * sends is stored (api/pairing-code.ts: scrypt of the code bound to the hub’s certificate).
 */
export const pairingCodes = sqliteTable('pairing_codes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  codeHash: text('code_hash').notNull().unique(),
  createdAt: text('created_at').notNull(),
  expiresAt: text('expires_at').notNull(),
  createdBy: integer('created_by').references(() => staff.id),
  usedAt: text('used_at'),
  workstationId: integer('workstation_id').references(() => workstations.id),
});

/**
 * Each change applied at most once: a change call that carries a unique key (a workstation's outbox
 * sends one with every change) records key → answer in the change's own transaction, so a replay
 * after a lost reply gets the first answer and applies nothing. Pruned after a retention window
 * (api/change-keys.ts). Not part of the chart: the audit entry of the change is the record.
 */
export const changeKeys = sqliteTable(
  'change_keys',
  {
    key: text('key').primaryKey(),
    channel: text('channel').notNull(),
    /** SHA-256 of the channel and the parsed input: the same key with another input is refused. */
    inputHash: text('input_hash').notNull(),
    /** The change's answer (JSON), returned again to a replay. */
    result: text('result').notNull(),
    /** Who made the change, and when they saved it (differs from received_at for an offline change). */
    staffId: integer('staff_id'),
    savedAt: text('saved_at'),
    receivedAt: text('received_at').notNull(),
  },
  (t) => [index('change_keys_received_idx').on(t.receivedAt)],
);

/**
 * A client's photo consent (one row per client, api/handlers/photos.ts): clinical photos may be taken
 * only once `clinical_at` is set; marketing use is a separate yes/no, off unless the client agreed.
 */
export const photoConsents = sqliteTable('photo_consents', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  clientId: integer('client_id')
    .notNull()
    .unique()
    .references(() => clients.id, { onDelete: 'restrict' }),
  clinicalAt: text('clinical_at'),
  clinicalBy: integer('clinical_by').references(() => staff.id),
  marketing: integer('marketing', { mode: 'boolean' }).notNull().default(false),
  ...timestamps,
  ...version,
});

/**
 * A photo of a session at one of the clinic's angles. The image itself is a file beside the database
 * (db/photo-store.ts), named by the SHA-256 of its bytes after metadata was stripped and encrypted
 * with the database key; `thumb_hash` likewise names its thumbnail. A removed photo keeps its row
 * (the app never deletes chart records): its files are deleted, its hash stays here and in the trail.
 */
export const photos = sqliteTable(
  'photos',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'restrict' }),
    angle: text('angle').notNull(),
    phase: text('phase', { enum: ['before', 'after'] }).notNull(),
    hash: text('hash').notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    thumbHash: text('thumb_hash').notNull(),
    takenAt: text('taken_at').notNull(),
    takenBy: integer('taken_by').references(() => staff.id),
    removedAt: text('removed_at'),
    removedBy: integer('removed_by').references(() => staff.id),
    removeReason: text('remove_reason'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('photos_client_idx').on(t.clientId, t.sessionId), index('photos_hash_idx').on(t.hash)],
);

/**
 * The clinic's own documents (core/clinic-documents.ts): the medical questionnaire and the consent
 * texts. Versioned as aftercare templates are: a save inserts the next version of its kind, and
 * intakes and signed documents point at the exact version they used.
 */
export const clinicDocuments = sqliteTable(
  'clinic_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** JSON: the questionnaire's questions; [] for a consent text. */
    questions: text('questions', { mode: 'json' }).notNull().$type<Question[]>(),
    createdBy: integer('created_by').references(() => staff.id),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('clinic_documents_kind_version_uq').on(t.kind, t.version)],
);

/**
 * A consent document as the client signed it: never edited (a trigger refuses any change but the
 * one-time recording of its PDF); a change is a new document. `content_sha256` is the SHA-256 of the
 * canonical signed content (api/handlers/consent-content.ts), printed in the PDF's footer; the PDF
 * file itself is sealed beside the database (db/document-store.ts) under `pdf_sha256`.
 */
export const signedDocuments = sqliteTable(
  'signed_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    documentId: integer('document_id')
      .notNull()
      .references(() => clinicDocuments.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: CONSENT_KINDS }).notNull(),
    /** Treatment consent: the questionnaire version answered and the answers as signed. */
    questionnaireId: integer('questionnaire_id').references(() => clinicDocuments.id),
    answers: text('answers', { mode: 'json' }).$type<Answers>(),
    method: text('method', { enum: ['screen', 'paper'] }).notNull(),
    signerName: text('signer_name').notNull(),
    /** On screen: the drawn signature as a PNG data: URL. */
    signaturePng: text('signature_png'),
    /** On paper: the scan, sealed beside the database under this SHA-256. */
    scanSha256: text('scan_sha256'),
    practitionerId: integer('practitioner_id')
      .notNull()
      .references(() => staff.id),
    practitionerName: text('practitioner_name').notNull(),
    practitionerRole: text('practitioner_role', { enum: ['countersigned', 'witness'] }).notNull(),
    practitionerSignaturePng: text('practitioner_signature_png'),
    signedAt: text('signed_at').notNull(),
    timeZone: text('time_zone').notNull(),
    contentSha256: text('content_sha256').notNull(),
    pdfSha256: text('pdf_sha256'),
    pdfBytes: integer('pdf_bytes'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('signed_documents_client_idx').on(t.clientId, t.kind)],
);
