// Records as the API returns them, and the whole chart of one client.
import { z } from 'zod';
import {
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
} from '../../core/vocabulary';
import { id, version } from './common';

const nullableText = z.string().nullable();
const nullableId = id.nullable();

export const staffRecord = z.object({
  id,
  name: z.string(),
  role: z.enum(STAFF_ROLES),
  active: z.boolean(),
  hasPin: z.boolean(),
  /** Their own language and region for the app; null: the clinic's. */
  locale: z.string().nullable(),
  version,
});
export type StaffRecord = z.infer<typeof staffRecord>;

export const intakeRecord = z.object({
  id,
  clientId: id,
  answers: z.record(z.string(), z.union([z.object({ answer: z.boolean(), detail: z.string() }), z.object({ value: z.string() })])),
  /** The questionnaire version answered (clinic_documents). */
  questionnaireId: nullableId,
  completedAt: nullableText,
  completedBy: nullableId,
  consentGivenAt: nullableText,
  consentWitnessedBy: nullableId,
  updatedAt: z.string(),
  version,
});
export type IntakeRecord = z.infer<typeof intakeRecord>;

export const contraindicationRecord = z.object({
  id,
  clientId: id,
  condition: z.string(),
  tier: z.enum(CONTRAINDICATION_TIERS),
  until: nullableText,
  doctorLetterReceivedAt: nullableText,
  note: z.string(),
  resolvedAt: nullableText,
  createdAt: z.string(),
  version,
});
export type ContraindicationRecord = z.infer<typeof contraindicationRecord>;

export const planRecord = z.object({
  id,
  clientId: id,
  kind: z.enum(PLAN_KINDS),
  quotedSessions: z.number().int(),
  priceMinor: z.number().int(),
  currency: z.string(),
  status: z.enum(PLAN_STATUSES),
  recallOn: nullableText,
  notes: z.string(),
  createdAt: z.string(),
  version,
});
export type PlanRecord = z.infer<typeof planRecord>;

export const retentionRecord = z.object({
  id,
  sessionId: id,
  zone: z.string(),
  rating: z.enum(RETENTION_RATINGS),
  note: z.string(),
});
export type RetentionRecord = z.infer<typeof retentionRecord>;

export const shadeChangeRecord = z.object({
  id,
  sessionId: id,
  fromShade: nullableText,
  toShade: nullableText,
  fromDilution: nullableText,
  toDilution: nullableText,
  reason: z.enum(SHADE_CHANGE_REASONS),
  note: z.string(),
  createdAt: z.string(),
});
export type ShadeChangeRecord = z.infer<typeof shadeChangeRecord>;

export const sessionRecord = z.object({
  id,
  clientId: id,
  planId: nullableId,
  kind: z.enum(PLAN_KINDS),
  number: z.number().int(),
  status: z.enum(SESSION_STATUSES),
  bookedFor: nullableText,
  lengthMinutes: z.number().int().positive(),
  performedAt: nullableText,
  practitionerId: nullableId,
  roomId: nullableId,
  prepDone: z.boolean(),
  prepNotes: z.string(),
  assessmentNotes: z.string(),
  pigmentBrand: nullableText,
  pigmentShade: nullableText,
  dilution: nullableText,
  pigmentBatch: nullableText,
  pigmentExpiry: nullableText,
  needle: nullableText,
  zones: z.array(z.string()),
  densityNotes: z.string(),
  blendingNotes: z.string(),
  notes: z.string(),
  outsideWindowReason: nullableText,
  depositOverrideReason: nullableText,
  contraindicationOverrideReason: nullableText,
  cancelReason: nullableText,
  updatedAt: z.string(),
  version,
});
export type SessionRecord = z.infer<typeof sessionRecord>;

export const hairlineRequestRecord = z.object({
  id,
  clientId: id,
  raisedAtSessionId: nullableId,
  kind: z.enum(HAIRLINE_REQUEST_KINDS),
  request: z.string(),
  status: z.enum(HAIRLINE_REQUEST_STATUSES),
  doneAtSessionId: nullableId,
  resolutionNote: z.string(),
  createdAt: z.string(),
  version,
});
export type HairlineRequestRecord = z.infer<typeof hairlineRequestRecord>;

export const paymentRecord = z.object({
  id,
  depositId: id,
  amountMinor: z.number().int(),
  method: z.enum(PAYMENT_METHODS),
  receipt: z.string(),
  paidAt: z.string(),
  recordedBy: nullableId,
});
export type PaymentRecord = z.infer<typeof paymentRecord>;

export const depositRecord = z.object({
  id,
  planId: id,
  sessionNumber: z.number().int(),
  purpose: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
  status: z.enum(DEPOSIT_STATUSES),
  paidMinor: z.number().int(),
  paidAt: nullableText,
  method: nullableText,
  receipt: nullableText,
  note: z.string(),
  overrideReason: nullableText,
  appliedSessionId: nullableId,
  statusReason: nullableText,
  statusChangedAt: nullableText,
  statusChangedBy: nullableId,
  payments: z.array(paymentRecord),
  version,
});
export type DepositRecord = z.infer<typeof depositRecord>;

export const printRecord = z.object({
  id,
  sessionId: id,
  templateId: id,
  templateName: z.string(),
  templateVersion: z.number().int(),
  printedAt: z.string(),
  printedBy: nullableId,
});
export type PrintRecord = z.infer<typeof printRecord>;

export const clientForChart = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  phone: nullableText,
  email: nullableText,
  dateOfBirth: nullableText,
  hairLossScale: z.enum(HAIR_LOSS_SCALES).nullable(),
  hairLossStage: nullableText,
  fitzpatrick: z.number().int().nullable(),
  caseType: z.enum(CASE_TYPES),
  notes: z.string(),
  archivedAt: nullableText,
  /** When the client's record was erased (the row is then an anonymised stand-in for its money records). */
  erasedAt: nullableText,
  createdAt: z.string(),
  updatedAt: z.string(),
  version,
});

/** Everything about one client, newest sessions first. */
export const chartRecord = z.object({
  client: clientForChart,
  intake: intakeRecord.nullable(),
  contraindications: z.array(contraindicationRecord),
  plans: z.array(planRecord),
  sessions: z.array(sessionRecord.extend({ retention: z.array(retentionRecord), shadeChanges: z.array(shadeChangeRecord) })),
  hairlineRequests: z.array(hairlineRequestRecord),
  deposits: z.array(depositRecord),
  prints: z.array(printRecord),
});
export type ChartRecord = z.infer<typeof chartRecord>;
