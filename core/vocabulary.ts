// The fixed vocabularies of SMP charting. Stored as these string keys; labels are for display. The
// *_LABELS constants are the English labels; the *Label(locale, value) functions read the same labels
// in a locale's language from the catalogs (core/i18n/areas/vocab.ts), for screens and printouts alike.
import { catalogOf, translate, type MessageId } from './i18n/translate';

/** One vocabulary's label in a locale's language; a value not in the list reads as itself. */
function labelIn(locale: string, list: string, value: string): string {
  const id = `vocab.${list}.${value}`;
  return id in catalogOf('en') ? translate(locale, id as MessageId) : value;
}

export const ZONES = ['frontal_hairline', 'left_temple', 'right_temple', 'mid_scalp', 'crown', 'sides_back', 'scar'] as const;
export type Zone = (typeof ZONES)[number];
export const ZONE_LABELS: Record<Zone, string> = {
  frontal_hairline: 'Frontal hairline',
  left_temple: 'Left temple',
  right_temple: 'Right temple',
  mid_scalp: 'Mid-scalp',
  crown: 'Crown',
  sides_back: 'Sides and back',
  scar: 'Scar',
};
/** A zone's label; a zone Stipple does not list (an old or foreign value) reads as itself. */
export const zoneLabel = (locale: string, zone: string) => labelIn(locale, 'zone', zone);

export const RETENTION_RATINGS = ['held_well', 'slight_fading', 'heavy_fading', 'patchy', 'too_dark'] as const;
export type RetentionRating = (typeof RETENTION_RATINGS)[number];
export const RETENTION_LABELS: Record<RetentionRating, string> = {
  held_well: 'Held well',
  slight_fading: 'Slight fading',
  heavy_fading: 'Heavy fading',
  patchy: 'Patchy',
  too_dark: 'Too dark or spread',
};
export const retentionLabel = (locale: string, rating: RetentionRating) => labelIn(locale, 'retention', rating);

export const HAIR_LOSS_SCALES = ['norwood', 'ludwig'] as const;
export type HairLossScale = (typeof HAIR_LOSS_SCALES)[number];
/** Norwood stages 1–7 with the common "A" and vertex variants; Ludwig I–III. */
export const NORWOOD_STAGES = ['1', '2', '2A', '3', '3A', '3V', '4', '4A', '5', '5A', '6', '7'] as const;
export const LUDWIG_STAGES = ['I', 'II', 'III'] as const;

export const FITZPATRICK_TYPES = [1, 2, 3, 4, 5, 6] as const;
export type FitzpatrickType = (typeof FITZPATRICK_TYPES)[number];

export const CASE_TYPES = ['hair_loss', 'scar_fut', 'scar_fue', 'diffuse_thinning', 'alopecia', 'other'] as const;
export type CaseType = (typeof CASE_TYPES)[number];
export const CASE_TYPE_LABELS: Record<CaseType, string> = {
  hair_loss: 'Hair loss',
  scar_fut: 'FUT strip scar camouflage',
  scar_fue: 'FUE scar camouflage',
  diffuse_thinning: 'Diffuse thinning (unshaven)',
  alopecia: 'Alopecia',
  other: 'Other',
};
export const caseTypeLabel = (locale: string, type: CaseType) => labelIn(locale, 'caseType', type);

export const STAFF_ROLES = ['owner', 'practitioner', 'reception'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const CONTRAINDICATION_TIERS = ['absolute', 'temporary', 'doctor_letter'] as const;
export type ContraindicationTier = (typeof CONTRAINDICATION_TIERS)[number];
export const TIER_LABELS: Record<ContraindicationTier, string> = {
  absolute: 'Absolute',
  temporary: 'Temporary',
  doctor_letter: 'Needs a doctor’s letter',
};
export const tierLabel = (locale: string, tier: ContraindicationTier) => labelIn(locale, 'tier', tier);

export const PLAN_KINDS = ['course', 'touch_up'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_KIND_LABELS: Record<PlanKind, string> = { course: 'Course', touch_up: 'Touch-up' };
export const planKindLabel = (locale: string, kind: PlanKind) => labelIn(locale, 'planKind', kind);
export const PLAN_STATUSES = ['quoted', 'active', 'completed', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  quoted: 'Quoted',
  active: 'Under way',
  completed: 'Completed',
  cancelled: 'Cancelled',
};
export const planStatusLabel = (locale: string, status: PlanStatus) => labelIn(locale, 'planStatus', status);

export const SESSION_STATUSES = ['booked', 'performed', 'cancelled', 'no_show'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  booked: 'Booked',
  performed: 'Performed',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};
export const sessionStatusLabel = (locale: string, status: SessionStatus) => labelIn(locale, 'sessionStatus', status);

export const SHADE_CHANGE_REASONS = ['faded', 'client_darker', 'client_lighter', 'skin_response', 'other'] as const;
export type ShadeChangeReason = (typeof SHADE_CHANGE_REASONS)[number];
export const SHADE_REASON_LABELS: Record<ShadeChangeReason, string> = {
  faded: 'Faded',
  client_darker: 'Client asked darker',
  client_lighter: 'Client asked lighter',
  skin_response: 'Skin response',
  other: 'Other',
};
export const shadeReasonLabel = (locale: string, reason: ShadeChangeReason) => labelIn(locale, 'shadeReason', reason);

export const HAIRLINE_REQUEST_KINDS = [
  'lower_hairline',
  'raise_hairline',
  'darker',
  'lighter',
  'softer_temples',
  'reshape',
  'other',
] as const;
export type HairlineRequestKind = (typeof HAIRLINE_REQUEST_KINDS)[number];
export const REQUEST_KIND_LABELS: Record<HairlineRequestKind, string> = {
  lower_hairline: 'Lower the hairline',
  raise_hairline: 'Raise the hairline',
  darker: 'Darker',
  lighter: 'Lighter',
  softer_temples: 'Softer temples',
  reshape: 'Reshape',
  other: 'Other',
};
export const requestKindLabel = (locale: string, kind: HairlineRequestKind) => labelIn(locale, 'requestKind', kind);
export const HAIRLINE_REQUEST_STATUSES = ['open', 'agreed', 'declined', 'done'] as const;
export type HairlineRequestStatus = (typeof HAIRLINE_REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Record<HairlineRequestStatus, string> = {
  open: 'Open',
  agreed: 'Agreed',
  declined: 'Declined',
  done: 'Done',
};
export const requestStatusLabel = (locale: string, status: HairlineRequestStatus) => labelIn(locale, 'requestStatus', status);

export const DEPOSIT_STATUSES = ['required', 'paid', 'applied', 'refunded', 'forfeited', 'waived'] as const;
export type DepositStatus = (typeof DEPOSIT_STATUSES)[number];
export const PAYMENT_METHODS = ['cash', 'card', 'bank_transfer', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  cash: 'Cash',
  card: 'Card terminal',
  bank_transfer: 'Bank transfer',
  other: 'Other',
};
export const paymentMethodLabel = (locale: string, method: PaymentMethod) => labelIn(locale, 'paymentMethod', method);

export const AFTERCARE_SESSION_KINDS = ['any', 'first', 'later', 'touch_up'] as const;
export type AftercareSessionKind = (typeof AFTERCARE_SESSION_KINDS)[number];

/** Where a plan's next session stands on reception's board. */
export const BOARD_STATES = [
  'deposit_outstanding',
  'paid_not_booked',
  'not_booked',
  'booked',
  'applied',
  'performed',
  'recall_due',
] as const;
export type BoardState = (typeof BOARD_STATES)[number];
export const BOARD_STATE_LABELS: Record<BoardState, string> = {
  deposit_outstanding: 'Deposit outstanding',
  paid_not_booked: 'Paid, not booked',
  not_booked: 'Not booked',
  booked: 'Booked',
  applied: 'Deposit applied',
  performed: 'Performed',
  recall_due: 'Touch-up recall due',
};
export const boardStateLabel = (locale: string, state: BoardState) => labelIn(locale, 'boardState', state);
