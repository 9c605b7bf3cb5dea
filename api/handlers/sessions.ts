import { and, eq, inArray, sql } from 'drizzle-orm';
import { bookingWindow, isInsideWindow } from '../../core/booking';
import { localDateOf } from '../../core/dates';
import { reconsentOf } from './consent';
import { formatDate, formatDateTime } from '../../core/format-date';
import { isBeforePrevious, isInFuture, isInPast } from '../../core/session-dates';
import { planStatusAfterCharting } from '../../core/plan-status';
import {
  activeSessionsOf,
  clientExists,
  depositStatusOf,
  insertChartedSession,
  insertShadeChange,
  openContraindicationsOf,
  readPlan,
  readSession,
  retentionRecordsOf,
  retentionRowsOf,
  setPlanStatus,
  updateChartedSession,
  upsertRetention,
  type ActiveSession,
  type ChartedValues,
  type PlanSummary,
} from '../../db/queries/session-charting';
import { deposits, retentionNotes, sessions, shadeChanges, treatmentPlans } from '../../db/schema';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import type { SessionRecord } from '../contract/chart';
import { fail } from '../result';
import { msg } from '../contract/words';
import { defaultLengthMinutes } from '../../core/appointments';
import { usableOn } from '../../core/batches';
import { addChartedBatch, checkChartedBatch } from './batches';
import { auditHoursOverride, checkChair } from './booking-chair';
import { getClient } from './clients';
import { changeDepositStatus } from './deposits';
import { markRequestDone, raiseRequest } from './requests';
import { readSettings } from './settings';
import { checkVersion, mustExist } from './util';
import type { HandlerMap } from './types';
import type { z } from 'zod';
import type { contract } from '../contract';
import { withClientTallies } from '../../db/queries/retention-breakdown';

type ChartInput = z.output<(typeof contract)['sessions.chart']['input']>;

// The session reads, and every read and write of sessions.chart, go through statements prepared once
// per connection (db/queries/session-charting.ts); the rarer writes of booking stay on Drizzle.

export function getSession(ctx: HandlerContext, id: number): SessionRecord {
  return mustExist(readSession(ctx.sqlite, id), msg('api.record.theSession'));
}

/** The client's sessions of a kind that still count (not cancelled or no-show), newest first. */
function activeSessions(ctx: HandlerContext, clientId: number, kind: 'course' | 'touch_up', excludeId?: number) {
  return activeSessionsOf(ctx.sqlite, clientId, kind).filter((s) => s.id !== excludeId);
}

/** The client's only open (quoted or active) course plan, or null when there is none or several. */
function soleOpenCoursePlan(ctx: HandlerContext, clientId: number): number | null {
  const open = ctx.db
    .select({ id: treatmentPlans.id })
    .from(treatmentPlans)
    .where(
      and(eq(treatmentPlans.clientId, clientId), eq(treatmentPlans.kind, 'course'), inArray(treatmentPlans.status, ['quoted', 'active'])),
    )
    .all();
  return open.length === 1 ? open[0]!.id : null;
}

function planFor(ctx: HandlerContext, clientId: number, planId: number | null) {
  if (planId === null) return null;
  const plan = readPlan(ctx.sqlite, planId);
  if (!plan || plan.clientId !== clientId) throw fail.field('planId', msg('api.sessions.planOfClient'));
  return plan;
}

function dateOfSession(s: { performedAt: string | null; bookedFor: string | null }): string | null {
  const at = s.performedAt ?? s.bookedFor;
  return at ? localDateOf(at) : null;
}

/** The whole deposit row: booking audits it when it is overridden. */
function depositFor(ctx: HandlerContext, planId: number | null, number: number) {
  if (planId === null) return undefined;
  return ctx.db
    .select()
    .from(deposits)
    .where(and(eq(deposits.planId, planId), eq(deposits.sessionNumber, number)))
    .get();
}

function checkWindow(
  ctx: HandlerContext,
  number: number,
  previous: { performedAt: string | null; bookedFor: string | null } | undefined,
  bookedFor: string,
  reason: string | null | undefined,
): boolean {
  const prevDate = previous ? dateOfSession(previous) : null;
  if (!prevDate) return true;
  const settings = readSettings(ctx);
  const window = bookingWindow(number, prevDate, settings);
  if (isInsideWindow(localDateOf(bookedFor), window)) return true;
  if (reason) return false;
  const on = (d: string) => formatDate(d, settings.locale);
  const earliest = on(window!.earliest);
  throw fail.field(
    'outsideWindowReason',
    window!.latest
      ? msg('api.sessions.windowBetween', { number, earliest, latest: on(window!.latest) })
      : msg('api.sessions.windowFrom', { number, earliest }),
  );
}

/** A booking for a time already gone needs the caller to say they mean it. Returns whether it did. */
function checkNotPast(ctx: HandlerContext, bookedFor: string, confirmed: boolean, field: 'bookedFor'): boolean {
  if (!isInPast(bookedFor, ctx.now())) return false;
  if (confirmed) return true;
  throw fail.field(field, msg('api.sessions.pastBooking', { when: formatDateTime(bookedFor, readSettings(ctx).locale) }));
}

function auditPastBooking(ctx: HandlerContext, id: number, bookedFor: string) {
  const when = formatDateTime(bookedFor, readSettings(ctx).locale);
  writeAudit(ctx, { entity: 'session', entityId: id, action: 'override:past-date', reason: `Booked for ${when}, already past` });
}

/** Active contraindications that block charting on `date`. */
function blockingContraindications(ctx: HandlerContext, clientId: number, date: string) {
  return openContraindicationsOf(ctx.sqlite, clientId).filter(
    (c) =>
      c.tier === 'absolute' ||
      (c.tier === 'temporary' && (c.until === null || c.until > date)) ||
      (c.tier === 'doctor_letter' && c.doctorLetterReceivedAt === null),
  );
}

/** Moves the plan along after charting (core/plan-status.ts), audited when its status changes. */
function settlePlanStatus(
  ctx: HandlerContext,
  plan: PlanSummary,
  kind: 'course' | 'touch_up',
  others: ActiveSession[],
  number: number,
  now: string,
): void {
  // A course's sessions are numbered across the course, and those charted before the plan existed count.
  const onPlan = (s: ActiveSession) => s.planId === plan.id || (kind === 'course' && s.planId === null);
  const charted = others.filter((s) => s.status === 'performed' && onPlan(s)).map((s) => s.number);
  const status = planStatusAfterCharting(plan.status, plan.quotedSessions, Math.max(number, ...charted));
  if (status === plan.status) return;
  setPlanStatus(ctx.sqlite, plan.id, status, now);
  writeAudit(ctx, { entity: 'plan', entityId: plan.id, action: 'status', before: { status: plan.status }, after: { status } });
}

export const sessionHandlers: HandlerMap<
  'sessions.book' | 'sessions.reschedule' | 'sessions.cancel' | 'sessions.chart' | 'sessions.get' | 'retention.save' | 'shadeChanges.record'
> = {
  'sessions.book'(ctx, input) {
    getClient(ctx, input.clientId);
    // Without a plan named, a client's one open course plan is the plan: its deposits still apply.
    const plan = planFor(ctx, input.clientId, input.planId ?? soleOpenCoursePlan(ctx, input.clientId));
    const planId = plan?.id ?? null;
    const kind = plan?.kind ?? 'course';
    if (plan && (plan.status === 'cancelled' || plan.status === 'completed')) {
      throw fail.field('planId', msg('api.sessions.planClosed', { status: plan.status }));
    }
    // Touch-ups are numbered within their own plan; course sessions across the client's course.
    const prior = activeSessions(ctx, input.clientId, kind).filter((s) => kind === 'course' || s.planId === planId);
    const number = (prior[0]?.number ?? 0) + 1;
    if (plan && number > plan.quotedSessions) {
      throw fail.field('planId', msg('api.sessions.planFull', { quoted: plan.quotedSessions }));
    }
    // One form of an instant in the file, so the book's range reads compare like with like.
    const bookedFor = new Date(input.bookedFor).toISOString();
    const lengthMinutes = input.lengthMinutes ?? defaultLengthMinutes(kind, number, readSettings(ctx));
    const past = checkNotPast(ctx, bookedFor, input.confirmInPast, 'bookedFor');
    const inside = checkWindow(ctx, number, prior[0], bookedFor, input.outsideWindowReason);
    const { outsideHoursReason } = checkChair(ctx, {
      practitionerId: input.practitionerId,
      roomId: input.roomId,
      startsAt: bookedFor,
      lengthMinutes,
      outsideHoursReason: input.outsideHoursReason,
    });
    const deposit = depositFor(ctx, planId, number);
    if (deposit && deposit.status === 'required' && !input.depositOverrideReason) {
      throw fail.field('depositOverrideReason', msg('api.sessions.depositUnpaid', { number }));
    }
    const depositOverride = deposit?.status === 'required' ? (input.depositOverrideReason ?? null) : null;
    const { id } = ctx.db
      .insert(sessions)
      .values({
        clientId: input.clientId,
        planId,
        kind,
        number,
        bookedFor,
        lengthMinutes,
        practitionerId: input.practitionerId,
        roomId: input.roomId,
        outsideWindowReason: inside ? null : (input.outsideWindowReason ?? null),
        depositOverrideReason: depositOverride,
      })
      .returning({ id: sessions.id })
      .get();
    const after = getSession(ctx, id);
    writeAudit(ctx, { entity: 'session', entityId: id, action: 'book', after });
    if (past) auditPastBooking(ctx, id, bookedFor);
    if (after.outsideWindowReason) {
      writeAudit(ctx, { entity: 'session', entityId: id, action: 'override:window', reason: after.outsideWindowReason });
    }
    auditHoursOverride(ctx, id, outsideHoursReason);
    if (deposit && depositOverride) {
      writeAudit(ctx, { entity: 'session', entityId: id, action: 'override:deposit', reason: depositOverride });
      // The deposit itself remembers why its session was booked unpaid.
      ctx.db
        .update(deposits)
        .set({ overrideReason: depositOverride, updatedAt: ctx.now().toISOString(), version: sql`${deposits.version} + 1` })
        .where(eq(deposits.id, deposit.id))
        .run();
      writeAudit(ctx, {
        entity: 'deposit',
        entityId: deposit.id,
        action: 'override',
        before: deposit,
        after: { overrideReason: depositOverride },
        reason: depositOverride,
      });
    }
    return after;
  },

  'sessions.reschedule'(ctx, input) {
    const { id, expectedVersion, reason, outsideWindowReason, confirmInPast } = input;
    const before = getSession(ctx, id);
    checkVersion(msg('api.record.thisSession'), before, expectedVersion);
    if (before.status !== 'booked') throw fail.field('bookedFor', msg('api.sessions.onlyBookedMoves', { status: before.status }));
    const bookedFor = new Date(input.bookedFor).toISOString();
    const lengthMinutes = input.lengthMinutes ?? before.lengthMinutes;
    const practitionerId = input.practitionerId === undefined ? before.practitionerId : input.practitionerId;
    const roomId = input.roomId === undefined ? before.roomId : input.roomId;
    const previous = activeSessions(ctx, before.clientId, before.kind, id).find((s) => s.number < before.number);
    const past = checkNotPast(ctx, bookedFor, confirmInPast, 'bookedFor');
    const inside = checkWindow(ctx, before.number, previous, bookedFor, outsideWindowReason);
    const { outsideHoursReason } = checkChair(ctx, {
      practitionerId,
      roomId,
      startsAt: bookedFor,
      lengthMinutes,
      movingSessionId: id,
      outsideHoursReason: input.outsideHoursReason,
    });
    ctx.db
      .update(sessions)
      .set({
        bookedFor,
        lengthMinutes,
        practitionerId,
        roomId,
        outsideWindowReason: inside ? null : (outsideWindowReason ?? null),
        updatedAt: ctx.now().toISOString(),
        version: sql`${sessions.version} + 1`,
      })
      .where(eq(sessions.id, id))
      .run();
    const after = getSession(ctx, id);
    writeAudit(ctx, { entity: 'session', entityId: id, action: 'reschedule', before, after, reason });
    if (past) auditPastBooking(ctx, id, bookedFor);
    if (after.outsideWindowReason) {
      writeAudit(ctx, { entity: 'session', entityId: id, action: 'override:window', reason: after.outsideWindowReason });
    }
    auditHoursOverride(ctx, id, outsideHoursReason);
    return after;
  },

  'sessions.cancel'(ctx, { id, expectedVersion, reason, noShow }) {
    const before = getSession(ctx, id);
    checkVersion(msg('api.record.thisSession'), before, expectedVersion);
    if (before.status !== 'booked') throw fail.field('reason', msg('api.sessions.onlyBookedCancels', { status: before.status }));
    ctx.db
      .update(sessions)
      .set({
        status: noShow ? 'no_show' : 'cancelled',
        cancelReason: reason,
        updatedAt: ctx.now().toISOString(),
        version: sql`${sessions.version} + 1`,
      })
      .where(eq(sessions.id, id))
      .run();
    const after = getSession(ctx, id);
    writeAudit(ctx, { entity: 'session', entityId: id, action: noShow ? 'no_show' : 'cancel', before, after, reason });
    return after;
  },

  'sessions.chart'(ctx, input) {
    // The client's retention cases change with the session: the kept counts follow (db/queries/retention-breakdown.ts).
    return withClientTallies(ctx.sqlite, input.clientId, () => chartSession(ctx, input));
  },

  'sessions.get'(ctx, { id }) {
    return getSession(ctx, id);
  },

  'retention.save'(ctx, { sessionId, notes }) {
    const { clientId } = getSession(ctx, sessionId);
    return withClientTallies(ctx.sqlite, clientId, () => saveRetention(ctx, sessionId, notes));
  },

  'shadeChanges.record'(ctx, input) {
    getSession(ctx, input.sessionId);
    return recordShadeChange(ctx, {
      ...input,
      fromShade: input.fromShade ?? null,
      toShade: input.toShade ?? null,
      fromDilution: input.fromDilution ?? null,
      toDilution: input.toDilution ?? null,
    });
  },
};

function chartSession(ctx: HandlerContext, input: ChartInput): SessionRecord {
  if (!clientExists(ctx.sqlite, input.clientId)) throw fail.notFound(msg('api.record.theClient'));
  const performedDate = localDateOf(input.performedAt);
  const existing = input.sessionId ? getSession(ctx, input.sessionId) : undefined;
  if (existing) {
    if (existing.clientId !== input.clientId) throw fail.field('sessionId', msg('api.sessions.otherClient'));
    checkVersion(msg('api.record.thisSession'), existing, input.expectedVersion);
    if (existing.status === 'cancelled' || existing.status === 'no_show') {
      throw fail.field('sessionId', msg('api.sessions.notToChart', { status: existing.status }));
    }
  }
  const { locale } = readSettings(ctx);
  if (isInFuture(input.performedAt, ctx.now())) {
    throw fail.field('performedAt', msg('api.sessions.future', { when: formatDateTime(input.performedAt, locale) }));
  }
  if (!usableOn(input.pigmentExpiry, performedDate)) {
    const expired = formatDate(input.pigmentExpiry, locale);
    throw fail.field('pigmentExpiry', msg('api.sessions.batchExpired', { date: expired }));
  }
  const batch = checkChartedBatch(ctx, {
    brand: input.pigmentBrand,
    shade: input.pigmentShade,
    batchNumber: input.pigmentBatch,
    expiresOn: input.pigmentExpiry,
  });
  // A consent text changed since the client signed: the clinic may require the new one first.
  if (!existing || existing.status === 'booked') {
    const reconsent = reconsentOf(ctx, input.clientId);
    if (reconsent.due && reconsent.mode === 'require')
      throw fail.rule(
        reconsent.signedVersion === null
          ? msg('refusals.sessions.consentUnsigned')
          : msg('refusals.sessions.consentChanged', { current: reconsent.currentVersion, signed: reconsent.signedVersion }),
      );
  }
  const blocking = blockingContraindications(ctx, input.clientId, performedDate);
  if (blocking.length > 0 && !input.contraindicationOverrideReason) {
    const names = blocking.map((c) => c.condition).join(', ');
    throw fail.field('contraindicationOverrideReason', msg('api.sessions.blocked', { names }));
  }

  // As at booking: without a plan named, a client's one open course plan is the plan.
  const planId = existing ? existing.planId : (input.planId ?? soleOpenCoursePlan(ctx, input.clientId));
  const plan = planFor(ctx, input.clientId, planId);
  const kind = plan?.kind ?? existing?.kind ?? 'course';
  const others = activeSessions(ctx, input.clientId, kind, existing?.id);
  const number = existing?.number ?? (others[0]?.number ?? 0) + 1;
  if (!existing && input.expectedNumber !== null && input.expectedNumber !== number) {
    // Someone charted (or booked) this session since the form opened: show theirs, never stack a duplicate.
    throw fail.conflict(
      msg('api.record.sessionNumber', { number: input.expectedNumber }),
      others[0] ? getSession(ctx, others[0].id) : null,
    );
  }
  const previous = others.find((s) => s.number < number && s.status === 'performed');
  const beforePrevious = previous !== undefined && isBeforePrevious(input.performedAt, previous.performedAt);
  if (beforePrevious && !input.confirmBeforePrevious) {
    throw fail.field(
      'confirmBeforePrevious',
      msg('api.sessions.beforePrevious', { number: previous.number, when: formatDateTime(previous.performedAt, locale) }),
    );
  }

  if (previous && input.retention.length === 0) {
    throw fail.field('retention', msg('api.sessions.assessRetention', { number: previous.number }));
  }
  const shadeChanged = previous !== undefined && (previous.pigmentShade !== input.pigmentShade || previous.dilution !== input.dilution);
  if (shadeChanged && !input.shadeChange) {
    throw fail.field(
      'shadeChange.reason',
      msg('api.sessions.shadeDiffers', {
        number: previous.number,
        shade: String(previous.pigmentShade),
        dilution: String(previous.dilution),
      }),
    );
  }

  const now = ctx.now().toISOString();
  const values: ChartedValues = {
    status: 'performed',
    performedAt: input.performedAt,
    practitionerId: input.practitionerId,
    prepDone: input.prepDone,
    prepNotes: input.prepNotes,
    assessmentNotes: input.assessmentNotes,
    pigmentBrand: input.pigmentBrand,
    pigmentShade: input.pigmentShade,
    dilution: input.dilution,
    pigmentBatch: input.pigmentBatch,
    pigmentExpiry: input.pigmentExpiry,
    needle: input.needle,
    zones: input.zones,
    densityNotes: input.densityNotes,
    blendingNotes: input.blendingNotes,
    notes: input.notes,
    contraindicationOverrideReason: blocking.length > 0 ? (input.contraindicationOverrideReason ?? null) : null,
  };
  // The write returns the session as saved: no second read.
  let after: SessionRecord;
  if (existing) {
    const updated = updateChartedSession(ctx.sqlite, existing.id, existing.version, values, now);
    if (!updated) throw fail.conflict(msg('api.record.thisSession'), getSession(ctx, existing.id));
    after = updated;
  } else {
    const lengthMinutes = defaultLengthMinutes(kind, number, readSettings(ctx));
    after = insertChartedSession(ctx.sqlite, { clientId: input.clientId, planId, kind, number, lengthMinutes }, values);
  }
  const id = after.id;
  writeAudit(ctx, {
    entity: 'session',
    entityId: id,
    action: existing?.status === 'performed' ? 'correct' : 'chart',
    before: existing,
    after,
  });
  if (beforePrevious) {
    writeAudit(ctx, {
      entity: 'session',
      entityId: id,
      action: 'override:date-order',
      reason: `Dated before session ${previous.number}, confirmed`,
    });
  }
  if (after.contraindicationOverrideReason) {
    writeAudit(ctx, {
      entity: 'session',
      entityId: id,
      action: 'override:contraindication',
      reason: after.contraindicationOverrideReason,
    });
  }

  addChartedBatch(ctx, batch, { batchNumber: input.pigmentBatch, expiresOn: input.pigmentExpiry, performedDate, sessionNumber: number });
  if (input.retention.length > 0) saveRetention(ctx, id, input.retention);
  // A correction that leaves the shade as it was charted keeps the shade change already recorded.
  const alreadyRecorded =
    existing?.status === 'performed' && existing.pigmentShade === input.pigmentShade && existing.dilution === input.dilution;
  if (shadeChanged && input.shadeChange && previous && !alreadyRecorded) {
    recordShadeChange(ctx, {
      sessionId: id,
      fromShade: previous.pigmentShade,
      toShade: input.pigmentShade,
      fromDilution: previous.dilution,
      toDilution: input.dilution,
      reason: input.shadeChange.reason,
      note: input.shadeChange.note,
    });
  }
  for (const requestId of input.doneRequestIds) markRequestDone(ctx, requestId, id, input.clientId);
  for (const r of input.raiseRequests) raiseRequest(ctx, { clientId: input.clientId, raisedAtSessionId: id, ...r });

  // The deposit that secured this session has done its job.
  const deposit = planId === null ? undefined : depositStatusOf(ctx.sqlite, planId, number);
  if (deposit?.status === 'paid') {
    changeDepositStatus(ctx, deposit.id, 'applied', `Session ${number} performed`, { appliedSessionId: id });
  }
  if (plan) settlePlanStatus(ctx, plan, kind, others, number, now);
  return after;
}

function saveRetention(
  ctx: HandlerContext,
  sessionId: number,
  notes: { zone: string; rating: (typeof retentionNotes.$inferInsert)['rating']; note: string }[],
) {
  const zones = notes.map((n) => n.zone);
  if (new Set(zones).size !== zones.length) throw fail.field('retention', msg('api.sessions.rateOnce'));
  const before = retentionRowsOf(ctx.sqlite, sessionId);
  for (const n of notes) upsertRetention(ctx.sqlite, { sessionId, ...n }, ctx.now().toISOString());
  const after = retentionRecordsOf(ctx.sqlite, sessionId);
  writeAudit(ctx, {
    entity: 'retention',
    entityId: sessionId,
    action: before.length ? 'update' : 'create',
    before: before.length ? before : undefined,
    after,
  });
  return after;
}

function recordShadeChange(ctx: HandlerContext, values: typeof shadeChanges.$inferInsert) {
  const record = insertShadeChange(ctx.sqlite, values);
  writeAudit(ctx, { entity: 'shade_change', entityId: record.id, action: 'create', after: record });
  return record;
}
