// Signed consent on the chart: what the client signed and whether they must sign again, a signed
// document's content for its PDF, and the PDF itself (stored once, sealed beside the database).
import { and, desc, eq } from 'drizzle-orm';
import { documentInSentence } from '../../core/clinic-documents';
import { keyOf } from '../../db/cipher';
import { documentKey, documentsFolderFor } from '../../db/document-store';
import { readPhoto, sha256, storePhoto } from '../../db/photo-store';
import { clinicDocuments, signedDocuments } from '../../db/schema';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import type { ConsentStatus, SignedDocumentView, SignedSummary } from '../contract/consent';
import { fail } from '../result';
import { getClient } from './clients';
import { currentDocument, documentById } from './documents';
import { getIntake } from './intake';
import { readSettings } from './settings';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

type SignedRow = typeof signedDocuments.$inferSelect;

/** Where this database's signed documents are and the key that seals them. */
export function documentPlace(ctx: HandlerContext): { folder: string; key: Buffer } {
  const database = ctx.files?.database;
  const key = keyOf(ctx.sqlite);
  if (!database || key === null) throw fail.rule(msg('refusals.consent.onDisk'));
  return { folder: documentsFolderFor(database), key: documentKey(key) };
}

export function signedRow(ctx: HandlerContext, id: number): SignedRow {
  const row = ctx.db.select().from(signedDocuments).where(eq(signedDocuments.id, id)).get();
  if (!row) throw fail.notFound(msg('refusals.record.theSignedDocument'));
  return row;
}

export function toSummary(ctx: HandlerContext, row: SignedRow): SignedSummary {
  const doc = documentById(ctx, row.documentId)!;
  return {
    id: row.id,
    clientId: row.clientId,
    kind: row.kind,
    documentId: row.documentId,
    documentVersion: doc.version,
    title: doc.title,
    method: row.method,
    signerName: row.signerName,
    practitionerName: row.practitionerName,
    practitionerRole: row.practitionerRole,
    signedAt: row.signedAt,
    timeZone: row.timeZone,
    contentSha256: row.contentSha256,
    pdfSha256: row.pdfSha256,
  };
}

/** Whether the client must be asked to sign the treatment consent again, and in what words. */
export function reconsentOf(ctx: HandlerContext, clientId: number): ConsentStatus['reconsent'] {
  const current = currentDocument(ctx, 'treatment_consent');
  const mode = readSettings(ctx).reconsent;
  const last = ctx.db
    .select({ version: clinicDocuments.version })
    .from(signedDocuments)
    .innerJoin(clinicDocuments, eq(clinicDocuments.id, signedDocuments.documentId))
    .where(and(eq(signedDocuments.clientId, clientId), eq(signedDocuments.kind, 'treatment_consent')))
    .orderBy(desc(clinicDocuments.version))
    .get();
  // A consent recorded on the intake before signed documents existed was given to version 1.
  const signedVersion = last?.version ?? (getIntake(ctx, clientId)?.consentGivenAt ? 1 : null);
  const due = signedVersion === null ? mode === 'require' : signedVersion < current.version;
  const then = mode === 'require' ? ' before the session is charted' : ' at this session';
  const message = !due
    ? null
    : signedVersion === null
      ? `The client has not signed the treatment consent yet. Ask them to sign it${then}.`
      : `The treatment consent changed to version ${current.version} since the client agreed to version ${signedVersion}. Ask them to read and sign it again${then}.`;
  return { mode, due, signedVersion, currentVersion: current.version, message };
}

function viewOf(ctx: HandlerContext, row: SignedRow): SignedDocumentView {
  const s = readSettings(ctx);
  return {
    ...toSummary(ctx, row),
    document: documentById(ctx, row.documentId)!,
    questionnaire: row.questionnaireId === null ? null : (documentById(ctx, row.questionnaireId) ?? null),
    answers: row.answers ?? null,
    signature: row.signaturePng,
    practitionerSignature: row.practitionerSignaturePng,
    scanSha256: row.scanSha256,
    clinic: { name: s.clinicName, address: s.clinicAddress, phone: s.clinicPhone, paperSize: s.paperSize, locale: s.locale },
  };
}

export const consentHandlers: HandlerMap<'consent.status' | 'consent.document' | 'consent.pdf' | 'consent.attachPdf'> = {
  'consent.status'(ctx, { clientId }) {
    getClient(ctx, clientId);
    const signed = ctx.db
      .select()
      .from(signedDocuments)
      .where(eq(signedDocuments.clientId, clientId))
      .orderBy(desc(signedDocuments.signedAt), desc(signedDocuments.id))
      .all();
    return {
      clientId,
      current: {
        questionnaire: currentDocument(ctx, 'questionnaire'),
        treatment_consent: currentDocument(ctx, 'treatment_consent'),
        photo_consent: currentDocument(ctx, 'photo_consent'),
        marketing_consent: currentDocument(ctx, 'marketing_consent'),
      },
      signed: signed.map((r) => toSummary(ctx, r)),
      reconsent: reconsentOf(ctx, clientId),
    };
  },

  'consent.document'(ctx, { id }) {
    return viewOf(ctx, signedRow(ctx, id));
  },

  'consent.pdf'(ctx, { id }) {
    const row = signedRow(ctx, id);
    if (!row.pdfSha256) throw fail.rule(msg('refusals.consent.pdfNotMade'));
    const { folder, key } = documentPlace(ctx);
    const bytes = readPhoto(folder, row.pdfSha256, key);
    if (!bytes) throw fail.rule(msg('refusals.consent.pdfMissing'));
    return { id, base64: bytes.toString('base64'), sha256: row.pdfSha256 };
  },

  'consent.attachPdf'(ctx, { id, pdf }) {
    const row = signedRow(ctx, id);
    if (row.pdfSha256) throw fail.rule(msg('refusals.consent.hasPdf'));
    const bytes = Buffer.from(pdf, 'base64');
    if (bytes.length < 100 || bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw fail.field('pdf', msg('refusals.consent.notPdf'));
    const { folder, key } = documentPlace(ctx);
    // The file first (named by its content, so a retry rewrites nothing), then the row and its entry.
    const pdfSha256 = storePhoto(folder, bytes, key);
    ctx.db.update(signedDocuments).set({ pdfSha256, pdfBytes: bytes.length }).where(eq(signedDocuments.id, id)).run();
    const after = { pdfSha256, pdfBytes: bytes.length };
    writeAudit(ctx, {
      entity: 'signed_document',
      entityId: id,
      action: 'pdf',
      after,
      reason: `PDF of the signed ${documentInSentence(row.kind)} (SHA-256 of the file: ${sha256(bytes)})`,
    });
    return { id, ...after };
  },
};
