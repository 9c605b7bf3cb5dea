import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-23T16:00:00Z'));
  clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
});
afterEach(() => t.close());

const performed = (performedAt: string, over: Record<string, unknown> = {}) =>
  t.ok('sessions.chart', {
    clientId,
    performedAt,
    pigmentBrand: 'Scalp Ink',
    pigmentShade: 'Medium Grey',
    dilution: '1:3',
    pigmentBatch: 'B-2231',
    pigmentExpiry: '2027-06-30',
    needle: '1RL 0.25',
    zones: ['crown'],
    ...over,
  });

const rules = [
  { fromDay: 0, toDay: 4, instruction: 'Keep your scalp completely dry' },
  { fromDay: 5, toDay: 6, instruction: 'Water only' },
  { fromDay: 7, toDay: null, instruction: 'Wash as normal' },
];

describe('aftercare templates', () => {
  it('ships the stricter default template for any session', async () => {
    const [standard, ...others] = await t.ok('aftercare.templates.list', {});
    expect(others).toEqual([]);
    expect(standard).toMatchObject({ key: 'standard', version: 1, sessionKind: 'any', versions: 1 });
    expect(standard!.rules[0]).toEqual({ fromDay: 0, toDay: 4, instruction: expect.stringMatching(/completely dry/) });
    expect(standard!.rules.at(-1)).toMatchObject({ fromDay: 7, toDay: null });
    expect(standard!.advice.join(' ')).toMatch(/isopropyl alcohol.*Moisturise.*once or twice a week/s);
  });

  it('makes a new version on every edit and keeps the old one', async () => {
    const v1 = (await t.ok('aftercare.templates.list', {}))[0]!;
    const v2 = await t.ok('aftercare.templates.save', {
      ...v1,
      key: v1.key,
      expectedVersion: 1,
      advice: [...v1.advice, 'Call us with any worry.'],
    });
    expect(v2).toMatchObject({ key: 'standard', version: 2 });
    expect(v2.id).not.toBe(v1.id);
    const got = await t.ok('aftercare.templates.get', { key: 'standard' });
    expect(got.version).toBe(2);
    expect(got.history.map((h) => h.version)).toEqual([2, 1]);
    expect((await t.ok('aftercare.templates.get', { key: 'standard', version: 1 })).advice).toEqual(v1.advice);
    const audit = t.open.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'aftercare_template' ORDER BY id").pluck().all();
    expect(audit).toEqual(['create', 'new_version']);
    const entry = expectAudit(t, {
      entity: 'aftercare_template',
      entityId: v2.id,
      action: 'new_version',
      before: { version: 1 },
      after: { key: 'standard', version: 2 },
    });
    expect(entry.after!.advice).toEqual([...v1.advice, 'Call us with any worry.']);
    expect(entry.before!.advice).toEqual(v1.advice);
  });

  it('writes nothing when a save changes nothing', async () => {
    const v1 = (await t.ok('aftercare.templates.list', {}))[0]!;
    const before = t.counts();
    expect((await t.ok('aftercare.templates.save', { ...v1, key: v1.key, expectedVersion: 1 })).version).toBe(1);
    expect(t.counts()).toEqual(before);
  });

  it('refuses a save made against an older version', async () => {
    const v1 = (await t.ok('aftercare.templates.list', {}))[0]!;
    await t.ok('aftercare.templates.save', { ...v1, key: v1.key, expectedVersion: 1, name: 'Standard' });
    const before = t.counts();
    const e = await t.err('aftercare.templates.save', { ...v1, key: v1.key, expectedVersion: 1, name: 'Other' });
    expect(e.code).toBe('conflict');
    expect(t.counts()).toEqual(before);
  });

  it('audits a new template as created, with its rules', async () => {
    const made = await t.ok('aftercare.templates.save', {
      name: 'Touch-up aftercare',
      sessionKind: 'touch_up',
      rules,
      advice: ['Call us'],
    });
    expectAudit(t, {
      entity: 'aftercare_template',
      entityId: made.id,
      action: 'create',
      before: null,
      after: { key: 'touch-up-aftercare', version: 1, sessionKind: 'touch_up', rules, advice: ['Call us'] },
    });
  });

  it('creates separate templates per session kind with their own keys', async () => {
    const touch = await t.ok('aftercare.templates.save', { name: 'Touch-up aftercare', sessionKind: 'touch_up', rules, advice: [] });
    expect(touch).toMatchObject({ key: 'touch-up-aftercare', version: 1, sessionKind: 'touch_up' });
    const again = await t.ok('aftercare.templates.save', { name: 'Touch-up aftercare', sessionKind: 'first', rules, advice: [] });
    expect(again.key).toBe('touch-up-aftercare-2');
    expect((await t.ok('aftercare.templates.list', {})).length).toBe(3);
  });

  it('flags a contradictory rule beside its day and writes nothing', async () => {
    const before = t.counts();
    const e = await t.err('aftercare.templates.save', {
      name: 'Broken',
      sessionKind: 'any',
      rules: [...rules, { fromDay: 2, toDay: 3, instruction: 'Wash as normal with shampoo' }],
      advice: [],
    });
    expect(e.code).toBe('invalid_input');
    expect(e.fields?.['rules.3.fromDay']).toMatch(/contradicts rule 1/);
    const overlap = await t.err('aftercare.templates.save', {
      name: 'Broken',
      sessionKind: 'any',
      rules: [
        { fromDay: 3, toDay: 6, instruction: 'No gym' },
        { fromDay: 0, toDay: 3, instruction: 'Avoid exercise' },
      ],
    });
    expect(overlap.fields?.['rules.1.toDay']).toMatch(/overlaps rule 1/);
    const bad = await t.err('aftercare.templates.save', {
      name: '',
      sessionKind: 'weekly',
      rules: [{ fromDay: -1, toDay: 2, instruction: '' }],
    });
    expect(bad.fields).toMatchObject({
      name: 'Enter a name for the template.',
      sessionKind: 'Choose which sessions this template is for.',
      'rules.0.fromDay': expect.stringMatching(/Day 0 is the session day/),
      'rules.0.instruction': 'Enter the instruction.',
    });
    expect(t.counts()).toEqual(before);
  });
});

describe('a template’s key, versions and what counts as a change', () => {
  it('makes a short, plain key from any name, and “template” when the name has no letters or digits', async () => {
    const save = (name: string) => t.ok('aftercare.templates.save', { name, sessionKind: 'touch_up', rules, advice: [] });
    expect((await save('“Touch-up” —  after care!')).key).toBe('touch-up-after-care');
    expect((await save('Soin après séance')).key).toBe('soin-apres-seance');
    expect((await save('★★★')).key).toBe('template');
    expect((await save('A very long name for the aftercare given after a touch-up')).key).toBe(
      'a-very-long-name-for-the-aftercare-given-after-a-t',
    );
  });

  it('lists each template once, by name, with how many versions it has', async () => {
    const v1 = (await t.ok('aftercare.templates.list', {}))[0]!;
    // Named so that the names' order is not the keys' (basic-touch-up before standard).
    await t.ok('aftercare.templates.save', { ...v1, key: v1.key, expectedVersion: 1, name: 'Aftercare for every session' });
    await t.ok('aftercare.templates.save', { name: 'Basic touch-up', sessionKind: 'touch_up', rules, advice: [] });
    const list = await t.ok('aftercare.templates.list', {});
    expect(list.map((x) => [x.name, x.key, x.version, x.versions])).toEqual([
      ['Aftercare for every session', 'standard', 2, 2],
      ['Basic touch-up', 'basic-touch-up', 1, 1],
    ]);
  });

  it('makes a new version when only the session kind or only the rules change', async () => {
    const v1 = (await t.ok('aftercare.templates.list', {}))[0]!;
    const kind = await t.ok('aftercare.templates.save', { ...v1, key: v1.key, expectedVersion: 1, sessionKind: 'first' });
    expect(kind.version).toBe(2);
    expectAudit(t, { entity: 'aftercare_template', entityId: kind.id, action: 'new_version', changed: ['id', 'sessionKind'] });
    const ruled = await t.ok('aftercare.templates.save', { ...kind, key: kind.key, expectedVersion: 2, rules });
    expect(ruled.version).toBe(3);
    expectAudit(t, { entity: 'aftercare_template', entityId: ruled.id, action: 'new_version', after: { rules } });
  });

  it('names the template in a conflict, and says when a template does not exist', async () => {
    const v1 = (await t.ok('aftercare.templates.list', {}))[0]!;
    await t.ok('aftercare.templates.save', { ...v1, key: v1.key, expectedVersion: 1, name: 'Standard' });
    expect((await t.err('aftercare.templates.save', { ...v1, key: v1.key, expectedVersion: 1, name: 'Other' })).message).toBe(
      '“Standard” was changed by someone else since you opened it. Review their changes before saving again.',
    );
    const before = t.counts();
    expect((await t.err('aftercare.templates.save', { ...v1, key: 'no-such', expectedVersion: 1 })).message).toBe(
      'The aftercare template was not found.',
    );
    expect((await t.err('aftercare.templates.get', { key: 'no-such' })).message).toBe('The aftercare template was not found.');
    expect(t.counts()).toEqual(before);
  });
});

describe('aftercare sheets and prints', () => {
  it('dates the sheet from the session and says when the next session opens', async () => {
    const s1 = await performed('2026-11-23T10:00:00.000Z');
    const sheet = await t.ok('aftercare.sheet', { sessionId: s1.id });
    expect(sheet).toMatchObject({
      client: { firstName: 'Sam', lastName: 'Okafor' },
      session: { number: 1, date: '2026-11-23' },
      template: { key: 'standard', version: 1 },
      nextSession: { number: 2, earliest: '2026-11-30', latest: null, optional: false },
      clinic: { paperSize: 'A4', locale: 'en-GB' },
    });
  });

  it('uses the template made for first sessions when there is one', async () => {
    const first = await t.ok('aftercare.templates.save', { name: 'First session', sessionKind: 'first', rules, advice: [] });
    const s1 = await performed('2026-11-23T10:00:00.000Z');
    expect((await t.ok('aftercare.sheet', { sessionId: s1.id })).template.id).toBe(first.id);
  });

  it('records a print with its template version, and an old print keeps its version after an edit', async () => {
    const staff = await t.ok('staff.create', { name: 'Jo Reyes', role: 'reception' });
    t.api.actAs(staff.id);
    const s1 = await performed('2026-11-23T10:00:00.000Z');
    const v1 = (await t.ok('aftercare.sheet', { sessionId: s1.id })).template;
    const p1 = await t.ok('aftercare.prints.record', { sessionId: s1.id, templateId: v1.id });
    expect(p1).toMatchObject({
      templateName: 'Standard aftercare',
      templateVersion: 1,
      printedBy: staff.id,
      printedAt: '2026-11-23T16:00:00.000Z',
    });

    await t.ok('aftercare.templates.save', { ...v1, key: v1.key, expectedVersion: 1, name: 'Standard aftercare (2027)' });
    const v2 = (await t.ok('aftercare.sheet', { sessionId: s1.id })).template;
    expect(v2.version).toBe(2);
    await t.ok('aftercare.prints.record', { sessionId: s1.id, templateId: v2.id });

    const chart = await t.ok('clients.chart', { id: clientId });
    expect(chart.prints.map((p) => [p.templateName, p.templateVersion]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['Standard aftercare', 1],
      ['Standard aftercare (2027)', 2],
    ]);
    const audit = t.open.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity = 'aftercare_print'").pluck().get();
    expect(audit).toBe(2);
    expectAudit(t, {
      entity: 'aftercare_print',
      entityId: p1.id,
      action: 'create',
      before: null,
      after: { sessionId: s1.id, templateVersion: 1, templateName: 'Standard aftercare' },
      by: staff.id,
    });
  });

  it('has no sheet for a session that is not on file, or one with no date', async () => {
    expect((await t.err('aftercare.sheet', { sessionId: 999 })).message).toBe('The session was not found.');
    const s = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z' });
    // A booking that lost its time (an imported one): nothing to date the sheet from.
    t.open.sqlite.prepare('UPDATE sessions SET booked_for = NULL WHERE id = ?').run(s.id);
    expect((await t.err('aftercare.sheet', { sessionId: s.id })).message).toBe(
      'This session has no date yet, so its aftercare dates cannot be worked out.',
    );
  });

  it('has no sheet when no template covers the session’s kind', async () => {
    const v1 = (await t.ok('aftercare.templates.list', {}))[0]!;
    await t.ok('aftercare.templates.save', { ...v1, key: v1.key, expectedVersion: 1, sessionKind: 'touch_up' });
    const s1 = await performed('2026-11-23T10:00:00.000Z');
    expect((await t.err('aftercare.sheet', { sessionId: s1.id })).message).toBe(
      'There is no aftercare template for this kind of session. Add one under Aftercare.',
    );
  });

  it('refuses a print for a missing session or template and writes nothing', async () => {
    const s1 = await performed('2026-11-23T10:00:00.000Z');
    const before = t.counts();
    expect((await t.err('aftercare.prints.record', { sessionId: 999, templateId: 1 })).code).toBe('not_found');
    expect((await t.err('aftercare.prints.record', { sessionId: s1.id, templateId: 999 })).fields?.templateId).toMatch(/no longer exists/);
    expect((await t.err('aftercare.prints.record', { sessionId: 'one', templateId: 1 })).fields?.sessionId).toBeDefined();
    expect(t.counts()).toEqual(before);
  });
});
