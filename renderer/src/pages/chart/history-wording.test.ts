import { afterEach, describe, expect, it } from 'vitest';
import { changedFields, describeAction } from './history-wording';
import { setClinicLocale } from '../../format';

describe('chart history wording', () => {
  it('lists only the fields that changed, in words, ignoring bookkeeping', () => {
    expect(
      changedFields(
        { phone: '0700 111', notes: '', version: 1, updatedAt: 'a', pigmentShade: 'Grey 2' },
        { phone: '0700 222', notes: 'Prefers mornings', version: 2, updatedAt: 'b', pigmentShade: 'Grey 2' },
      ),
    ).toEqual(['phone: 0700 111 → 0700 222', 'notes: — → Prefers mornings']);
    expect(changedFields(null, { a: 1 })).toEqual([]);
    expect(changedFields({ zones: ['crown'] }, { zones: ['crown', 'scar'] })).toEqual(['zones: ["crown"] → ["crown","scar"]']);
    expect(changedFields({ note: 'x'.repeat(200) }, { note: 'y' })[0]).toMatch(/^note: x{79}… → y$/);
  });

  it('names actions as a person would', () => {
    expect(describeAction('status:waived')).toBe('status set to waived');
    expect(describeAction('override:deposit')).toBe('deposit rule overridden');
    expect(describeAction('chart')).toBe('charted');
    expect(describeAction('set_pin')).toBe('set pin');
  });

  afterEach(() => setClinicLocale('en-GB'));

  it('names actions in German for a German reader', () => {
    setClinicLocale('de-DE');
    expect(describeAction('chart')).toBe('dokumentiert');
    expect(describeAction('status:waived')).toBe('Status auf waived gesetzt');
  });
});
