import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHashOf, SIGNED_ROWS_SQL } from '../../db/document-verify';
import { documentKey, documentsFolderFor } from '../../db/document-store';
import { photoFile, readPhoto, sha256 } from '../../db/photo-store';
import { TEST_KEY } from '../../db/testing';
import { blankSignature, drawnSignature, tapSignature } from '../../tests/fixtures/signatures';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
let jo: number;
let signature: string;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
  jo = (await t.ok('staff.create', { name: 'Jo Reyes', role: 'practitioner' })).id;
  signature = await drawnSignature();
});
afterEach(() => t.close());

const no = { answer: false, detail: '' };
/** Every question of the questionnaire answered no, but those given. */
async function answersWith(extra: Record<string, { answer: boolean; detail: string }> = {}) {
  const q = (await t.ok('consent.status', { clientId })).current.questionnaire;
  const answers: Record<string, { answer: boolean; detail: string }> = {
    ...Object.fromEntries(q.questions.map((x) => [x.key, no])),
    ...extra,
  };
  return { questionnaireId: q.id, answers };
}
async function signInput(kind: 'treatment_consent' | 'photo_consent' | 'marketing_consent', extra: Record<string, unknown> = {}) {
  const status = await t.ok('consent.status', { clientId });
  return {
    clientId,
    documentId: status.current[kind].id,
    signerName: 'Sam Okafor',
    method: 'screen' as const,
    signature,
    practitionerId: jo,
    practitionerRole: 'witness' as const,
    ...(kind === 'treatment_consent' ? await answersWith() : {}),
    ...extra,
  };
}
const tinyPdf = () => Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'.padEnd(200, ' ') + '\n%%EOF\n').toString('base64');

describe('signing the treatment consent', () => {
  it('keeps the version, the answers and a content hash that the row still gives; saves the intake with its consent', async () => {
    const signed = await t.ok('consent.sign', await signInput('treatment_consent'));
    expect(signed).toMatchObject({ kind: 'treatment_consent', documentVersion: 1, signerName: 'Sam Okafor', practitionerName: 'Jo Reyes' });
    expect(signed.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    const row = t.open.sqlite.prepare(`${SIGNED_ROWS_SQL} WHERE s.id = ?`).get(signed.id) as Parameters<typeof contentHashOf>[0];
    expect(contentHashOf(row)).toBe(signed.contentSha256);
    expectAudit(t, {
      entity: 'signed_document',
      entityId: signed.id,
      action: 'sign',
      after: { contentSha256: signed.contentSha256, documentId: signed.documentId },
    });
    const chart = await t.ok('clients.chart', { id: clientId });
    expect(chart.intake).toMatchObject({ consentGivenAt: signed.signedAt, consentWitnessedBy: jo, completedAt: signed.signedAt });
    // Never edited: the database itself refuses.
    expect(() => t.open.sqlite.prepare("UPDATE signed_documents SET signer_name = 'X'").run()).toThrow(/never edited/);
  });

  it('records the contraindication a clinic question maps to when answered yes, and charting is then blocked', async () => {
    const q = await t.ok('documents.get', { kind: 'questionnaire' });
    const sunbed = {
      key: 'sunbed',
      kind: 'yes_no' as const,
      text: 'Used a sunbed in the last two weeks?',
      tier: 'temporary' as const,
      waitDays: 14,
      records: true,
    };
    await t.ok('documents.save', { kind: 'questionnaire', title: q.title, body: q.body, questions: [...q.questions, sunbed] });
    const input = await signInput('treatment_consent', await answersWith({ sunbed: { answer: true, detail: 'Last Friday' } }));
    await t.ok('consent.sign', input);
    const chart = await t.ok('clients.chart', { id: clientId });
    expect(chart.contraindications).toMatchObject([
      { condition: 'Used a sunbed in the last two weeks — Last Friday', tier: 'temporary', until: '2026-12-05' },
    ]);
    const charting = await t.err('sessions.chart', {
      clientId,
      performedAt: '2026-11-21T08:00:00.000Z',
      practitionerId: jo,
      prepDone: true,
      pigmentBrand: 'Scalp Ink',
      pigmentShade: 'Medium Grey',
      dilution: '1:3',
      pigmentBatch: 'B1',
      pigmentExpiry: '2027-06-30',
      needle: '1RL',
      zones: ['crown'],
    });
    expect(charting.fields?.contraindicationOverrideReason).toMatch(/Charting is blocked by: Used a sunbed/);
  });

  it('refuses a blank or tapped pad and missing answers, each beside its field, writing nothing', async () => {
    const before = t.counts();
    const blank = await t.err('consent.sign', await signInput('treatment_consent', { signature: await blankSignature() }));
    expect(blank.fields).toEqual({ signature: 'The client has not signed yet.' });
    const tap = await t.err('consent.sign', await signInput('treatment_consent', { signature: await tapSignature() }));
    expect(tap.fields).toEqual({ signature: 'The client has not signed yet.' });
    expect((await t.err('consent.sign', await signInput('treatment_consent', { signature: null }))).fields).toEqual({
      signature: 'The client has not signed yet.',
    });
    const { questionnaireId, answers } = await answersWith();
    const { diabetes: _d, keloids: _k, ...partial } = answers;
    const missing = await t.err('consent.sign', await signInput('treatment_consent', { questionnaireId, answers: partial }));
    expect(missing.fields).toEqual({ 'answers.diabetes': 'Answer yes or no.', 'answers.keloids': 'Answer yes or no.' });
    const counter = await t.err('consent.sign', await signInput('treatment_consent', { practitionerRole: 'countersigned' }));
    expect(counter.fields).toEqual({ practitionerSignature: 'The practitioner has not countersigned yet.' });
    expect((await t.err('consent.sign', await signInput('treatment_consent', { signature: 'data:image/png;base64,AAAA' }))).fields).toEqual(
      {
        signature: 'The signature did not arrive whole. Clear the pad and sign again.',
      },
    );
    expect(t.counts()).toEqual(before);
  });

  it('refuses a version that is no longer current', async () => {
    const input = await signInput('treatment_consent');
    await t.ok('documents.save', { kind: 'treatment_consent', title: 'Consent v2', body: 'New text.' });
    const before = t.counts();
    expect((await t.err('consent.sign', input)).fields?.documentId).toMatch(/changed while it was open/);
    expect(t.counts()).toEqual(before);
  });
});

describe('who signs, and what the signing keeps', () => {
  it('refuses a document that is not a consent, and a signer who cannot witness, beside the field, writing nothing', async () => {
    const desk = (await t.ok('staff.create', { name: 'Rae Desk', role: 'reception' })).id;
    const gone = await t.ok('staff.create', { name: 'Old Hand', role: 'practitioner' });
    await t.ok('staff.update', { id: gone.id, expectedVersion: gone.version, name: 'Old Hand', role: 'practitioner', active: false });
    const questionnaire = (await t.ok('consent.status', { clientId })).current.questionnaire;
    const before = t.counts();
    for (const documentId of [questionnaire.id, 999]) {
      expect((await t.err('consent.sign', await signInput('photo_consent', { documentId }))).fields).toEqual({
        documentId: 'That consent document does not exist.',
      });
    }
    for (const practitionerId of [desk, gone.id, 999]) {
      expect((await t.err('consent.sign', await signInput('photo_consent', { practitionerId }))).fields).toEqual({
        practitionerId: 'Choose the practitioner who countersigns or witnesses.',
      });
    }
    const blankCounter = await t.err(
      'consent.sign',
      await signInput('photo_consent', { practitionerRole: 'countersigned', practitionerSignature: await blankSignature() }),
    );
    expect(blankCounter.fields).toEqual({ practitionerSignature: 'The practitioner has not countersigned yet.' });
    expect(t.counts()).toEqual(before);
  });

  it('keeps the client’s drawn signature, and the practitioner’s only when they countersign', async () => {
    const theirs = await drawnSignature();
    const witnessed = await t.ok('consent.sign', await signInput('photo_consent', { practitionerSignature: theirs }));
    expect(await t.ok('consent.document', { id: witnessed.id })).toMatchObject({ signature, practitionerSignature: null });
    const counter = await t.ok(
      'consent.sign',
      await signInput('photo_consent', { practitionerRole: 'countersigned', practitionerSignature: theirs }),
    );
    expect(await t.ok('consent.document', { id: counter.id })).toMatchObject({ signature, practitionerSignature: theirs });
  });

  it('audits the intake it saves, with its consent once, and a later signing updates it keeping who first completed it', async () => {
    const owner = await t.ok('auth.setupOwner', { name: 'Olu Owner', pin: '1111', confirmPin: '1111' });
    await t.ok('auth.signIn', { staffId: owner.id, pin: '1111' });
    await t.ok('consent.sign', await signInput('treatment_consent'));
    const first = (await t.ok('clients.chart', { id: clientId })).intake!;
    expect(first).toMatchObject({ completedBy: owner.id, consentWitnessedBy: jo });
    expectAudit(t, {
      entity: 'intake',
      entityId: first.id,
      action: 'create',
      before: null,
      reason: 'Answered when signing the treatment consent',
    });
    expectAudit(t, {
      entity: 'intake',
      entityId: first.id,
      action: 'consent',
      after: { consentGivenAt: first.consentGivenAt, consentWitnessedBy: jo },
    });
    // Treatment consent says nothing about photos.
    expect((await t.ok('photos.list', { clientId })).consent.clinicalAt).toBeNull();

    await t.ok('documents.save', { kind: 'treatment_consent', title: 'Consent v2', body: 'New text.' });
    await t.ok('consent.sign', await signInput('treatment_consent'));
    const second = (await t.ok('clients.chart', { id: clientId })).intake!;
    expect(second).toMatchObject({ id: first.id, version: first.version + 1, completedBy: owner.id, consentGivenAt: first.consentGivenAt });
    expectAudit(t, { entity: 'intake', entityId: first.id, action: 'update', reason: 'Answered when signing the treatment consent' });
    const actions = t.open.sqlite
      .prepare("SELECT action FROM audit_log WHERE entity = 'intake' AND entity_id = ? ORDER BY id")
      .pluck()
      .all(String(first.id));
    expect(actions).toEqual(['create', 'consent', 'update']);
  });
});

describe('photo consent documents', () => {
  it('set the chart’s clinical photo consent, and marketing use separately', async () => {
    expect((await t.err('consent.sign', await signInput('marketing_consent'))).message).toMatch(
      /needs the client’s consent to clinical photos first/,
    );
    await t.ok('consent.sign', await signInput('photo_consent'));
    expect((await t.ok('photos.list', { clientId })).consent).toMatchObject({ clinicalAt: '2026-11-21T09:00:00.000Z', marketing: false });
    await t.ok('consent.sign', await signInput('marketing_consent'));
    expect((await t.ok('photos.list', { clientId })).consent.marketing).toBe(true);
  });
});

describe('the signed PDF', () => {
  it('is stored once, sealed (600), its SHA-256 in the audit entry; a second one is refused', async () => {
    const signed = await t.ok('consent.sign', await signInput('photo_consent'));
    const pdf = tinyPdf();
    const r = await t.ok('consent.attachPdf', { id: signed.id, pdf });
    const hash = sha256(Buffer.from(pdf, 'base64'));
    expect(r).toEqual({ id: signed.id, pdfSha256: hash, pdfBytes: Buffer.from(pdf, 'base64').length });
    const folder = documentsFolderFor(t.open.file);
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    expect(fs.statSync(photoFile(folder, hash)).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(photoFile(folder, hash)).includes(Buffer.from('%PDF'))).toBe(false);
    expect(readPhoto(folder, hash, documentKey(TEST_KEY))?.toString('base64')).toBe(pdf);
    expectAudit(t, { entity: 'signed_document', entityId: signed.id, action: 'pdf', after: { pdfSha256: hash } });
    expect((await t.ok('consent.pdf', { id: signed.id })).base64).toBe(pdf);
    const before = t.counts();
    expect((await t.err('consent.attachPdf', { id: signed.id, pdf })).message).toMatch(/already has its PDF/);
    expect(t.counts()).toEqual(before);
  });

  it('refuses what is not a PDF, writing nothing', async () => {
    const signed = await t.ok('consent.sign', await signInput('photo_consent'));
    const before = t.counts();
    expect((await t.err('consent.attachPdf', { id: signed.id, pdf: Buffer.from('hello world').toString('base64') })).fields).toEqual({
      pdf: 'That is not a PDF.',
    });
    expect((await t.err('consent.attachPdf', { id: signed.id, pdf: '%%%' })).fields).toHaveProperty('pdf');
    expect(t.counts()).toEqual(before);
  });
});

describe('re-consent', () => {
  it('is asked when the consent text gets a new version, and required before charting when the clinic says so', async () => {
    await t.ok('consent.sign', await signInput('treatment_consent'));
    expect((await t.ok('consent.status', { clientId })).reconsent).toMatchObject({ due: false, signedVersion: 1, currentVersion: 1 });
    await t.ok('documents.save', { kind: 'treatment_consent', title: 'Consent to SMP', body: 'Version two of the text.' });
    const asked = (await t.ok('consent.status', { clientId })).reconsent;
    expect(asked).toMatchObject({ mode: 'ask', due: true, signedVersion: 1, currentVersion: 2 });
    expect(asked.message).toMatch(/changed to version 2 since the client agreed to version 1/);
    await t.ok('settings.update', { reconsent: 'require' });
    const session = {
      clientId,
      performedAt: '2026-11-21T08:00:00.000Z',
      practitionerId: jo,
      prepDone: true,
      pigmentBrand: 'Scalp Ink',
      pigmentShade: 'Medium Grey',
      dilution: '1:3',
      pigmentBatch: 'B1',
      pigmentExpiry: '2027-06-30',
      needle: '1RL',
      zones: ['crown' as const],
    };
    const before = t.counts();
    expect((await t.err('sessions.chart', session)).message).toMatch(/before the session is charted/);
    expect(t.counts()).toEqual(before);
    await t.ok('consent.sign', await signInput('treatment_consent'));
    expect((await t.ok('consent.status', { clientId })).reconsent.due).toBe(false);
    await t.ok('sessions.chart', session);
  });
  it('names what is missing when charting is refused: no consent at all, or the versions signed and current', async () => {
    const session = {
      clientId,
      performedAt: '2026-11-21T08:00:00.000Z',
      practitionerId: jo,
      prepDone: true,
      pigmentBrand: 'Scalp Ink',
      pigmentShade: 'Medium Grey',
      dilution: '1:3',
      pigmentBatch: 'B1',
      pigmentExpiry: '2027-06-30',
      needle: '1RL',
      zones: ['crown' as const],
    };
    await t.ok('settings.update', { reconsent: 'require' });
    expect((await t.err('sessions.chart', session)).message).toBe(
      'The client has not signed the treatment consent yet. Ask them to sign it before the session is charted.',
    );
    await t.ok('consent.sign', await signInput('treatment_consent'));
    await t.ok('documents.save', { kind: 'treatment_consent', title: 'Consent to SMP', body: 'Version two of the text.' });
    const before = t.counts();
    expect((await t.err('sessions.chart', session)).message).toBe(
      'The treatment consent changed to version 2 since the client agreed to version 1. Ask them to read and sign it again before the session is charted.',
    );
    expect(t.counts()).toEqual(before);
    // When the clinic only asks, the practitioner is reminded but the session is charted.
    await t.ok('settings.update', { reconsent: 'ask' });
    await t.ok('sessions.chart', session);
  });
});
