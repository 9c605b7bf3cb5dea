// Signed consent: a client signs a consent document's version on screen (or on paper, with a scan);
// the practitioner countersigns or is recorded as witness. The signed document is never edited.
import { z } from 'zod';
import { CONSENT_KINDS, RECONSENT_MODES } from '../../core/clinic-documents';
import { answersSchema } from './answers';
import { id, requiredText } from './common';
import { change, query, task } from './define';
import { documentRecord } from './documents';
import { msg, zodText } from './words';

const MAX_PNG = 2_000_000;
/** A drawn signature: a PNG as a data: URL, as signature_pad gives it. */
const pngDataUrl = z
  .string()
  .max(MAX_PNG, { error: zodText(msg('checks.consent.signatureTooLarge')) })
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, { error: zodText(msg('checks.consent.signatureBroken')) });

const MAX_SCAN_BASE64 = Math.ceil((40 * 1024 * 1024) / 3) * 4;
const scanFile = z.object({
  name: requiredText(msg('checks.label.fileName'), 260),
  data: z
    .string()
    .max(MAX_SCAN_BASE64, { error: zodText(msg('checks.consent.scanTooLarge')) })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: zodText(msg('checks.any.fileBroken')) }),
});

export const signInput = z
  .object({
    clientId: id,
    /** The document version the client read: refused if it is no longer the current one. */
    documentId: id,
    /** Treatment consent: the questionnaire version shown and the client's answers to it. */
    questionnaireId: id.nullable().default(null),
    answers: answersSchema.nullable().default(null),
    signerName: requiredText(msg('checks.label.signerName'), 120),
    method: z.enum(['screen', 'paper'], { error: zodText(msg('checks.consent.sayMethod')) }),
    signature: pngDataUrl.nullable().default(null),
    scan: scanFile.nullable().default(null),
    practitionerId: id,
    practitionerRole: z.enum(['countersigned', 'witness'], { error: zodText(msg('checks.consent.sayRole')) }),
    practitionerSignature: pngDataUrl.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.method === 'screen' && !v.signature)
      ctx.addIssue({ code: 'custom', path: ['signature'], message: zodText(msg('checks.consent.notSigned')) });
    if (v.method === 'paper' && !v.scan)
      ctx.addIssue({ code: 'custom', path: ['scan'], message: zodText(msg('checks.consent.chooseScan')) });
    if (v.practitionerRole === 'countersigned' && !v.practitionerSignature)
      ctx.addIssue({ code: 'custom', path: ['practitionerSignature'], message: zodText(msg('checks.consent.notCountersigned')) });
  });
export type SignInput = z.input<typeof signInput>;

export const signedSummary = z.object({
  id,
  clientId: id,
  kind: z.enum(CONSENT_KINDS),
  documentId: id,
  documentVersion: z.number().int(),
  title: z.string(),
  method: z.enum(['screen', 'paper']),
  signerName: z.string(),
  practitionerName: z.string(),
  practitionerRole: z.enum(['countersigned', 'witness']),
  signedAt: z.string(),
  timeZone: z.string(),
  contentSha256: z.string(),
  pdfSha256: z.string().nullable(),
});
export type SignedSummary = z.infer<typeof signedSummary>;

/** Everything the signed PDF shows (renderer/src/pdf/SignedDocumentSheet.tsx). */
export const signedDocumentView = signedSummary.extend({
  document: documentRecord,
  questionnaire: documentRecord.nullable(),
  answers: answersSchema.nullable(),
  signature: z.string().nullable(),
  practitionerSignature: z.string().nullable(),
  scanSha256: z.string().nullable(),
  clinic: z.object({ name: z.string(), address: z.string(), phone: z.string(), paperSize: z.enum(['A4', 'LETTER']), locale: z.string() }),
});
export type SignedDocumentView = z.infer<typeof signedDocumentView>;

export const consentStatus = z.object({
  clientId: id,
  /** The current version of each document, to show and sign. */
  current: z.object({
    questionnaire: documentRecord,
    treatment_consent: documentRecord,
    photo_consent: documentRecord,
    marketing_consent: documentRecord,
  }),
  signed: z.array(signedSummary),
  /** Whether the client must be asked to sign the treatment consent again (its text changed since). */
  reconsent: z.object({
    mode: z.enum(RECONSENT_MODES),
    due: z.boolean(),
    /** The version they last agreed to (a consent recorded before signed documents counts as version 1); null: none. */
    signedVersion: z.number().int().nullable(),
    currentVersion: z.number().int(),
    message: z.string().nullable(),
  }),
});
export type ConsentStatus = z.infer<typeof consentStatus>;

const signedChanges = [
  'consent.status',
  'consent.document',
  'clients.chart',
  'photos.list',
  'photos.thumbs',
  'audit.history',
  'book.range',
  'documents.get',
] as const;

export const consentContract = {
  'consent.status': query(z.object({ clientId: id }), consentStatus),
  /** One signed document with everything its PDF shows. */
  'consent.document': query(z.object({ id }), signedDocumentView),
  /** The stored PDF of a signed document, as base64. */
  'consent.pdf': query(z.object({ id }), z.object({ id, base64: z.string(), sha256: z.string() })),
  /**
   * Signs one consent document. Treatment consent also saves the questionnaire answers to the intake
   * (recording the contraindications the clinic's questions map to); photo consent sets the chart's
   * photo consent, marketing consent its marketing use. A task: the signature and a scan are checked
   * as images off the dispatcher's transaction; the row and its entries are written in one.
   */
  'consent.sign': task(signInput, signedSummary, { invalidates: [...signedChanges] }),
  /** Stores the PDF made from a signed document, once; its SHA-256 goes into the audit entry. */
  'consent.attachPdf': change(
    z.object({
      id,
      pdf: z
        .string()
        .max(Math.ceil((20 * 1024 * 1024) / 3) * 4, { error: zodText(msg('checks.consent.pdfTooLarge')) })
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: zodText(msg('checks.consent.pdfBroken')) }),
    }),
    z.object({ id, pdfSha256: z.string(), pdfBytes: z.number().int() }),
    { invalidates: ['consent.status', 'consent.document', 'consent.pdf', 'audit.history'] },
  ),
} as const;
