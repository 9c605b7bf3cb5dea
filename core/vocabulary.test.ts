import { describe, expect, it } from 'vitest';
import {
  BOARD_STATE_LABELS,
  boardStateLabel,
  CASE_TYPE_LABELS,
  caseTypeLabel,
  PAYMENT_METHOD_LABELS,
  paymentMethodLabel,
  PLAN_KIND_LABELS,
  PLAN_STATUS_LABELS,
  planKindLabel,
  planStatusLabel,
  REQUEST_KIND_LABELS,
  REQUEST_STATUS_LABELS,
  requestKindLabel,
  requestStatusLabel,
  RETENTION_LABELS,
  retentionLabel,
  SESSION_STATUS_LABELS,
  sessionStatusLabel,
  SHADE_REASON_LABELS,
  shadeReasonLabel,
  TIER_LABELS,
  tierLabel,
  ZONE_LABELS,
  zoneLabel,
} from './vocabulary';

const lists: [Record<string, string>, (locale: string, value: never) => string][] = [
  [ZONE_LABELS, zoneLabel],
  [RETENTION_LABELS, retentionLabel],
  [CASE_TYPE_LABELS, caseTypeLabel],
  [TIER_LABELS, tierLabel],
  [PLAN_KIND_LABELS, planKindLabel],
  [PLAN_STATUS_LABELS, planStatusLabel],
  [SESSION_STATUS_LABELS, sessionStatusLabel],
  [SHADE_REASON_LABELS, shadeReasonLabel],
  [REQUEST_KIND_LABELS, requestKindLabel],
  [REQUEST_STATUS_LABELS, requestStatusLabel],
  [PAYMENT_METHOD_LABELS, paymentMethodLabel],
  [BOARD_STATE_LABELS, boardStateLabel],
];

describe('vocabulary labels in a locale', () => {
  it('reads exactly the English constants in English', () => {
    for (const [labels, label] of lists) {
      for (const [value, english] of Object.entries(labels)) expect(label('en-GB', value as never)).toBe(english);
    }
  });

  it('reads German and Spanish labels from the catalogs', () => {
    expect(zoneLabel('de-DE', 'frontal_hairline')).toBe('Vorderer Haaransatz');
    expect(sessionStatusLabel('de-AT', 'no_show')).toBe('Nicht erschienen');
    expect(planKindLabel('es-ES', 'touch_up')).toBe('Retoque');
    for (const [labels, label] of lists) {
      for (const value of Object.keys(labels)) expect(label('de-DE', value as never)).not.toMatch(/^vocab\./);
    }
  });

  it('reads a value not in the list as itself', () => {
    expect(zoneLabel('de-DE', 'left_ear')).toBe('left_ear');
  });
});
