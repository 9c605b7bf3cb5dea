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

describe('which questionnaire the answers are given to', () => {
  const sunbed = {
    key: 'sunbed',
    kind: 'yes_no' as const,
    text: 'Used a sunbed in the last two weeks?',
    tier: 'temporary' as const,
    waitDays: 14,
    records: true,
  };
  async function addSunbedQuestion() {
    const v1 = await t.ok('documents.get', { kind: 'questionnaire' });
    await t.ok('documents.save', { kind: 'questionnaire', title: v1.title, body: v1.body, questions: [...v1.questions, sunbed] });
    const v2 = await t.ok('documents.get', { kind: 'questionnaire' });
    return { v1, v2 };
  }

  it('refuses an answer to a question the questionnaire does not have, beside it, writing nothing', async () => {
    const before = t.counts();
    const e = await t.err('intake.save', { clientId, answers: { diabetes: no, sunbed: no } });
    expect(e.fields).toEqual({ 'answers.sunbed': 'This question is not on the questionnaire.' });
    expect(t.counts()).toEqual(before);
  });

  it('refuses an answer of the wrong kind even on a draft, but not the questions left for later', async () => {
    const before = t.counts();
    const e = await t.err('intake.save', { clientId, answers: { diabetes: { value: 'Sometimes' } } });
    expect(e.fields).toEqual({ 'answers.diabetes': 'Answer yes or no.' });
    expect(t.counts()).toEqual(before);
  });

  it('refuses a questionnaireId that is another kind of document or none at all, beside the field', async () => {
    const consent = await t.ok('documents.get', { kind: 'treatment_consent' });
    const before = t.counts();
    for (const questionnaireId of [consent.id, 999]) {
      const e = await t.err('intake.save', { clientId, questionnaireId, answers: {} });
      expect(e.fields).toEqual({ questionnaireId: 'That questionnaire does not exist. Reload and answer again.' });
    }
    expect(t.counts()).toEqual(before);
  });

  it('answers the current questionnaire when none is named, and the older version when the form showed it', async () => {
    const { v1, v2 } = await addSunbedQuestion();
    expect(v2.id).not.toBe(v1.id);
    const current = await t.ok('intake.save', { clientId, answers: { sunbed: no } });
    expect(current.questionnaireId).toBe(v2.id);
    const older = await t.ok('intake.save', {
      clientId,
      expectedVersion: current.version,
      questionnaireId: v1.id,
      answers: { diabetes: no },
    });
    expect(older.questionnaireId).toBe(v1.id);
  });

  it('audits the contraindication a "yes" records, naming the condition and the questionnaire version', async () => {
    const { v2 } = await addSunbedQuestion();
    await t.ok('intake.save', { clientId, answers: { sunbed: { answer: true, detail: 'Last Friday' } } });
    const [c] = (await t.ok('clients.chart', { id: clientId })).contraindications;
    expect(c).toMatchObject({ condition: 'Used a sunbed in the last two weeks — Last Friday', tier: 'temporary' });
    expectAudit(t, {
      entity: 'contraindication',
      entityId: c!.id,
      action: 'create',
      after: { condition: 'Used a sunbed in the last two weeks — Last Friday', tier: 'temporary' },
      reason: `Answered yes to “Used a sunbed in the last two weeks — Last Friday” (questionnaire version ${v2.version})`,
    });
  });

  it('records a yes once: saving the same answers again adds no second contraindication', async () => {
    await addSunbedQuestion();
    const yes = { answer: true, detail: 'Last Friday' };
    const i = await t.ok('intake.save', { clientId, answers: { sunbed: yes } });
    await t.ok('intake.save', { clientId, expectedVersion: i.version, answers: { sunbed: yes, diabetes: no } });
    expect((await t.ok('clients.chart', { id: clientId })).contraindications).toHaveLength(1);
  });

  it('keeps who first completed the intake when it is saved again by someone else', async () => {
    const other = (await t.ok('staff.create', { name: 'Ana Lind', role: 'practitioner' })).id;
    t.api.actAs(witness);
    const i = await t.ok('intake.save', {
      clientId,
      answers: {},
      complete: true,
      consentGivenAt: '2026-11-21T08:50:00.000Z',
      consentWitnessedBy: witness,
    });
    expect(i.completedBy).toBe(witness);
    t.api.actAs(other);
    const j = await t.ok('intake.save', {
      clientId,
      expectedVersion: i.version,
      answers: { diabetes: no },
      complete: true,
      consentGivenAt: '2026-11-21T08:50:00.000Z',
      consentWitnessedBy: witness,
    });
    expect(j.completedBy).toBe(witness);
  });
});
