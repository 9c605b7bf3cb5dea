import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import defaults from '../resources/default-aftercare.json';
import {
  classifyInstruction,
  datedTimeline,
  findRuleProblems,
  formatRuleDates,
  AFTERCARE_SESSION_KIND_LABELS,
  aftercareSessionKindLabel,
  pickTemplate,
  sessionAftercareKind,
  type AftercareRule,
} from './aftercare';
import { addDays, daysBetween } from './dates';
import { translate } from './i18n/translate';

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

  it('puts a long rule that starts earlier before a short one that starts later', () => {
    const t = datedTimeline('2026-11-23', [rule(5, 6, 'short'), rule(0, 10, 'long')]);
    expect(t.map((r) => r.instruction)).toEqual(['long', 'short']);
    expect(datedTimeline('2026-11-23', [rule(7, null, 'later'), rule(0, null, 'from the start')]).map((r) => r.instruction)).toEqual([
      'from the start',
      'later',
    ]);
  });

  it('lists rules starting the same day shortest first, open-ended last, and otherwise as written', () => {
    const t = datedTimeline('2026-11-23', [rule(0, null, 'open'), rule(0, 9, 'long'), rule(0, 2, 'short')]);
    expect(t.map((r) => r.instruction)).toEqual(['short', 'long', 'open']);
    const same = datedTimeline('2026-11-23', [rule(1, 3, 'first'), rule(1, 3, 'second'), rule(1, 3, 'third')]);
    expect(same.map((r) => r.instruction)).toEqual(['first', 'second', 'third']);
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
  it('names each kind of session in the reader’s language, English as on the sheet', () => {
    for (const [kind, label] of Object.entries(AFTERCARE_SESSION_KIND_LABELS)) {
      expect(aftercareSessionKindLabel('en-GB', kind as keyof typeof AFTERCARE_SESSION_KIND_LABELS)).toBe(label);
    }
    expect(aftercareSessionKindLabel('de-DE', 'touch_up')).toBe('Auffrischung');
    expect(aftercareSessionKindLabel('es-ES', 'first')).toBe('Primera sesión');
  });
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
  it('uses the newest template of a kind, wherever it is in the list', () => {
    const newerFirst = { id: 4, sessionKind: 'first' as const, createdAt: '2026-03-01' };
    const newerAny = { id: 5, sessionKind: 'any' as const, createdAt: '2026-02-01' };
    expect(pickTemplate([first, newerFirst, any], { kind: 'course', number: 1 })?.id).toBe(4);
    expect(pickTemplate([newerFirst, first], { kind: 'course', number: 1 })?.id).toBe(4);
    expect(pickTemplate([any, newerAny, first], { kind: 'course', number: 2 })?.id).toBe(5);
  });
  it('names every kind of template for the editor', () => {
    expect(AFTERCARE_SESSION_KIND_LABELS).toEqual({
      any: 'Any session',
      first: 'First session',
      later: 'Second and later sessions',
      touch_up: 'Touch-up',
    });
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

  // The ways clinics write each piece of advice, as the editor must read them.
  const wordings: [string, Record<string, string>][] = [
    ['No haircut for two weeks', { haircut: 'avoid' }],
    ['No hair cuts', { haircut: 'avoid' }],
    ["Don't cut your hair", { haircut: 'avoid' }],
    ['Avoid cutting hair', { haircut: 'avoid' }],
    ['No shaving', { haircut: 'avoid' }],
    ['Do not use a clipper', { haircut: 'avoid' }],
    ['Barber visits are fine again', { haircut: 'allowed' }],
    ["Don't sweat", { sweat: 'avoid' }],
    ['No sport', { sweat: 'avoid' }],
    ['No workout', { sweat: 'avoid' }],
    ['No work outs', { sweat: 'avoid' }],
    ['Exercise is fine again', { sweat: 'allowed' }],
    ['Do not swim', { swim: 'avoid' }],
    ['Stay out of the pool', { swim: 'avoid' }],
    ['No hot tub', { swim: 'avoid' }],
    ['Avoid the hottub', { swim: 'avoid' }],
    ['Swimming ok from now on', { swim: 'allowed' }],
    ['No sun', { sun: 'avoid' }],
    ['No sunbed', { sun: 'avoid' }],
    ['Avoid sunlight', { sun: 'avoid' }],
    ['Sun is fine', { sun: 'allowed' }],
    ['Sunbeds are allowed', { sun: 'allowed' }],
    ['Dont touch the treated area', { touch: 'avoid' }],
    ['Do not scratch', { touch: 'avoid' }],
    ["Don't pick at the scabs", { touch: 'avoid' }],
    ["Don't rub the scalp", { touch: 'avoid' }],
    ['You mustnt scratch', { touch: 'avoid' }],
    ['You cant swim yet', { swim: 'avoid' }],
    ['Keep your scalp dry and out of the sun', { wash: 'dry', sun: 'avoid' }],
    ['Keep it completely dry, away from sun', { wash: 'dry', sun: 'avoid' }],
    ['Use only water', { wash: 'water_only' }],
    ['Rinse with water', { wash: 'water_only' }],
    ['Do not wet the scalp', { wash: 'dry' }],
    ["Don't get wet", { wash: 'dry' }],
    ['Do not get wet', { wash: 'dry' }],
    ['No washing for five days', { wash: 'dry' }],
    ['No wash until day 5', { wash: 'dry' }],
    ['Dont wash', { wash: 'dry' }],
    ['No soap or shampoo', { wash: 'no_products' }],
    ['Dont use shampoo', { wash: 'no_products' }],
    ['Wash your hair normally', { wash: 'normal' }],
    ['Wash normally', { wash: 'normal' }],
    ['Washing hair as usual', { wash: 'normal' }],
    ['Wash normally but avoid the sun', { wash: 'normal', sun: 'avoid' }],
    ['Washing the scalp as usual is fine, but no swimming', { wash: 'normal', swim: 'avoid' }],
    ['Dont get it wet', { wash: 'dry' }],
    ["Don't wet the scalp", { wash: 'dry' }],
    ['Keep dry and out of the sun', { wash: 'dry', sun: 'avoid' }],
    ['Showering is fine again', { wash: 'normal' }],
    ['You may shower again', { wash: 'normal' }],
  ];
  it.each(wordings)('reads “%s”', (instruction, topics) => {
    expect(classifyInstruction(instruction)).toStrictEqual(topics);
  });

  it('reads nothing from a rule that names a topic without saying yes or no', () => {
    expect(classifyInstruction('Sun protection')).toStrictEqual({});
    expect(classifyInstruction('Pat the scalp dry with a clean towel')).toStrictEqual({});
    expect(classifyInstruction('Sleep on a clean pillowcase')).toStrictEqual({});
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
    expect(findRuleProblems([rule(5, 3, 'x')])).toMatchObject([
      { index: 0, field: 'toDay', kind: 'order', message: 'The last day must not be before the first day.' },
    ]);
  });

  it('accepts a one-day rule (day 5 to day 5)', () => {
    expect(findRuleProblems([rule(5, 5, 'No gym')])).toEqual([]);
  });

  const contradictions: [string, string, string][] = [
    ['Avoid the sun', 'Sun is fine', 'sun'],
    ['No swimming', 'Swimming is fine again', 'swimming'],
    ['No gym or exercise', 'Exercise as normal', 'sweating and exercise'],
    ['No haircuts', 'Haircuts are fine', 'haircuts'],
    ['Do not touch the scalp', 'Touching is fine now', 'touching the scalp'],
  ];
  it.each(contradictions)('flags “%s” against “%s” on the same days as a contradiction about %s', (earlier, later, topic) => {
    expect(findRuleProblems([rule(0, 6, earlier), rule(4, 9, later)])).toMatchObject([
      {
        index: 1,
        field: 'fromDay',
        kind: 'contradiction',
        message: `This contradicts rule 1 (“${earlier}”) about ${topic} on days 4–6. Change the days so they don’t meet.`,
      },
    ]);
  });

  it('flags “no soap” against “wash as normal”, but not against keeping dry', () => {
    expect(findRuleProblems([rule(0, 4, 'No soap or shampoo'), rule(2, 3, 'Wash as normal')])[0]?.kind).toBe('contradiction');
    expect(findRuleProblems([rule(0, 4, 'No soap or shampoo'), rule(2, 3, 'Keep your scalp dry')])).toEqual([]);
  });

  it('calls two “keep dry” rules on the same days an overlap, not a contradiction', () => {
    const [p] = findRuleProblems([rule(0, 4, 'Keep dry'), rule(2, 3, 'Keep your scalp completely dry')]);
    expect(p).toMatchObject({ index: 1, kind: 'overlap' });
    expect(p!.message).toMatch(/already covers washing/);
  });

  it('names the rule repeated, and says nothing about topics when the same words are written twice', () => {
    const problems = findRuleProblems([rule(0, 1, 'Keep dry'), rule(0, 2, 'Sleep upright'), rule(2, 5, ' sleep upright')]);
    expect(problems).toMatchObject([
      {
        index: 2,
        field: 'fromDay',
        kind: 'overlap',
        message: 'This overlaps rule 2 (“Sleep upright”) on day 2. Merge them or change the days.',
      },
    ]);
  });

  it('sees the same advice typed with stray spaces as the same advice', () => {
    expect(findRuleProblems([rule(0, 2, '  Sleep upright '), rule(1, 3, 'sleep upright')])[0]?.kind).toBe('overlap');
  });

  it('says only “overlaps” when the same advice is written twice word for word', () => {
    const [p] = findRuleProblems([rule(0, 4, 'Keep dry'), rule(2, 3, 'Keep dry')]);
    expect(p!.message).toBe('This overlaps rule 1 (“Keep dry”) on days 2–3. Merge them or change the days.');
  });

  it('names an open-ended overlap “from day N”', () => {
    const [p] = findRuleProblems([rule(7, null, 'Wash as normal'), rule(10, null, 'Keep your scalp dry')]);
    expect(p!.message).toMatch(/on from day 10\./);
  });

  it('flags the first day of the later rule when two rules start the same day', () => {
    const [p] = findRuleProblems([rule(3, 6, 'No sun'), rule(3, 4, 'Sun is fine')]);
    expect(p).toMatchObject({ index: 1, field: 'fromDay' });
  });

  it('does not flag the rules after a rule that has to change anyway', () => {
    // Rule 2 clashes with rule 1 and must move; rule 3 meets only rule 2, so nothing is said about it yet.
    const problems = findRuleProblems([rule(0, 2, 'Keep dry'), rule(2, 5, 'Wash as normal'), rule(4, 5, 'Keep dry')]);
    expect(problems.map((p) => p.index)).toEqual([1]);
  });

  it('lists the problems in the order of the rules', () => {
    const problems = findRuleProblems([
      rule(0, 4, 'Keep dry'),
      rule(2, 3, 'Wash as normal'),
      rule(9, 8, 'x'),
      rule(3, 3, 'Wash as normal'),
      rule(7, 6, 'y'),
    ]);
    expect(problems.map((p) => [p.index, p.kind])).toEqual([
      [1, 'contradiction'],
      [2, 'order'],
      [3, 'contradiction'],
      [4, 'order'],
    ]);
  });

  it('quotes a long rule by its first words', () => {
    const long = 'Avoid direct sun on the scalp, and wear a soft hat outdoors';
    const [p] = findRuleProblems([rule(0, 6, long), rule(4, 9, 'Sun is fine')]);
    expect(p!.message).toContain('(“Avoid direct sun on the scalp, and wear a soft…”)');
    const fits = 'Avoid direct sun on the scalp; wear a loose hat!'; // 48 characters: quoted whole
    expect(fits).toHaveLength(48);
    expect(findRuleProblems([rule(0, 6, fits), rule(4, 9, 'Sun is fine')])[0]!.message).toContain(`(“${fits}”)`);
    const over = `${fits}!`;
    expect(findRuleProblems([rule(0, 6, over), rule(4, 9, 'Sun is fine')])[0]!.message).toContain(
      '(“Avoid direct sun on the scalp; wear a loose hat…”)',
    );
  });
});

// The topic checks read English words only. German or Spanish instructions say nothing to them: a
// template in another language is still checked for day order and for the same instruction twice on
// overlapping days, but a contradiction in its own words is not caught (it is the clinic's to read).
describe('the rule checks on German and Spanish text', () => {
  it('finds no topics, so no contradiction, in German or Spanish wording', () => {
    expect(classifyInstruction('Halten Sie Ihre Kopfhaut vollständig trocken: nicht waschen.')).toEqual({});
    expect(classifyInstruction('Lávelo solo con agua: sin jabón ni champú.')).toEqual({});
    const german = [
      { fromDay: 0, toDay: 4, instruction: 'Kopfhaut vollständig trocken halten' },
      { fromDay: 2, toDay: 6, instruction: 'Waschen wie gewohnt' },
    ];
    expect(findRuleProblems(german)).toEqual([]);
  });

  it('still catches days out of order and the same German instruction twice', () => {
    const problems = findRuleProblems([
      { fromDay: 3, toDay: 1, instruction: 'Kein Sport' },
      { fromDay: 0, toDay: 4, instruction: 'Nicht kratzen' },
      { fromDay: 2, toDay: 5, instruction: 'nicht kratzen' },
    ]);
    expect(problems.map((p) => [p.index, p.kind])).toEqual([
      [0, 'order'],
      [2, 'overlap'],
    ]);
  });
});

describe('rule problems in the reader’s language', () => {
  const rule = (fromDay: number, toDay: number | null, instruction: string) => ({ fromDay, toDay, instruction });

  it('says the same problem in German and Spanish by its id, with the rule, the topic and the days', () => {
    const [p] = findRuleProblems([rule(0, 6, 'No sun'), rule(4, 9, 'Sun is fine')]);
    expect(p!.message).toBe('This contradicts rule 1 (“No sun”) about sun on days 4–6. Change the days so they don’t meet.');
    expect(translate('de-DE', p!.says.id, p!.says.values)).toBe(
      'Das widerspricht Regel 1 (“No sun”) zu Sonne an den Tagen 4–6. Ändern Sie die Tage, damit sie sich nicht überschneiden.',
    );
    const [o] = findRuleProblems([rule(7, null, 'Keep dry'), rule(9, null, 'Keep dry')]);
    expect(translate('es-ES', o!.says.id, o!.says.values)).toBe(
      'Esto se solapa con la regla 1 (“Keep dry”) desde el día 9. Únalas o cambie los días.',
    );
    const [d] = findRuleProblems([rule(5, 3, 'x')]);
    expect(translate('de-DE', d!.says.id, d!.says.values)).toBe('Der letzte Tag darf nicht vor dem ersten Tag liegen.');
  });
});
