// The demo clinic generator: a decade of an SMP clinic, written straight into a migrated Stipple
// database. Deterministic: the same seed and `today` give byte-for-byte the same charts. Follows the
// clinic's rules (two or more quoted sessions, session 2 a week or more after 1, session 3 three to
// four weeks after 2, deposits for sessions 3+ through their whole lifecycle, retention assessed
// zone by zone, shade changes with a reason, touch-ups years later) so the app shows a living clinic.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { AUDIT_GENESIS, auditSecretOf, chainHashOf, contentHashOf, type AuditSecret } from '../db/audit-chain';
import { recordImages } from '../db/verify-rows';
import { storedKeyContext } from '../db/client-keys';
import { clientKeys, type KeyContext } from '../core/client-keys';
import { searchKey } from '../core/search-key';
import { rebuildRetentionTallies } from '../db/queries/retention-breakdown';
import type { DepositStatus, RetentionRating, Zone } from '../core/vocabulary';
import { demoStatements, type DemoStatements } from './demo-statements';
import { prepareDemoClinic, type DemoClinic } from './demo-setup';
import {
  CONTRAINDICATIONS,
  DILUTIONS,
  EMAIL_DOMAINS,
  FEMALE_FIRST,
  HAIRLINE_REQUESTS,
  INTAKE_QUESTIONS,
  LAST_NAMES,
  MALE_FIRST,
  NEEDLES,
  PIGMENTS,
} from './demo-names';
import { drawRetention, type RetentionFactors } from './demo-retention-model';
import { generateDemoPayments } from './demo-payments';
import { seededRandom, type Random } from './random';

export interface DemoOptions {
  clients: number;
  /** Same seed (and today) → same clinic. Default 7. */
  seed?: number;
  /** 'YYYY-MM-DD' the history ends at; default: today (UTC). */
  today?: string;
  /** Clients per transaction. */
  batchSize?: number;
  onProgress?: (written: number) => void;
  /**
   * Write an audit entry holding each record, as the app would have, so the trail vouches for every
   * row (verify compares them). Default true; tests that only read the charts leave it out (it adds
   * an entry per record, about as much work again as the charts themselves).
   */
  auditRecords?: boolean;
}

export interface DemoSummary {
  seed: number;
  today: string;
  clients: number;
  sessions: number;
  deposits: Record<DepositStatus, number>;
  ms: number;
}

const DAY_MS = 86_400_000;
const HISTORY_DAYS = 3650;
const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const dateOf = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
const at = (d: number, hour: number, minute = 0) => new Date(d * DAY_MS + (hour * 60 + minute) * 60_000).toISOString();

const PREP = [
  'Clipped to 0.5 mm, scalp cleansed and degreased.',
  'Shaved with a foil shaver, scalp cleansed.',
  'Clipped to grade 0, cleansed; skin calm.',
];
const ASSESS_FIRST = [
  'Good skin, mild oiliness at the crown.',
  'Dry scalp, moisturised before starting.',
  'Some redness at the temples; monitored.',
];
const ASSESS_LATER = [
  'Healed well, no scabbing left.',
  'Healed well; some dots settled lighter than others.',
  'Slight blur at the hairline, kept needle depth shallow.',
];
const DENSITY = [
  'Filled gaps left as first deposits settled.',
  'Built density evenly across the mid-scalp.',
  'Added density behind the hairline.',
];
const BLENDING = [
  'Blended into the sides and back.',
  'Softened the transition into existing hair at the temples.',
  'Feathered the crown into the donor area.',
];
const CLIENT_NOTES = [
  'Prefers morning appointments.',
  'Travels from out of town; book longer slots.',
  'Nervous about needles; talk through each step.',
  'Works outdoors: stress sun protection.',
];

/** first.last<n>@domain in plain letters (accents folded); a name in another script as client<i>. */
function demoEmail(first: string, last: string, n: number, domain: string, i: number): string {
  const local = `${searchKey(first)}.${searchKey(last)}`.replace(/[^a-z0-9.]/g, '');
  return `${/^[a-z0-9]+\.[a-z0-9]+$/.test(local) ? local : `client${i}`}${n}@${domain}`;
}

export function generateDemoClinic(sqlite: Database.Database, options: DemoOptions): DemoSummary {
  const started = performance.now();
  const seed = options.seed ?? 7;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const rnd = seededRandom(seed);
  const st = demoStatements(sqlite);
  const clinic = prepareDemoClinic(sqlite, at(day(today) - HISTORY_DAYS - 60, 9));
  const writer = new ClientWriter(
    rnd,
    st,
    clinic,
    day(today),
    options.clients,
    (st.lastAuditHash.get() as string | undefined) ?? AUDIT_GENESIS,
    auditSecretOf(sqlite)!,
  );
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) writer.write(i);
  });
  const size = options.batchSize ?? 5000;
  for (let from = 0; from < options.clients; from += size) {
    batch(from, Math.min(options.clients, from + size));
    options.onProgress?.(Math.min(options.clients, from + size));
  }
  generateDemoPayments(sqlite, seed); // bench/demo-payments.ts
  // Every record the generator wrote gets the entry the app would have written, holding the whole
  // record, so the demo's trail vouches for its rows (verify compares them).
  if (options.auditRecords !== false) {
    sqlite.transaction(() => {
      for (const r of recordImages(sqlite)) writer.audit(at(day(today), 7), r.entity, r.entityId, 'import', r.after);
    })();
  }
  // The charts were written straight into the tables: count the retention breakdown's cases once.
  rebuildRetentionTallies(sqlite);
  return { seed, today, clients: options.clients, sessions: writer.sessions, deposits: writer.deposits, ms: performance.now() - started };
}

interface PerformedSession {
  id: number;
  day: number;
  zones: Zone[];
  brand: string;
  shade: string;
  dilution: string;
}

class ClientWriter {
  sessions = 0;
  deposits: Record<DepositStatus, number> = { required: 0, paid: 0, applied: 0, refunded: 0, forfeited: 0, waived: 0 };
  private receipt = 1000;
  private keyContext: KeyContext;

  constructor(
    private rnd: Random,
    private st: DemoStatements,
    private clinic: DemoClinic,
    private today: number,
    private total: number,
    private prevHash: string,
    private secret: AuditSecret,
  ) {
    this.keyContext = storedKeyContext(st.client.database);
  }

  write(i: number): void {
    const { rnd, st, today } = this;
    // Clients arrive evenly over ten years; the newest start up to six weeks from now.
    const start = today - HISTORY_DAYS + Math.floor(((i + rnd.next()) / this.total) * (HISTORY_DAYS + 42));
    const createdDay = start - rnd.int(3, 30);
    const createdAt = at(createdDay, rnd.int(9, 17), rnd.int(0, 59));
    const female = rnd.chance(0.14);
    const first = female ? rnd.pick(FEMALE_FIRST) : rnd.pick(MALE_FIRST);
    const last = rnd.pick(LAST_NAMES);
    const phone = rnd.chance(0.95) ? `07${rnd.int(100, 999)} ${rnd.int(100000, 999999)}` : null;
    const email = rnd.chance(0.8) ? demoEmail(first, last, rnd.int(1, 99), rnd.pick(EMAIL_DOMAINS), i) : null;
    const caseType = female
      ? rnd.weighted([
          ['diffuse_thinning', 50],
          ['alopecia', 25],
          ['hair_loss', 25],
        ] as const)
      : rnd.weighted([
          ['hair_loss', 76],
          ['scar_fut', 7],
          ['scar_fue', 7],
          ['diffuse_thinning', 4],
          ['alopecia', 4],
          ['other', 2],
        ] as const);
    const scale = caseType === 'other' ? null : female ? 'ludwig' : 'norwood';
    const stage =
      scale === 'ludwig' ? rnd.pick(['I', 'II', 'III']) : scale ? rnd.pick(['2', '3', '3V', '4', '4A', '5', '5A', '6', '7']) : null;
    const zones = zonesFor(rnd, caseType, stage);
    const practitioner = rnd.pick(this.clinic.practitioners);
    // Drawn here, in the order the insert below once drew them, so the rest of the clinic is unchanged.
    const dateOfBirth = dateOf(start - rnd.int(22 * 365, 62 * 365));
    const fitzpatrick = rnd.weighted([
      [1, 5],
      [2, 20],
      [3, 30],
      [4, 25],
      [5, 12],
      [6, 8],
    ] as const);
    const keys = clientKeys(this.keyContext, { firstName: first, lastName: last, phone });
    const clientId = Number(
      st.client.run(
        first,
        last,
        phone,
        keys.phoneDigits,
        email,
        dateOfBirth,
        scale,
        stage,
        fitzpatrick,
        caseType,
        rnd.chance(0.1) ? rnd.pick(CLIENT_NOTES) : '',
        null,
        createdAt,
        createdAt,
        keys.searchFirst,
        keys.searchLast,
        keys.searchOther,
        keys.sortFirst,
        keys.sortLast,
      ).lastInsertRowid,
    );

    // The course: 2–4 quoted sessions on the clinic's windows.
    const quoted = rnd.weighted([
      [2, 35],
      [3, 55],
      [4, 10],
    ] as const);
    const days = [start];
    days.push(start + rnd.int(7, 24));
    for (let n = 3; n <= quoted; n++) days.push(days.at(-1)! + rnd.int(21, 30));
    const dropAfter = rnd.chance(0.03) ? rnd.int(1, quoted - 1) : null;
    const cancelled = dropAfter !== null && days[dropAfter]! < today;
    const planId = Number(
      st.plan.run(
        clientId,
        'course',
        quoted,
        quoted * 45_000 + rnd.int(0, 8) * 5_000,
        'GBP',
        'quoted',
        null,
        quoted === 4 ? 'Fourth session quoted for a scar area.' : '',
        createdAt,
        createdAt,
      ).lastInsertRowid,
    );

    const performed: PerformedSession[] = [];
    let booked: { n: number; id: number } | null = null;
    let pigment = rnd.pick(PIGMENTS);
    let dilution: string = rnd.pick(DILUTIONS);
    let darkerRequested = false;
    let requestId: number | null = null;
    for (let n = 1; n <= quoted; n++) {
      const d = days[n - 1]!;
      if (dropAfter !== null && n > dropAfter) break;
      if (d >= today) {
        if (d - today <= 35 && rnd.chance(0.75)) booked = { n, id: this.bookSession(clientId, planId, n, d, practitioner) };
        break;
      }
      if (rnd.chance(0.02)) this.cancelledBooking(clientId, planId, n, d - rnd.int(3, 10), practitioner);
      const previous = performed.at(-1);
      let change: { reason: 'faded' | 'client_darker' | 'skin_response'; note: string } | null = null;
      const ratings = previous ? previous.zones.map((z) => [z, drawRetention(rnd, factorsOf(previous, fitzpatrick))] as const) : [];
      if (previous) {
        const faded = ratings.some(([, r]) => r === 'heavy_fading' || r === 'patchy');
        if (ratings.some(([, r]) => r === 'too_dark') && rnd.chance(0.6)) {
          dilution = lighterDilution(dilution);
          change = { reason: 'skin_response', note: 'Spread slightly; diluted further.' };
        } else if (darkerRequested) {
          pigment = darker(pigment);
          change = { reason: 'client_darker', note: 'Client asked for a few shades darker.' };
          darkerRequested = false;
        } else if (faded && rnd.chance(0.4)) {
          pigment = darker(pigment);
          change = { reason: 'faded', note: 'Faded more than expected; one step darker.' };
        }
      }
      const s = this.performSession(clientId, planId, n, d, practitioner, zones, pigment.brand, pigment.shade, dilution, 'course');
      for (const [zone, rating] of ratings) {
        st.retention.run(s.id, zone, rating, rating === 'held_well' ? '' : retentionNote(rating), at(d, 10), at(d, 10));
      }
      if (change && previous && (previous.shade !== s.shade || previous.dilution !== s.dilution)) {
        st.shadeChange.run(s.id, previous.shade, s.shade, previous.dilution, s.dilution, change.reason, change.note, at(d, 10), at(d, 10));
      }
      if (n === 2 && rnd.chance(0.35)) {
        const [kind, text] = rnd.pick(HAIRLINE_REQUESTS);
        darkerRequested = kind === 'darker';
        const done = quoted === 2;
        requestId = Number(
          st.request.run(
            clientId,
            s.id,
            kind,
            text,
            done ? 'done' : rnd.chance(0.6) ? 'agreed' : 'open',
            done ? s.id : null,
            done ? 'Done in the same session.' : '',
            at(d, 10),
            at(d, 10),
          ).lastInsertRowid,
        );
        if (done) requestId = null;
      } else if (requestId !== null) {
        // A request raised at session 2 is worked on (or declined) at session 3.
        const declined = rnd.chance(0.15);
        updateRequest(
          this.st,
          requestId,
          declined ? 'declined' : 'done',
          declined ? null : s.id,
          declined ? 'Explained it would not suit the face shape; client agreed.' : 'Done.',
          at(d, 11),
        );
        requestId = null;
      }
      performed.push(s);
    }

    const status = cancelled ? 'cancelled' : performed.length === quoted ? 'completed' : performed.length > 0 ? 'active' : 'quoted';
    updatePlanStatus(this.st, planId, status, at(performed.at(-1)?.day ?? createdDay, 16));
    this.writeDeposits(planId, quoted, days, performed, booked, cancelled);
    this.writeIntake(clientId, performed[0]?.day ?? null, practitioner, createdDay);
    if (status === 'completed') this.touchUp(clientId, performed.at(-1)!, practitioner, zones, fitzpatrick);
    const lastDay = performed.at(-1)?.day ?? createdDay;
    if (lastDay < today - 6 * 365 && rnd.chance(0.1)) archive(this.st, clientId, at(lastDay + 2 * 365, 12));
  }

  private performSession(
    clientId: number,
    planId: number,
    n: number,
    d: number,
    practitioner: number,
    zones: Zone[],
    brand: string,
    shade: string,
    dilution: string,
    kind: 'course' | 'touch_up',
  ): PerformedSession {
    const { rnd, st } = this;
    const when = at(d, rnd.int(9, 13), rnd.pick([0, 15, 30, 45]));
    const later = n > 1 || kind === 'touch_up';
    const batch = `${brand.slice(0, 2).toUpperCase()}${dateOf(d).slice(2, 4)}-${rnd.int(1000, 9999)}`;
    const id = Number(
      st.session.run(
        clientId,
        planId,
        kind,
        n,
        'performed',
        when,
        when,
        practitioner,
        1,
        rnd.pick(PREP),
        later ? rnd.pick(ASSESS_LATER) : rnd.pick(ASSESS_FIRST),
        brand,
        shade,
        dilution,
        batch,
        dateOf(d + rnd.int(200, 700)),
        rnd.pick(NEEDLES),
        JSON.stringify(zones),
        later ? rnd.pick(DENSITY) : '',
        later ? rnd.pick(BLENDING) : '',
        '',
        null,
        null,
        when,
        at(d, 17),
      ).lastInsertRowid,
    );
    this.sessions++;
    if (rnd.chance(0.97)) {
      const printed = at(d, 16, rnd.int(0, 59));
      st.print.run(id, this.clinic.templateId, printed, rnd.chance(0.5) ? this.clinic.reception : practitioner, printed, printed);
    }
    return { id, day: d, zones, brand, shade, dilution };
  }

  private bookSession(
    clientId: number,
    planId: number,
    n: number,
    d: number,
    practitioner: number,
    kind: 'course' | 'touch_up' = 'course',
  ): number {
    const when = at(d, this.rnd.int(9, 13));
    this.sessions++;
    return Number(
      this.st.session.run(
        clientId,
        planId,
        kind,
        n,
        'booked',
        when,
        null,
        practitioner,
        0,
        '',
        '',
        null,
        null,
        null,
        null,
        null,
        null,
        '[]',
        '',
        '',
        '',
        null,
        null,
        at(d - this.rnd.int(7, 21), 11),
        at(d - 7, 11),
      ).lastInsertRowid,
    );
  }

  private cancelledBooking(clientId: number, planId: number, n: number, d: number, practitioner: number): void {
    const noShow = this.rnd.chance(0.4);
    this.st.session.run(
      clientId,
      planId,
      'course',
      n,
      noShow ? 'no_show' : 'cancelled',
      at(d, 10),
      null,
      practitioner,
      0,
      '',
      '',
      null,
      null,
      null,
      null,
      null,
      null,
      '[]',
      '',
      '',
      '',
      null,
      noShow ? 'Did not arrive' : 'Client unwell, rebooked',
      at(d - 14, 11),
      at(d, 10),
    );
    this.sessions++;
  }

  /** Deposits secure sessions 3 and 4, and follow the lifecycle the sessions imply. */
  private writeDeposits(
    planId: number,
    quoted: number,
    days: number[],
    performed: PerformedSession[],
    booked: { n: number; id: number } | null,
    cancelled: boolean,
  ): void {
    const { rnd } = this;
    let firstUnperformed = true;
    for (let n = 3; n <= quoted; n++) {
      const amount = rnd.pick([5_000, 7_500, 10_000]);
      const done = performed[n - 1];
      const dueFrom = days[n - 2]!;
      let status: DepositStatus;
      let paid = 0;
      let override: string | null = null;
      if (done) status = 'applied';
      else if (booked?.n === n) status = rnd.chance(0.94) ? 'paid' : ((override = 'Long-standing client; paying on the day.'), 'required');
      else if (cancelled)
        status = firstUnperformed
          ? rnd.weighted([
              ['refunded', 30],
              ['forfeited', 20],
              ['waived', 50],
            ] as const)
          : 'waived';
      else if (performed[n - 2] && rnd.chance(0.03)) status = 'waived';
      else status = 'required';
      if (!done) firstUnperformed = false;
      if (status === 'required' && performed[n - 2] && rnd.chance(0.3)) paid = amount / 2;
      if (status === 'paid' || status === 'applied' || status === 'refunded' || status === 'forfeited') paid = amount;
      const paidDay = Math.min(dueFrom + rnd.int(0, 7), this.today - 1);
      const changedAt =
        status === 'applied'
          ? at(done!.day, 16)
          : status === 'required'
            ? null
            : at(Math.min(paidDay + rnd.int(0, 20), this.today - 1), 15);
      const method =
        paid > 0
          ? rnd.weighted([
              ['card', 70],
              ['cash', 20],
              ['bank_transfer', 10],
            ] as const)
          : null;
      const receipt = paid > 0 ? `R-${++this.receipt}` : null;
      const depositId = Number(
        this.st.deposit.run(
          planId,
          n,
          'booking',
          amount,
          'GBP',
          status,
          paid,
          paid === amount ? at(paidDay, 12) : null,
          method,
          receipt,
          '',
          done?.id ?? null,
          statusReason(status, n),
          changedAt,
          changedAt ? this.clinic.reception : null,
          at(dueFrom, 16),
          changedAt ?? at(dueFrom, 16),
        ).lastInsertRowid,
      );
      if (paid > 0)
        this.st.payment.run(depositId, paid, method, receipt, at(paidDay, 12), this.clinic.reception, at(paidDay, 12), at(paidDay, 12));
      if (override && booked) setDepositOverride(this.st, booked.id, override);
      this.deposits[status]++;
    }
  }

  private writeIntake(clientId: number, firstDay: number | null, practitioner: number, createdDay: number): void {
    const { rnd, st } = this;
    if (firstDay === null && rnd.chance(0.5)) return;
    const answers: Record<string, { answer: boolean; detail: string }> = {};
    for (const q of INTAKE_QUESTIONS) answers[q] = { answer: false, detail: '' };
    let condition: (typeof CONTRAINDICATIONS)[number] | null = null;
    if (rnd.chance(0.06)) {
      condition = rnd.pick(CONTRAINDICATIONS);
      const key = condition[0].startsWith('Blood')
        ? 'blood_thinners'
        : condition[0].startsWith('Type')
          ? 'diabetes'
          : condition[0].startsWith('Sun')
            ? 'sunburn'
            : 'psoriasis_eczema';
      answers[key] = { answer: true, detail: condition[0] };
    }
    const when = at(firstDay ?? createdDay, 9, 15);
    st.intake.run(
      clientId,
      JSON.stringify(answers),
      firstDay === null ? null : when,
      firstDay === null ? null : practitioner,
      firstDay === null ? null : when,
      firstDay === null ? null : this.clinic.reception,
      at(createdDay, 12),
      when,
    );
    if (!condition || firstDay === null) return;
    const [name, tier] = condition;
    const resolved = at(firstDay - 1, 12);
    st.contraindication.run(
      clientId,
      name,
      tier,
      tier === 'temporary' ? dateOf(firstDay - 1) : null,
      tier === 'doctor_letter' ? resolved : null,
      tier === 'doctor_letter' ? 'GP letter on file.' : 'Cleared before the first session.',
      resolved,
      at(createdDay, 12),
      resolved,
    );
  }

  /** Years after the course, many come back when the pigment fades. */
  private touchUp(clientId: number, last: PerformedSession, practitioner: number, zones: Zone[], fitzpatrick: number): void {
    const { rnd, st, today } = this;
    const recall = last.day + 3 * 365;
    if (recall > today + 30 || !rnd.chance(0.55)) return;
    const planId = Number(
      st.plan.run(clientId, 'touch_up', 1, 30_000, 'GBP', 'quoted', dateOf(recall), '', at(recall - 30, 10), at(recall - 30, 10))
        .lastInsertRowid,
    );
    const d = recall + rnd.int(0, 60);
    if (d < today && rnd.chance(0.7)) {
      const s = this.performSession(clientId, planId, 1, d, practitioner, zones, last.brand, last.shade, last.dilution, 'touch_up');
      for (const zone of zones) {
        const rating = drawRetention(rnd, factorsOf(last, fitzpatrick));
        st.retention.run(s.id, zone, rating, 'Assessed at touch-up.', at(d, 10), at(d, 10));
      }
      updatePlanStatus(st, planId, 'completed', at(d, 16));
    } else if (d >= today && d - today <= 30 && rnd.chance(0.5)) {
      this.bookSession(clientId, planId, 1, d, practitioner, 'touch_up');
    }
  }

  audit(when: string, entity: string, entityId: number, action: string, after: unknown): void {
    const row = {
      at: when,
      staffId: null,
      entity,
      entityId: String(entityId),
      action,
      before: null,
      after: JSON.stringify(after),
      reason: null,
    };
    // The salt from the chain so far: the same clinic for the same seed and date (the app's are random).
    const salt = createHash('sha256').update(this.prevHash).digest('hex').slice(0, 32);
    const contentHash = contentHashOf(salt, row);
    const hash = chainHashOf(this.secret, this.prevHash, row, contentHash);
    this.st.audit.run(
      row.at,
      row.staffId,
      row.entity,
      row.entityId,
      row.action,
      row.before,
      row.after,
      row.reason,
      this.prevHash,
      hash,
      salt,
      contentHash,
    );
    this.prevHash = hash;
  }
}

function zonesFor(rnd: Random, caseType: string, stage: string | null): Zone[] {
  if (caseType === 'scar_fut' || caseType === 'scar_fue') return rnd.chance(0.3) ? ['sides_back', 'scar'] : ['scar'];
  if (caseType === 'diffuse_thinning') return rnd.chance(0.5) ? ['mid_scalp', 'crown'] : ['frontal_hairline', 'mid_scalp', 'crown'];
  if (caseType === 'alopecia') return rnd.sample(['frontal_hairline', 'mid_scalp', 'crown', 'sides_back'] as const, rnd.int(2, 4));
  if (caseType === 'other') return ['crown'];
  const level = Number.parseInt(stage ?? '3', 10);
  const zones: Zone[] = ['frontal_hairline', 'left_temple', 'right_temple'];
  if (level >= 4 || stage === 'II' || stage === 'III') zones.push('mid_scalp');
  if (level >= 5 || stage?.includes('V') || stage === 'III') zones.push('crown');
  if (level >= 6) zones.push('sides_back');
  return zones;
}

/** What the retention model (bench/demo-retention-model.ts) looks at: the session's pigment and the client's skin. */
function factorsOf(s: PerformedSession, fitzpatrick: number): RetentionFactors {
  const darkness = PIGMENTS.find((p) => p.brand === s.brand && p.shade === s.shade)?.darkness ?? 0;
  return { fitzpatrick, darkness, dilution: s.dilution };
}
function darker(p: (typeof PIGMENTS)[number]): (typeof PIGMENTS)[number] {
  return PIGMENTS.find((q) => q.brand === p.brand && q.darkness === p.darkness + 1) ?? p;
}
function lighterDilution(d: string): string {
  const i = DILUTIONS.indexOf(d as (typeof DILUTIONS)[number]);
  return DILUTIONS[Math.min(DILUTIONS.length - 1, i + 1)]!;
}
function retentionNote(r: RetentionRating): string {
  return {
    held_well: '',
    slight_fading: 'A little lighter than placed.',
    heavy_fading: 'Faded noticeably; needs filling.',
    patchy: 'Uneven: some dots lost.',
    too_dark: 'A few dots spread; too dark.',
  }[r];
}
function statusReason(s: DepositStatus, n: number): string | null {
  return {
    required: null,
    paid: 'Paid in full',
    applied: `Session ${n} performed`,
    refunded: 'Course cancelled by the client; refunded.',
    forfeited: 'Cancelled with less than 48 hours notice.',
    waived: 'Waived by the owner.',
  }[s];
}

// Updates after the first insert, prepared once per database.
const updates = new WeakMap<DemoStatements, Record<string, Database.Statement>>();
function upd(st: DemoStatements, key: string, sql: string): Database.Statement {
  let map = updates.get(st);
  if (!map) updates.set(st, (map = {}));
  return (map[key] ??= st.client.database.prepare(sql));
}
function updatePlanStatus(st: DemoStatements, planId: number, status: string, when: string): void {
  upd(st, 'plan', 'UPDATE treatment_plans SET status = ?, updated_at = ? WHERE id = ?').run(status, when, planId);
}
function updateRequest(st: DemoStatements, id: number, status: string, doneAt: number | null, note: string, when: string): void {
  upd(
    st,
    'request',
    'UPDATE hairline_requests SET status = ?, done_at_session_id = ?, resolution_note = ?, updated_at = ? WHERE id = ?',
  ).run(status, doneAt, note, when, id);
}
function setDepositOverride(st: DemoStatements, sessionId: number, reason: string): void {
  upd(st, 'override', 'UPDATE sessions SET deposit_override_reason = ? WHERE id = ?').run(reason, sessionId);
}
function archive(st: DemoStatements, clientId: number, when: string): void {
  upd(st, 'archive', 'UPDATE clients SET archived_at = ?, updated_at = ? WHERE id = ?').run(when, when, clientId);
}
