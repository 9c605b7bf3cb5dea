import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import defaults from '../resources/default-aftercare.json';
import {
  classifyInstruction,
  datedTimeline,
  findRuleProblems,
  formatRuleDates,
  pickTemplate,
  sessionAftercareKind,
  type AftercareRule,
} from './aftercare';
import { addDays, daysBetween } from './dates';

const rule = (fromDay: number, toDay: number | null, instruction: string): AftercareRule => ({ fromDay, toDay, instruction });

describe('the dated timeline', () => {
  it('turns day numbers into the client’s dates, day 0 being the session day', () => {
    const t = datedTimeline('2026-11-23', defaults.rules);
    expect(t[0]).toMatchObject({ from: '2026-11-23', to: '2026-11-27' });
    expect(t.find((r) => r.fromDay === 5)).toMatchObject({ from: '2026-11-28', to: '2026-11-29' });
    expect(t.at(-1)).toMatchObject({ from: '2026-11-30', to: null });
  });

  it('crosses month ends, year ends and leap days', () => {
    const rules = [rule(0, 4, 'dry'), rule(5, 6, 'water'), rule(7, null, 'normal')];
    expect(datedTimeline('2026-01-29', rules).map((r) => [r.from, r.to])).toEqual([
      ['2026-01-29', '2026-02-02'],
      ['2026-02-03', '2026-02-04'],
      ['2026-02-05', null],
    ]);
    expect(datedTimeline('2026-12-29', rules).map((r) => [r.from, r.to])).toEqual([
      ['2026-12-29', '2027-01-02'],
      ['2027-01-03', '2027-01-04'],
      ['2027-01-05', null],
    ]);
    expect(datedTimeline('2028-02-26', rules).map((r) => [r.from, r.to])).toEqual([
      ['2028-02-26', '2028-03-01'],
      ['2028-03-02', '2028-03-03'],
      ['2028-03-04', null],
    ]);
    expect(datedTimeline('2027-02-26', rules)[0]!.to).toBe('2027-03-02');
  });

  it('keeps every rule’s length in days for a session on any day', () => {
    const day = fc.integer({ min: 0, max: 60 });
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), day, day, (d, a, len) => {
        const date = d.toISOString().slice(0, 10);
        const [r] = datedTimeline(date, [rule(a, a + len, 'x')]);
        return daysBetween(date, r!.from) === a && daysBetween(r!.from, r!.to!) === len && r!.from === addDays(date, a);
      }),
    );
  });

  it('sorts rules by their first day', () => {
    const t = datedTimeline('2026-11-23', [rule(7, null, 'c'), rule(0, 4, 'a'), rule(5, 6, 'b')]);
    expect(t.map((r) => r.instruction)).toEqual(['a', 'b', 'c']);
  });
});

describe('dates on the sheet', () => {
  it('reads like “Mon 23 Nov – Fri 27 Nov” in en-GB', () => {
    const [dry, , , , , , water, normal] = datedTimeline('2026-11-23', defaults.rules).sort((a, b) => a.fromDay - b.fromDay);
    expect(formatRuleDates(dry!, 'en-GB', '2026-11-23')).toBe('Mon 23 Nov – Fri 27 Nov');
    expect(formatRuleDates(water!, 'en-GB', '2026-11-23')).toBe('Sat 28 Nov – Sun 29 Nov');
    expect(formatRuleDates(normal!, 'en-GB', '2026-11-23')).toBe('From Mon 30 Nov');
  });

  it('follows the clinic’s locale and shows years across New Year', () => {
    const [dry] = datedTimeline('2026-12-29', [rule(0, 4, 'dry')]);
    expect(formatRuleDates(dry!, 'en-GB', '2026-12-29')).toBe('Tue, 29 Dec 2026 – Sat, 2 Jan 2027');
    expect(formatRuleDates(dry!, 'en-US', '2026-12-29')).toBe('Tue, Dec 29, 2026 – Sat, Jan 2, 2027');
    const [later] = datedTimeline('2026-12-29', [rule(5, 6, 'water')]);
    expect(formatRuleDates(later!, 'de-DE', '2026-12-29')).toBe('So., 3. Jan. 2027 – Mo., 4. Jan. 2027');
    const [single] = datedTimeline('2026-11-23', [rule(3, 3, 'x')]);
    expect(formatRuleDates(single!, 'en-GB', '2026-11-23')).toBe('Thu 26 Nov');
  });

  it('falls back to en-GB for a malformed locale setting', () => {
    const [dry] = datedTimeline('2026-11-23', [rule(0, 4, 'dry')]);
    expect(formatRuleDates(dry!, 'not a locale!!', '2026-11-23')).toBe('Mon 23 Nov – Fri 27 Nov');
  });
});

describe('choosing a template', () => {
  const any = { id: 1, sessionKind: 'any' as const, createdAt: '2026-01-01' };
  const first = { id: 2, sessionKind: 'first' as const, createdAt: '2026-01-02' };
  const touch = { id: 3, sessionKind: 'touch_up' as const, createdAt: '2026-01-03' };
  it('uses the template made for the session’s kind, else the one for any session', () => {
    expect(sessionAftercareKind({ kind: 'course', number: 1 })).toBe('first');
    expect(sessionAftercareKind({ kind: 'course', number: 3 })).toBe('later');
    expect(pickTemplate([any, first, touch], { kind: 'course', number: 1 })?.id).toBe(2);
    expect(pickTemplate([any, first, touch], { kind: 'course', number: 2 })?.id).toBe(1);
    expect(pickTemplate([any, first, touch], { kind: 'touch_up', number: 1 })?.id).toBe(3);
    expect(pickTemplate([first], { kind: 'course', number: 2 })).toBeUndefined();
  });
});

describe('overlapping and contradictory rules', () => {
  it('finds nothing wrong with the default template', () => {
    expect(findRuleProblems(defaults.rules)).toEqual([]);
  });

  it('reads what an instruction says about washing', () => {
    expect(classifyInstruction('Keep your scalp completely dry')).toEqual({ wash: 'dry' });
    expect(classifyInstruction('Wash with water only, no soap')).toEqual({ wash: 'water_only' });
    expect(classifyInstruction('Wash as normal')).toEqual({ wash: 'normal' });
    expect(classifyInstruction('Don’t wash your hair')).toEqual({ wash: 'dry' });
    expect(classifyInstruction('You can’t go to the gym')).toEqual({ sweat: 'avoid' });
  });

  it('flags the same day both “keep dry” and “wash as normal” on the later rule’s days', () => {
    const problems = findRuleProblems([
      rule(0, 4, 'Keep your scalp completely dry'),
      rule(5, 6, 'Water only'),
      rule(3, null, 'Wash as normal'),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ index: 2, field: 'fromDay', kind: 'contradiction' });
    expect(problems[0]!.message).toMatch(/rule 1 .*washing on days 3–4/);
  });

  it('flags a rule that runs into a later-starting one on its last day', () => {
    const [p] = findRuleProblems([rule(3, 6, 'Keep dry'), rule(0, 3, 'Wash as normal')]);
    expect(p).toMatchObject({ index: 1, field: 'toDay', kind: 'contradiction' });
  });

  it('flags a rule that starts inside another on its first day', () => {
    const [p] = findRuleProblems([rule(0, 4, 'Keep your scalp dry'), rule(4, 6, 'Rinse with water only')]);
    expect(p).toMatchObject({ index: 1, field: 'fromDay', kind: 'contradiction' });
    expect(p!.message).toMatch(/on day 4/);
  });

  it('flags repeats of the same advice on the same days as overlaps', () => {
    const [p] = findRuleProblems([rule(0, 4, 'No gym'), rule(2, 3, 'Avoid exercise and sweating')]);
    expect(p).toMatchObject({ index: 1, field: 'fromDay', kind: 'overlap' });
    expect(p!.message).toMatch(/already covers sweating/);
    expect(findRuleProblems([rule(0, 2, 'Sleep on a clean pillowcase'), rule(1, 3, 'sleep on a clean pillowcase ')])[0]?.kind).toBe(
      'overlap',
    );
  });

  it('lets different topics share days, and compatible washing advice overlap', () => {
    expect(
      findRuleProblems([rule(0, 4, 'Keep dry'), rule(0, 4, 'No sun'), rule(0, 6, 'No soap or shampoo'), rule(5, 6, 'Water only')]),
    ).toEqual([]);
  });

  it('flags a rule that ends before it starts', () => {
    expect(findRuleProblems([rule(5, 3, 'x')])).toEqual([expect.objectContaining({ index: 0, field: 'toDay', kind: 'order' })]);
  });
});
