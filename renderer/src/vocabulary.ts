// The charting vocabularies' labels in the language of the locale in force, as records like core's
// English *_LABELS: each label is read when used (a getter), so a changed locale shows at once.
import * as v from '../../core/vocabulary';
import { getClinicLocale } from './format';

function live<K extends string>(keys: readonly K[], read: (locale: string, key: K) => string): Readonly<Record<K, string>> {
  const labels = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(labels, key, { enumerable: true, get: () => read(getClinicLocale(), key) });
  return labels;
}

export const ZONE_LABELS = live(v.ZONES, v.zoneLabel);
export const RETENTION_LABELS = live(v.RETENTION_RATINGS, v.retentionLabel);
export const CASE_TYPE_LABELS = live(v.CASE_TYPES, v.caseTypeLabel);
export const PLAN_KIND_LABELS = live(v.PLAN_KINDS, v.planKindLabel);
export const PLAN_STATUS_LABELS = live(v.PLAN_STATUSES, v.planStatusLabel);
export const SESSION_STATUS_LABELS = live(v.SESSION_STATUSES, v.sessionStatusLabel);
export const PAYMENT_METHOD_LABELS = live(v.PAYMENT_METHODS, v.paymentMethodLabel);
export const BOARD_STATE_LABELS = live(v.BOARD_STATES, v.boardStateLabel);
export const TIER_LABELS = live(v.CONTRAINDICATION_TIERS, v.tierLabel);
export const SHADE_REASON_LABELS = live(v.SHADE_CHANGE_REASONS, v.shadeReasonLabel);
export const REQUEST_KIND_LABELS = live(v.HAIRLINE_REQUEST_KINDS, v.requestKindLabel);
export const REQUEST_STATUS_LABELS = live(v.HAIRLINE_REQUEST_STATUSES, v.requestStatusLabel);
