import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';
import { auditActions, expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
let witness: number;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
  witness = (await t.ok('staff.create', { name: 'Jo Reyes', role: 'practitioner' })).id;
});
afterEach(() => t.close());

const no = { answer: false, detail: '' };

describe('the intake questionnaire', () => {
  it('audits the first answers as created, then each edit with what changed', async () => {
    const i = await t.ok('intake.save', { clientId, answers: { diabetes: no } });
    expect(i).toMatchObject({ completedAt: null, consentGivenAt: null });
    expectAudit(t, { entity: 'intake', entityId: i.id, action: 'create', before: null, after: { clientId, answers: { diabetes: no } } });
    const yes = { answer: true, detail: 'Type 2, controlled' };
    const j = await t.ok('intake.save', { clientId, expectedVersion: i.version, answers: { diabetes: yes } });
    expectAudit(t, { entity: 'intake', entityId: i.id, action: 'update', changed: ['answers'], after: { answers: { diabetes: yes } } });
    expect(auditActions(t, 'intake', i.id)).toEqual(['create', 'update']);
    expect(j.version).toBe(i.version + 1);
  });

  it('records consent once, with its witness, as its own audit entry', async () => {
    t.api.actAs(witness);
    const i = await t.ok('intake.save', {
      clientId,
      answers: {},
      complete: true,
      consentGivenAt: '2026-11-21T08:50:00.000Z',
      consentWitnessedBy: witness,
    });
    expect(i).toMatchObject({
      completedAt: '2026-11-21T09:00:00.000Z',
      consentGivenAt: '2026-11-21T08:50:00.000Z',
      consentWitnessedBy: witness,
    });
    expectAudit(t, {
      entity: 'intake',
      entityId: i.id,
      action: 'consent',
      after: { consentGivenAt: '2026-11-21T08:50:00.000Z', consentWitnessedBy: witness },
    });
    // Saving again keeps the consent and the completion as first recorded, and audits no second consent.
    const j = await t.ok('intake.save', {
      clientId,
      expectedVersion: i.version,
      answers: { diabetes: no },
      consentGivenAt: '2026-11-21T08:55:00.000Z',
      consentWitnessedBy: witness,
    });
    expect(j).toMatchObject({ completedAt: i.completedAt, consentGivenAt: i.consentGivenAt });
    expect(auditActions(t, 'intake', i.id)).toEqual(['create', 'consent', 'update']);
  });

  it('refuses a first save that claims to edit an intake that does not exist', async () => {
    expect((await t.err('intake.save', { clientId, expectedVersion: 1, answers: {} })).code).toBe('conflict');
  });

  it('refuses a stale save', async () => {
    const i = await t.ok('intake.save', { clientId, answers: {} });
    await t.ok('intake.save', { clientId, expectedVersion: i.version, answers: { diabetes: no } });
    expect((await t.err('intake.save', { clientId, expectedVersion: i.version, answers: {} })).code).toBe('conflict');
  });
});

describe('contraindications', () => {
  it('keeps an end date only on a temporary one, and audits what was recorded', async () => {
    const c = await t.ok('contraindications.add', { clientId, condition: 'Keloid scarring', tier: 'absolute', until: '2027-01-01' });
    expect(c.until).toBeNull();
    expectAudit(t, {
      entity: 'contraindication',
      entityId: c.id,
      action: 'create',
      before: null,
      after: { condition: 'Keloid scarring', tier: 'absolute', until: null },
    });
    const temp = await t.ok('contraindications.add', { clientId, condition: 'Sunburn', tier: 'temporary', until: '2026-12-01' });
    expect(temp.until).toBe('2026-12-01');
  });

  it('resolves one with the note as the reason, added to the notes already there', async () => {
    const c = await t.ok('contraindications.add', {
      clientId,
      condition: 'Sunburn',
      tier: 'temporary',
      until: '2026-12-01',
      note: 'Back of the crown',
    });
    const r = await t.ok('contraindications.resolve', { id: c.id, expectedVersion: c.version, note: 'Healed early' });
    expect(r).toMatchObject({
      resolvedAt: '2026-11-21T09:00:00.000Z',
      doctorLetterReceivedAt: null,
      note: 'Back of the crown\nHealed early',
    });
    expectAudit(t, {
      entity: 'contraindication',
      entityId: c.id,
      action: 'resolve',
      changed: ['resolvedAt', 'note'],
      reason: 'Healed early',
    });
  });

  it('records a doctor’s letter without resolving the condition', async () => {
    const c = await t.ok('contraindications.add', { clientId, condition: 'Blood thinners', tier: 'doctor_letter' });
    const r = await t.ok('contraindications.resolve', {
      id: c.id,
      expectedVersion: c.version,
      doctorLetterReceived: true,
      note: 'Letter from Dr Hale',
    });
    expect(r).toMatchObject({ resolvedAt: null, doctorLetterReceivedAt: '2026-11-21T09:00:00.000Z', note: 'Letter from Dr Hale' });
    expectAudit(t, {
      entity: 'contraindication',
      entityId: c.id,
      action: 'doctor_letter',
      changed: ['doctorLetterReceivedAt', 'note'],
      reason: 'Letter from Dr Hale',
    });
  });

  it('treats a “letter received” on a condition that needs none as resolving it, and keeps the notes when none is given', async () => {
    const c = await t.ok('contraindications.add', { clientId, condition: 'Sunburn', tier: 'temporary', until: '2026-12-01', note: 'Mild' });
    const r = await t.ok('contraindications.resolve', { id: c.id, expectedVersion: c.version, doctorLetterReceived: true, note: '' });
    expect(r).toMatchObject({ resolvedAt: '2026-11-21T09:00:00.000Z', doctorLetterReceivedAt: null, note: 'Mild' });
    expectAudit(t, { entity: 'contraindication', entityId: c.id, action: 'resolve', changed: ['resolvedAt'] });
  });
});
