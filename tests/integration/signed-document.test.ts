// A real signed consent: signed through the API with a drawn signature, rendered to PDF as the app
// does, stored, and the stored PDF read back with pdftotext: text version, answers, names, time and hash.
import { renderToBuffer } from '@react-pdf/renderer';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../../api/testing';
import { tempDir } from '../../db/testing';
import { buildSignedDocument } from '../../renderer/src/pdf/buildSignedDocument';
import { registerSheetFonts } from '../../renderer/src/pdf/fonts';
import { nodeSheetFonts } from '../../renderer/src/pdf/nodeFontFiles';
import { drawnSignature } from '../fixtures/signatures';

let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-07-01T13:05:00Z'));
  await t.ok('settings.update', { clinicName: 'North Street SMP', clinicAddress: '12 North Street, Leeds' });
});
afterEach(() => t.close());

describe('a signed treatment consent as a PDF', () => {
  it('holds the text version, the answers, both names, the time in its zone and the content hash', async () => {
    const clientId = (await t.ok('clients.create', { firstName: 'Dariusz', lastName: 'Nowak' })).id;
    const jo = (await t.ok('staff.create', { name: 'Jo Reyes', role: 'practitioner' })).id;
    const status = await t.ok('consent.status', { clientId });
    const q = status.current.questionnaire;
    const answers = Object.fromEntries(
      q.questions.map((x) => [x.key, { answer: x.key === 'diabetes', detail: x.key === 'diabetes' ? 'Type 2' : '' }]),
    );
    const signed = await t.ok('consent.sign', {
      clientId,
      documentId: status.current.treatment_consent.id,
      questionnaireId: q.id,
      answers,
      signerName: 'Dariusz Nowak',
      method: 'screen',
      signature: await drawnSignature(),
      practitionerId: jo,
      practitionerRole: 'countersigned',
      practitionerSignature: await drawnSignature(),
    });
    const view = await t.ok('consent.document', { id: signed.id });
    registerSheetFonts(nodeSheetFonts);
    const bytes = await renderToBuffer(buildSignedDocument(view));
    await t.ok('consent.attachPdf', { id: signed.id, pdf: bytes.toString('base64') });
    const stored = Buffer.from((await t.ok('consent.pdf', { id: signed.id })).base64, 'base64');
    const file = path.join(tempDir(), 'signed.pdf');
    fs.writeFileSync(file, stored);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain('Consent to scalp micropigmentation');
    expect(text).toContain('text version 1');
    expect(text).toMatch(/Diabetes\? +Yes — Type 2/);
    expect(text).toContain('Client: Dariusz Nowak');
    expect(text).toContain('Countersigned by: Jo Reyes');
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(text).toContain(`(${zone})`);
    expect(text).toMatch(new RegExp(`Signed 1 July 2026 at \\d\\d:05 \\(${zone.replace('/', '\\/')}\\)`));
    expect(text).toContain(`SHA-256 of the signed content: ${signed.contentSha256}`);
  });
});
