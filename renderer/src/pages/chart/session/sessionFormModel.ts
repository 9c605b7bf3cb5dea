// The session form's values, where they start from, and how they become a sessions.chart input.
// Pure: no React, so it is unit-tested and shared by the form, the draft and the conflict view.
import { sessionsContract } from '../../../../../api/contract/sessions';
import type { ChannelInput } from '../../../../../api/contract';
import type { ChartRecord, SessionRecord } from '../../../../../api/contract/chart';
import { fieldErrors } from '../../../../../api/contract/field-errors';
import type { z } from 'zod';
import type { MessageId } from '../../../../../core/i18n/translate';
import type { RetentionRating } from '../../../../../core/vocabulary';
import { isBeforePrevious, isInFuture } from '../../../../../core/session-dates';
import { formatDate, formatDateTime, getClinicLocale } from '../../../format';
import { t } from '../../../i18n';
import type { ChartSessionRecord } from '../chartFacts';

export interface SessionFormValues {
  performedAt: string; // datetime-local, 'YYYY-MM-DDTHH:mm' in the clinic's time
  practitionerId: string;
  prepDone: boolean;
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
  notes: string;
  contraindicationOverrideReason: string;
  /** Ticked when the session is rightly dated before the previous one. */
  confirmBeforePrevious: boolean;
  retention: Record<string, { rating: RetentionRating | ''; note: string }>;
  shadeChangeReason: string;
  shadeChangeNote: string;
  doneRequestIds: string[];
  raiseRequests: { kind: string; request: string }[];
}

/** Which session the form writes: a new one (expected number), a booked one, or a correction. */
export interface SessionTarget {
  sessionId: number | null;
  expectedVersion: number | null;
  number: number;
  kind: 'new' | 'booked' | 'correction';
}

export type ChartInput = ChannelInput<'sessions.chart'>;

function pad(n: number) {
  return String(n).padStart(2, '0');
}
/** An instant as a datetime-local value in this machine's time zone. */
export function toLocalInput(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The session to chart next: a booked one waiting, else a new course session after the last. */
export function nextTarget(chart: ChartRecord): SessionTarget {
  const booked = [...chart.sessions].reverse().find((s) => s.status === 'booked' && s.kind === 'course');
  if (booked) return { sessionId: booked.id, expectedVersion: booked.version, number: booked.number, kind: 'booked' };
  const last = chart.sessions.find((s) => s.kind === 'course' && (s.status === 'performed' || s.status === 'booked'));
  return { sessionId: null, expectedVersion: null, number: (last?.number ?? 0) + 1, kind: 'new' };
}

export function correctionTarget(s: SessionRecord): SessionTarget {
  return { sessionId: s.id, expectedVersion: s.version, number: s.number, kind: 'correction' };
}

/** The performed session before the one being charted (retention and shade are judged against it). */
export function previousSession(chart: ChartRecord, target: SessionTarget): ChartSessionRecord | null {
  return (
    chart.sessions.find((s) => s.status === 'performed' && s.kind === 'course' && s.number < target.number && s.id !== target.sessionId) ??
    null
  );
}

export function emptyValues(now: Date): SessionFormValues {
  return {
    performedAt: toLocalInput(now),
    practitionerId: '',
    prepDone: false,
    prepNotes: '',
    assessmentNotes: '',
    pigmentBrand: '',
    pigmentShade: '',
    dilution: '',
    pigmentBatch: '',
    pigmentExpiry: '',
    needle: '',
    zones: [],
    densityNotes: '',
    blendingNotes: '',
    notes: '',
    contraindicationOverrideReason: '',
    confirmBeforePrevious: false,
    retention: {},
    shadeChangeReason: '',
    shadeChangeNote: '',
    doneRequestIds: [],
    raiseRequests: [],
  };
}

/** A new session starts from the previous one's pigment, needle and zones; a correction from itself. */
export function initialValues(chart: ChartRecord, target: SessionTarget, now: Date): SessionFormValues {
  const base = emptyValues(now);
  const own = target.kind === 'correction' ? chart.sessions.find((s) => s.id === target.sessionId) : undefined;
  if (own) {
    return {
      ...base,
      ...fromSession(own),
      prepDone: own.prepDone,
      prepNotes: own.prepNotes,
      assessmentNotes: own.assessmentNotes,
      densityNotes: own.densityNotes,
      blendingNotes: own.blendingNotes,
      notes: own.notes,
      performedAt: own.performedAt ? toLocalInput(new Date(own.performedAt)) : base.performedAt,
      practitionerId: own.practitionerId ? String(own.practitionerId) : '',
      contraindicationOverrideReason: own.contraindicationOverrideReason ?? '',
      retention: Object.fromEntries(own.retention.map((r) => [r.zone, { rating: r.rating, note: r.note }])),
      shadeChangeReason: own.shadeChanges[0]?.reason ?? '',
      shadeChangeNote: own.shadeChanges[0]?.note ?? '',
    };
  }
  const prev = previousSession(chart, target);
  const booked = target.kind === 'booked' ? chart.sessions.find((s) => s.id === target.sessionId) : undefined;
  return {
    ...base,
    ...(prev ? fromSession(prev) : {}),
    practitionerId: booked?.practitionerId ? String(booked.practitionerId) : prev?.practitionerId ? String(prev.practitionerId) : '',
    retention: prev ? Object.fromEntries(prev.zones.map((z) => [z, { rating: '' as const, note: '' }])) : {},
  };
}

function fromSession(s: SessionRecord) {
  return {
    pigmentBrand: s.pigmentBrand ?? '',
    pigmentShade: s.pigmentShade ?? '',
    dilution: s.dilution ?? '',
    pigmentBatch: s.pigmentBatch ?? '',
    pigmentExpiry: s.pigmentExpiry ?? '',
    needle: s.needle ?? '',
    zones: [...s.zones],
  };
}

/** True when the shade or dilution differs from the previous session, so the form asks why. */
export function shadeChanged(values: Pick<SessionFormValues, 'pigmentShade' | 'dilution'>, prev: SessionRecord | null): boolean {
  if (!prev) return false;
  return prev.pigmentShade !== values.pigmentShade.trim() || prev.dilution !== values.dilution.trim();
}

/** The API input; also checked here with the API's own schema so errors show before any call. */
export function toChartInput(clientId: number, target: SessionTarget, v: SessionFormValues, prev: SessionRecord | null): ChartInput {
  const performed = new Date(v.performedAt);
  return {
    clientId,
    sessionId: target.sessionId,
    expectedVersion: target.expectedVersion,
    expectedNumber: target.kind === 'new' ? target.number : null,
    performedAt: Number.isNaN(performed.getTime()) ? v.performedAt : performed.toISOString(),
    practitionerId: v.practitionerId ? Number(v.practitionerId) : null,
    prepDone: v.prepDone,
    prepNotes: v.prepNotes,
    assessmentNotes: v.assessmentNotes,
    pigmentBrand: v.pigmentBrand,
    pigmentShade: v.pigmentShade,
    dilution: v.dilution,
    pigmentBatch: v.pigmentBatch,
    pigmentExpiry: v.pigmentExpiry,
    needle: v.needle,
    zones: v.zones as ChartInput['zones'],
    densityNotes: v.densityNotes,
    blendingNotes: v.blendingNotes,
    notes: v.notes,
    contraindicationOverrideReason: v.contraindicationOverrideReason,
    // Older drafts have no such value: not confirmed.
    confirmBeforePrevious: v.confirmBeforePrevious === true,
    retention: Object.entries(v.retention)
      .filter(([, r]) => r.rating !== '')
      .map(([zone, r]) => ({ zone, rating: r.rating, note: r.note })) as ChartInput['retention'],
    shadeChange: shadeChanged(v, prev)
      ? ({ reason: v.shadeChangeReason, note: v.shadeChangeNote } as NonNullable<ChartInput['shadeChange']>)
      : null,
    doneRequestIds: v.doneRequestIds.map(Number),
    raiseRequests: v.raiseRequests as ChartInput['raiseRequests'],
  };
}

/** API field paths → the form's own names, so each message lands beside the control that caused it. */
export function toFormErrors(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    let key = path;
    if (path === 'pigmentBrand' || path === 'pigmentShade') key = 'pigment';
    else if (path === 'confirmBeforePrevious')
      key = 'performedAt'; // the tick box sits under the date
    else if (path.startsWith('shadeChange')) key = 'shadeChangeReason';
    else if (path.startsWith('retention.')) key = 'retention';
    else if (path.startsWith('zones')) key = 'zones';
    else if (path.startsWith('doneRequestIds')) key = 'doneRequestIds';
    out[key] ??= message;
  }
  return out;
}

/**
 * Checks the values the way the API will, plus what only the form knows: every zone of the previous
 * session is rated. Returns form-named errors, empty when the values may be sent.
 */
export function validate(
  clientId: number,
  target: SessionTarget,
  v: SessionFormValues,
  prev: SessionRecord | null,
  now: Date = new Date(),
): Record<string, string> {
  const errors: Record<string, string> = {};
  const input = toChartInput(clientId, target, v, prev);
  const parsed = sessionsContract['sessions.chart'].input.safeParse(input);
  if (!parsed.success) Object.assign(errors, toFormErrors(inReadersWords(parsed.error)));
  const dateProblem = errors.performedAt ? null : performedAtProblem(input.performedAt, v, prev, now);
  if (dateProblem) errors.performedAt = dateProblem;
  if (prev) {
    for (const [zone, r] of Object.entries(v.retention)) {
      // An unchosen radio group reads as null from the form, not '': either is unrated.
      if (!r.rating) errors[`retention.${zone}`] = t('session.check.rateZone');
    }
  }
  if (shadeChanged(v, prev) && !v.shadeChangeReason) {
    errors.shadeChangeReason = t('session.check.shadeReason', { number: prev!.number });
  }
  if (v.pigmentExpiry && /^\d{4}-\d{2}-\d{2}$/.test(v.pigmentExpiry) && v.performedAt && v.pigmentExpiry < v.performedAt.slice(0, 10)) {
    errors.pigmentExpiry = t('session.check.expired', { date: formatDate(v.pigmentExpiry) });
  }
  return errors;
}

/** True when the date is before the previous session's: the form then offers the tick box. */
export function datedBeforePrevious(v: Pick<SessionFormValues, 'performedAt'>, prev: SessionRecord | null): boolean {
  const performed = new Date(v.performedAt);
  return !Number.isNaN(performed.getTime()) && isBeforePrevious(performed.toISOString(), prev?.performedAt ?? null);
}

/** What is wrong with a well-formed "Performed at", as the API would say it: the future, or out of order unconfirmed. */
function performedAtProblem(performedAt: string, v: SessionFormValues, prev: SessionRecord | null, now: Date): string | null {
  if (isInFuture(performedAt, now)) return t('session.check.future', { when: formatDateTime(performedAt) });
  if (prev?.performedAt && datedBeforePrevious(v, prev) && !v.confirmBeforePrevious) {
    return t('session.check.beforePrevious', { number: prev.number, when: formatDateTime(prev.performedAt) });
  }
  return null;
}

/** Fields whose empty value the API refuses with "Enter …": the form says it in the reader's language. */
const REQUIRED: Partial<Record<string, MessageId>> = {
  pigmentBrand: 'session.check.pigmentBrand',
  pigmentShade: 'session.check.pigmentShade',
  dilution: 'session.check.dilution',
  pigmentBatch: 'session.check.pigmentBatch',
  needle: 'session.check.needle',
  request: 'session.check.request',
};

/** One schema issue in the reader's language, or null for one the form has no words of its own for. */
function localMessage(issue: z.core.$ZodIssue): string | null {
  const field = [...issue.path].reverse().find((p): p is string => typeof p === 'string');
  if (field === undefined) return null;
  if (field === 'performedAt') return t('session.check.performedAt');
  if (issue.code === 'too_big' && issue.origin === 'string') return t('session.check.tooLong', { field, max: String(issue.maximum) });
  const required = REQUIRED[field];
  if (required && (issue.code === 'too_small' || issue.code === 'invalid_type')) return t(required);
  if (field === 'pigmentExpiry') {
    if (issue.code === 'invalid_format') return t('session.check.pigmentExpiryFormat');
    if (issue.code === 'custom') return t('session.check.pigmentExpiryReal');
    return t('session.check.pigmentExpiry');
  }
  if (field === 'zones' && issue.path.length === 1)
    return t(issue.code === 'too_small' ? 'session.check.zones' : 'session.check.zonesOnce');
  if (issue.code === 'invalid_value' && field === 'reason') return t('session.check.shadeChange');
  if (issue.code === 'invalid_value' && field === 'kind') return t('session.check.requestKind');
  return null;
}

/** The schema's refusals keyed like fieldErrors (first per field), in the reader's words where the form has them. */
function inReadersWords(error: z.ZodError): Record<string, string> {
  const apiWords = fieldErrors(error, getClinicLocale());
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_';
    out[key] ??= localMessage(issue) ?? apiWords[key]!;
  }
  return out;
}
