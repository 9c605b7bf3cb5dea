import { afterEach, describe, expect, it } from 'vitest';
import type { ChartRecord, ContraindicationRecord } from '../../../../api/contract/chart';
import { currentContraindications, nextWindow, planProgress } from './chartFacts';
import { setClinicLocale } from '../../format';

const ci = (over: Partial<ContraindicationRecord>): ContraindicationRecord => ({
  id: 1,
  clientId: 1,
  condition: 'x',
  tier: 'absolute',
  until: null,
  doctorLetterReceivedAt: null,
  note: '',
  resolvedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  ...over,
});

describe('chart facts', () => {
  it('shows the contraindications that matter today: absolute, unexpired temporary, letter not yet received', () => {
    const list = [
      ci({ id: 1, tier: 'absolute' }),
      ci({ id: 2, tier: 'temporary', until: '2026-12-01' }),
      ci({ id: 3, tier: 'temporary', until: '2026-11-01' }),
      ci({ id: 4, tier: 'doctor_letter' }),
      ci({ id: 5, tier: 'doctor_letter', doctorLetterReceivedAt: '2026-10-01T00:00:00.000Z' }),
      ci({ id: 6, tier: 'absolute', resolvedAt: '2026-10-01T00:00:00.000Z' }),
    ];
    expect(currentContraindications(list, '2026-11-21').map((c) => c.id)).toEqual([1, 2, 4]);
  });

  it('counts plan progress and the next booking window from the last performed session', () => {
    const chart = {
      plans: [{ id: 9, kind: 'course', status: 'active', quotedSessions: 3 }],
      sessions: [
        { id: 2, planId: 9, kind: 'course', number: 2, status: 'performed', performedAt: '2026-11-01T10:00:00.000Z' },
        { id: 1, planId: 9, kind: 'course', number: 1, status: 'performed', performedAt: '2026-10-20T10:00:00.000Z' },
      ],
    } as unknown as ChartRecord;
    expect(planProgress(chart)).toBe('Session 2 of 3 done');
    expect(nextWindow(chart, { secondSessionMinDays: 7, laterSessionMinDays: 21, laterSessionMaxDays: 28 })).toEqual({
      number: 3,
      window: { earliest: '2026-11-22', latest: '2026-11-29' },
    });
  });

  afterEach(() => setClinicLocale('en-GB'));

  it('says plan progress in German for a German reader', () => {
    setClinicLocale('de-DE');
    const chart = {
      plans: [{ id: 9, kind: 'course', status: 'active', quotedSessions: 3 }],
      sessions: [{ id: 1, planId: 9, kind: 'course', number: 1, status: 'performed', performedAt: '2026-10-20T10:00:00.000Z' }],
    } as unknown as ChartRecord;
    expect(planProgress(chart)).toBe('Sitzung 1 von 3 erfolgt');
    expect(planProgress({ plans: [], sessions: [] } as unknown as ChartRecord)).toBe('Noch kein Plan');
  });
});
