// "Copy of my record" from a real database: the readable record rendered to a real PDF, the API
// attaching the JSON and encrypting it, read back with pdftotext and pdfdetach (poppler).
import { renderToBuffer } from '@react-pdf/renderer';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../../api/testing';
import { tempDir } from '../../db/testing';
import { registerSheetFonts } from '../../renderer/src/pdf/fonts';
import { nodeSheetFonts } from '../../renderer/src/pdf/nodeFontFiles';
import { buildRecordCopy } from '../../renderer/src/pdf/recordCopyPdf';
import { chartToErase, TRACES } from '../fixtures/erasure-client';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
const PASS = 'a long shared passphrase';

beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  await t.ok('settings.update', { clinicName: 'North Street SMP' });
  const practitionerId = (await t.ok('staff.create', { name: 'Jo Reyes', role: 'practitioner' })).id;
  clientId = (await chartToErase(t, practitionerId)).clientId;
  registerSheetFonts(nodeSheetFonts);
}, 60_000);
afterEach(() => t.close());

async function readablePdf(): Promise<string> {
  const data = await t.ok('rights.recordData', { clientId });
  return (await renderToBuffer(buildRecordCopy(data))).toString('base64');
}

function saved(base64: string): string {
  const file = path.join(tempDir(), 'record.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

const text = (file: string, pass?: string) =>
  execFileSync('pdftotext', [...(pass ? ['-upw', pass] : []), '-layout', file, '-'], { encoding: 'utf8' });

describe('the copy of a client’s record', () => {
  it('is one PDF, encrypted with the passphrase, with the whole record readable and as JSON attached; audited', async () => {
    const copy = await t.ok('rights.recordCopy', {
      clientId,
      pdfBase64: await readablePdf(),
      encrypt: true,
      passphrase: PASS,
      passphraseAgain: PASS,
    });
    expect(copy).toMatchObject({ encrypted: true, fileName: `client-record-${clientId}-2026-11-21.pdf` });
    const file = saved(copy.base64);
    expect(spawnSync('pdftotext', [file, '-']).status).not.toBe(0); // no passphrase, no record
    const read = text(file, PASS);
    for (const expected of [
      `${TRACES.firstName} ${TRACES.lastName}`,
      TRACES.phone,
      TRACES.email,
      'Taking blood thinners',
      TRACES.intakeDetail,
      TRACES.contraindication,
      TRACES.sessionNote,
      TRACES.retentionNote,
      TRACES.hairline,
      '£1,500.00',
      '£500.00',
      'Receipt 1',
      'front, before',
    ])
      expect(read).toContain(expected);
    expect(execFileSync('pdfinfo', ['-upw', PASS, file], { encoding: 'utf8' })).toMatch(/Encrypted:\s+yes .*AES-256/);

    expect(execFileSync('pdfdetach', ['-upw', PASS, '-list', file], { encoding: 'utf8' })).toContain('1: record.json');
    const out = path.join(tempDir(), 'record.json');
    execFileSync('pdfdetach', ['-upw', PASS, '-save', '1', '-o', out, file]);
    const json = JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown> & {
      chart: { client: { lastName: string }; intake: { answers: Record<string, { detail: string }> }; sessions: unknown[] };
      money: { entries: { amountMinor: number }[] }[];
    };
    expect(json).toMatchObject({ format: 'stipple-client-record', version: 1 });
    expect(json.chart.client.lastName).toBe(TRACES.lastName);
    expect(json.chart.intake.answers.blood_thinners!.detail).toBe(TRACES.intakeDetail);
    expect(json.chart.sessions).toHaveLength(2);
    expect(json.money[0]!.entries.map((e) => e.amountMinor)).toEqual([50_000]);
    expect(json).not.toHaveProperty('thumbs');

    const entry = t.open.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'record_copy'").pluck().get() as string;
    expect(JSON.parse(entry)).toMatchObject({ encrypted: true, bytes: copy.bytes, fileName: copy.fileName });
  }, 60_000);

  it('is plain when the owner chooses so', async () => {
    const copy = await t.ok('rights.recordCopy', { clientId, pdfBase64: await readablePdf(), encrypt: false });
    expect(text(saved(copy.base64))).toContain(TRACES.intakeDetail);
  }, 60_000);

  it('reads in the clinic’s language: German headings, statuses, dates and amounts for a German clinic', async () => {
    await t.ok('settings.update', { locale: 'de-DE' });
    const copy = await t.ok('rights.recordCopy', { clientId, pdfBase64: await readablePdf(), encrypt: false });
    const read = text(saved(copy.base64)).replace(/\s+/g, ' ');
    for (const expected of [
      'Kopie der Akte, erstellt am 21. Nov. 2026',
      'Ihre Angaben',
      'Gesundheitsfragebogen und Einwilligung',
      'Sitzung 2: durchgeführt',
      'Zonen Vorderer Haaransatz, Linke Schläfe',
      'Behandlung mit 3 Sitzungen: 1.500,00 £ (laufend)',
      'Zahlung 500,00 £, Kartenterminal',
      `${TRACES.hairline} (offen)`,
    ])
      expect(read).toContain(expected);
    expect(read).not.toContain('Your details');
  }, 60_000);

  it('refuses a short or mistyped passphrase and a file that is not a PDF, next to the field; nothing written', async () => {
    const pdfBase64 = await readablePdf();
    const before = t.counts();
    const short = await t.err('rights.recordCopy', { clientId, pdfBase64, encrypt: true, passphrase: 'short', passphraseAgain: 'short' });
    expect(short.fields?.passphrase).toMatch(/at least 12 characters/);
    const differ = await t.err('rights.recordCopy', { clientId, pdfBase64, encrypt: true, passphrase: PASS, passphraseAgain: `${PASS}!` });
    expect(differ.fields?.passphraseAgain).toMatch(/differ/);
    const notPdf = await t.err('rights.recordCopy', { clientId, pdfBase64: Buffer.from('hello').toString('base64'), encrypt: false });
    expect(notPdf.fields?.pdfBase64).toBe('The readable record is not a PDF. Make the copy again.');
    expect(t.counts()).toEqual(before);
  }, 60_000);
});
