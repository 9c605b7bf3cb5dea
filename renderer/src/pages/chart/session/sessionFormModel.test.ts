import { afterEach, describe, expect, it } from 'vitest';
import type { ChartRecord } from '../../../../../api/contract/chart';
import { fieldErrors } from '../../../../../api/contract/field-errors';
import { sessionsContract } from '../../../../../api/contract/sessions';
import { beforePreviousMessage, futureSessionMessage } from '../../../../../core/session-dates';
import { setClinicLocale } from '../../../format';
import { initialValues, nextTarget, previousSession, toChartInput, validate } from './sessionFormModel';

const session1 = {
  id: 11,
  clientId: 1,
  planId: null,
  kind: 'course' as const,
  number: 1,
  status: 'performed' as const,
  bookedFor: null,
  performedAt: '2026-10-01T09:00:00.000Z',
  practitionerId: 4,
  prepDone: true,
  prepNotes: '',
  assessmentNotes: '',
  pigmentBrand: 'Standard SMP',
  pigmentShade: 'Medium Grey',
  dilution: '1:3',
  pigmentBatch: 'MG-1',
  pigmentExpiry: '2028-01-31',
  needle: '3RL 0.30',
  zones: ['frontal_hairline', 'crown'],
  densityNotes: '',
  blendingNotes: '',
  notes: '',
  outsideWindowReason: null,
  depositOverrideReason: null,
  contraindicationOverrideReason: null,
  cancelReason: null,
  updatedAt: '2026-10-01T12:00:00.000Z',
  version: 1,
  retention: [],
  shadeChanges: [],
};
const chart = { client: { id: 1 }, sessions: [session1], contraindications: [], hairlineRequests: [] } as unknown as ChartRecord;
const now = new Date('2026-10-22T10:00:00');

describe('the session form model', () => {
  it('starts session 2 from session 1: pigment, needle, zones, practitioner, and a retention row per zone', () => {
    const target = nextTarget(chart);
    expect(target).toEqual({ sessionId: null, expectedVersion: null, number: 2, kind: 'new' });
    const v = initialValues(chart, target, now);
    expect(v).toMatchObject({
      pigmentShade: 'Medium Grey',
      dilution: '1:3',
      needle: '3RL 0.30',
      practitionerId: '4',
      zones: ['frontal_hairline', 'crown'],
    });
    expect(v.retention).toEqual({ frontal_hairline: { rating: '', note: '' }, crown: { rating: '', note: '' } });
    expect(v.performedAt).toBe('2026-10-22T10:00');
  });

  it('names each problem beside its field: unrated zone, missing needle, expired batch, unexplained shade change', () => {
    const target = nextTarget(chart);
    const prev = previousSession(chart, target);
    const v = initialValues(chart, target, now);
    v.needle = ' ';
    v.pigmentExpiry = '2026-10-01';
    v.pigmentShade = 'Dark Grey';
    v.retention.frontal_hairline = { rating: 'heavy_fading', note: '' };
    const errors = validate(1, target, v, prev);
    expect(errors).toMatchObject({
      needle: 'Enter the needle configuration.',
      pigmentExpiry: 'This batch expired on 1 Oct 2026. Use an unexpired batch.',
      'retention.crown': 'Rate how this zone held since the last session.',
      shadeChangeReason: 'The shade or dilution differs from session 1. Choose why.',
    });
    expect(errors['retention.frontal_hairline']).toBeUndefined();
  });

  it('sends the API what it expects: rated zones, the shade change, numbers for ids, the expected session number', () => {
    const target = nextTarget(chart);
    const prev = previousSession(chart, target);
    const v = initialValues(chart, target, now);
    v.pigmentShade = 'Dark Grey';
    v.shadeChangeReason = 'faded';
    v.retention = { frontal_hairline: { rating: 'heavy_fading', note: 'front edge' }, crown: { rating: 'held_well', note: '' } };
    v.doneRequestIds = ['7'];
    expect(validate(1, target, v, prev)).toEqual({});
    expect(toChartInput(1, target, v, prev)).toMatchObject({
      expectedNumber: 2,
      practitionerId: 4,
      retention: [
        { zone: 'frontal_hairline', rating: 'heavy_fading', note: 'front edge' },
        { zone: 'crown', rating: 'held_well', note: '' },
      ],
      shadeChange: { reason: 'faded', note: '' },
      doneRequestIds: [7],
    });
  });

  describe("in the reader's language", () => {
    afterEach(() => setClinicLocale('en-GB'));

    it('says in English exactly what the API says, for every check the form makes itself', () => {
      const target = nextTarget(chart);
      const prev = previousSession(chart, target);
      const v = initialValues(chart, target, now);
      Object.assign(v, { pigmentBrand: '', pigmentShade: '', dilution: '', pigmentBatch: '', pigmentExpiry: '', needle: '', zones: [] });
      v.prepNotes = 'x'.repeat(2001);
      v.raiseRequests = [{ kind: 'nonsense', request: '' }];
      const input = toChartInput(1, target, v, prev);
      const parsed = sessionsContract['sessions.chart'].input.safeParse(input);
      if (parsed.success) throw new Error('expected a refusal');
      const api = fieldErrors(parsed.error, 'en-GB');
      const errors = validate(1, target, v, prev, now);
      for (const key of [
        'pigmentBatch',
        'dilution',
        'needle',
        'pigmentExpiry',
        'zones',
        'prepNotes',
        'raiseRequests.0.kind',
        'raiseRequests.0.request',
      ]) {
        expect(errors[key], key).toBe(api[key]);
      }
      expect(errors.pigment).toBe(api.pigmentBrand);

      const future = initialValues(chart, target, now);
      future.performedAt = '2026-10-25T10:00';
      future.retention = { frontal_hairline: { rating: 'held_well', note: '' }, crown: { rating: 'held_well', note: '' } };
      expect(validate(1, target, future, prev, now).performedAt).toBe(
        futureSessionMessage(new Date('2026-10-25T10:00').toISOString(), 'en-GB'),
      );
      future.performedAt = '2026-09-30T10:00';
      expect(validate(1, target, future, prev, now).performedAt).toBe(beforePreviousMessage(1, session1.performedAt, 'en-GB'));
    });

    it('names each problem in German for a German clinic', () => {
      setClinicLocale('de-DE');
      const target = nextTarget(chart);
      const prev = previousSession(chart, target);
      const v = initialValues(chart, target, now);
      v.needle = '';
      v.zones = [];
      v.pigmentExpiry = '2026-10-01';
      const errors = validate(1, target, v, prev, now);
      expect(errors).toMatchObject({
        needle: 'Geben Sie die Nadelkonfiguration ein.',
        zones: 'Wählen Sie mindestens eine behandelte Zone.',
        pigmentExpiry: 'Diese Charge ist am 1. Okt. 2026 abgelaufen. Verwenden Sie eine nicht abgelaufene Charge.',
        'retention.crown': 'Beurteilen Sie, wie diese Zone seit der letzten Sitzung gehalten hat.',
      });
    });
  });
});
