import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONS } from '../../core/clinic-documents';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
});
afterEach(() => t.close());

const newQuestion = {
  key: 'sunbed',
  kind: 'yes_no' as const,
  text: 'Used a sunbed in the last two weeks?',
  required: true,
  tier: 'temporary' as const,
  waitDays: 14,
  records: true,
};

describe('the clinic’s documents', () => {
  it('start with the 15 questions and a version 1 of each consent text, each in the trail', async () => {
    const list = await t.ok('documents.list', {});
    expect(list.map((d) => [d.kind, d.version]).sort()).toEqual([
      ['marketing_consent', 1],
      ['photo_consent', 1],
      ['questionnaire', 1],
      ['treatment_consent', 1],
    ]);
    const q = list.find((d) => d.kind === 'questionnaire')!;
    expect(q.questions).toEqual(DEFAULT_QUESTIONS);
    for (const d of list)
      expectAudit(t, { entity: 'clinic_document', entityId: d.id, action: 'create', reason: 'Default clinic document' });
  });

  it('save a new version, keep the old one as it was, and save nothing when nothing changed', async () => {
    const v1 = await t.ok('documents.get', { kind: 'questionnaire' });
    const v2 = await t.ok('documents.save', {
      kind: 'questionnaire',
      expectedVersion: 1,
      title: v1.title,
      body: v1.body,
      questions: [...v1.questions, newQuestion],
    });
    expect(v2.version).toBe(2);
    expect(v2.questions.at(-1)).toEqual({ ...newQuestion, options: [] });
    expectAudit(t, { entity: 'clinic_document', entityId: v2.id, action: 'new_version', changed: ['id', 'questions', 'createdAt'] }); // version is bookkeeping to the audit helper
    expect((await t.ok('documents.get', { kind: 'questionnaire', version: 1 })).questions).toEqual(DEFAULT_QUESTIONS);
    const same = await t.ok('documents.save', { ...v2, expectedVersion: 2 });
    expect(same.id).toBe(v2.id);
    expect((await t.ok('documents.get', { kind: 'questionnaire' })).history.map((h) => h.version)).toEqual([2, 1]);
  });

  it('refuse bad questions beside the field, writing nothing', async () => {
    const v1 = await t.ok('documents.get', { kind: 'questionnaire' });
    const before = t.counts();
    const save = (questions: unknown[]) => t.err('documents.save', { kind: 'questionnaire', title: v1.title, body: v1.body, questions });
    expect((await save([{ ...newQuestion, waitDays: null }])).fields).toEqual({
      'questions.0.waitDays': 'Say how many days to wait after a yes.',
    });
    expect((await save([{ key: 'hair', kind: 'choice', text: 'Hair colour?', options: ['Dark'] }])).fields).toEqual({
      'questions.0.options': 'A choice needs at least two options.',
    });
    expect((await save([newQuestion, { ...newQuestion }])).fields).toMatchObject({ 'questions.1.key': 'Each question needs its own key.' });
    expect((await save([{ ...newQuestion, text: '  ' }])).fields).toHaveProperty(['questions.0.text']);
    expect((await save([{ key: 'diabetes', kind: 'text', text: 'Diabetes?' }])).fields).toEqual({
      'questions.0.kind': 'A question keeps its kind once asked. Add a new question instead.',
    });
    expect((await save([])).fields).toEqual({ questions: 'Keep at least one question.' });
    expect((await t.err('documents.save', { kind: 'photo_consent', title: 'X', body: ' ' })).fields).toHaveProperty(['body']);
    expect((await t.err('documents.save', { ...v1, expectedVersion: 7 })).code).toBe('conflict');
    expect(t.counts()).toEqual(before);
  });
});
