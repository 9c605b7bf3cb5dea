// "Copy of my record": the client's whole record for them to take away. The window makes the
// readable PDF from `rights.recordData` (renderer/src/pdf/RecordCopy.tsx); this side attaches the
// machine-readable JSON, made here from the database (never taken from the window), and encrypts
// the file with the owner's passphrase, or leaves it plain as the owner chooses.
//
// One PDF rather than a zip: it opens in any PDF reader on any phone or computer, a passphrase-
// protected PDF (AES-256, the PDF standard's own encryption) opens in all of them with the
// passphrase alone, where an encrypted zip needs a tool that reads AES zips (Windows' own does not)
// and a Stipple-encrypted file needs Stipple. The JSON is an attachment of the PDF (the way PDF/A-3
// invoices carry their XML), listed by every reader's attachments pane and by `pdfdetach`.
import { PDFDocument } from '@cantoo/pdf-lib';
import { createHash } from 'node:crypto';
import { localDateOf } from '../../core/dates';
import { loadChart } from '../../db/queries/chart';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import type { ChannelInput } from '../contract';
import type { ClientRecordCopy } from '../contract/rights';
import { fail } from '../result';
import { planMoney } from './payments';
import { consentHandlers } from './consent';
import { documentById } from './documents';
import { photoHandlers } from './photos';
import { readSettings } from './settings';
import { msg } from '../contract/words';

export const RECORD_JSON_NAME = 'record.json';

export function recordData(ctx: HandlerContext, clientId: number): ClientRecordCopy {
  const chart = loadChart(ctx.db, clientId);
  if (!chart) throw fail.notFound(msg('api.record.theClient'));
  if (chart.client.erasedAt !== null) throw fail.rule(msg('refusals.recordCopy.erased'));
  const s = readSettings(ctx);
  const photos = photoHandlers['photos.list'](ctx, { clientId });
  const thumbs = ctx.files ? photoHandlers['photos.thumbs'](ctx, { clientId }).thumbs.map(({ id, base64 }) => ({ id, base64 })) : [];
  return {
    madeAt: ctx.now().toISOString(),
    clinicName: s.clinicName,
    locale: s.locale,
    chart,
    money: chart.plans.map((p) => ({ planId: p.id, ...planMoney(ctx, p.id) })),
    photoConsent: photos.consent,
    photos: photos.photos,
    thumbs,
    questionnaire: chart.intake?.questionnaireId ? (documentById(ctx, chart.intake.questionnaireId) ?? null) : null,
    signedDocuments: consentHandlers['consent.status'](ctx, { clientId }).signed,
  };
}

/** The record as the attached JSON holds it: everything but the thumbnails (the PDF shows them). */
function recordJson(data: ClientRecordCopy): string {
  const { thumbs: _t, ...record } = data;
  return JSON.stringify({ format: 'stipple-client-record', version: 1, ...record }, null, 2);
}

export async function recordCopy(ctx: HandlerContext, input: ChannelInput<'rights.recordCopy'>) {
  const data = recordData(ctx, input.clientId);
  const given = Buffer.from(input.pdfBase64, 'base64');
  if (given.subarray(0, 5).toString('latin1') !== '%PDF-') throw fail.field('pdfBase64', msg('refusals.recordCopy.notPdf'));
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(given);
  } catch {
    throw fail.field('pdfBase64', msg('refusals.recordCopy.unreadable'));
  }
  doc.setTitle(`Client record ${data.chart.client.id}`);
  doc.setCreator('Stipple');
  await doc.attach(Buffer.from(recordJson(data), 'utf8'), RECORD_JSON_NAME, {
    mimeType: 'application/json',
    description: 'The whole record, machine-readable (JSON)',
    creationDate: new Date(data.madeAt),
    modificationDate: new Date(data.madeAt),
  });
  const encrypted = input.encrypt === true;
  if (encrypted) {
    const passphrase = input.passphrase!;
    doc.encrypt({
      userPassword: passphrase,
      ownerPassword: passphrase,
      // The client's own record: they may print it and copy from it.
      permissions: { printing: 'highResolution', copying: true, contentAccessibility: true, modifying: false, annotating: false },
    });
  }
  const bytes = Buffer.from(await doc.save());
  const fileName = `client-record-${data.chart.client.id}-${localDateOf(ctx.now())}.pdf`;
  ctx.sqlite
    .transaction(() =>
      writeAudit(ctx, {
        entity: 'client',
        entityId: input.clientId,
        action: 'record_copy',
        after: { fileName, encrypted, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
      }),
    )
    .immediate();
  return { fileName, base64: bytes.toString('base64'), encrypted, bytes: bytes.length };
}
