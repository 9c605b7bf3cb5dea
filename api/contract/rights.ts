// A client's rights over their record: a copy of it (a readable PDF with the machine-readable JSON
// attached, encrypted or plain) and its erasure (api/handlers/rights.ts, api/erase-client.ts).
import { z } from 'zod';
import { MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH, PASSPHRASE_TOO_SHORT, PASSPHRASES_DIFFER } from '../../core/export-passphrase';
import { id, requiredText, version } from './common';
import { change, query, task } from './define';
import { chartRecord } from './chart';
import { photoConsent, photoRecord } from './photos';
import { planMoneyRecord } from './payments';
import { documentRecord } from './documents';
import { signedSummary } from './consent';
import { msg, zodText } from './words';

const counts = z.record(z.string(), z.number().int().nonnegative());

export const erasureCheck = z.object({
  clientId: id,
  erased: z.boolean(),
  erasedAt: z.string().nullable(),
  /** Whether the clinic's duty to keep medical records allows the erasure today. */
  erasable: z.boolean(),
  /** The first day it may be erased (today when it may be now). */
  earliestOn: z.string(),
  /** The last day the client was treated or completed their intake, or null. */
  lastMedicalDay: z.string().nullable(),
  years: z.number().int().nonnegative(),
  /** Encrypted backups in the backup folders: each made before the erasure may hold the client. */
  backups: z.number().int().nonnegative(),
});
export type ErasureCheck = z.infer<typeof erasureCheck>;

export const backupErasure = z.object({
  file: z.string(),
  outcome: z.enum(['erased', 'not_held', 'skipped']),
  /** Why a backup was skipped, for the person. */
  why: z.string().nullable(),
});

/** The whole record as the copy holds it: the chart, its money, its photos (thumbnails for the PDF). */
export const clientRecordCopy = z.object({
  madeAt: z.string(),
  clinicName: z.string(),
  locale: z.string(),
  chart: chartRecord,
  money: z.array(planMoneyRecord.extend({ planId: id })),
  photoConsent,
  photos: z.array(photoRecord),
  thumbs: z.array(z.object({ id, base64: z.string() })),
  /** The questionnaire version the intake answered (its questions), null when none. */
  questionnaire: documentRecord.nullable(),
  /** Every document the client signed, newest first. */
  signedDocuments: z.array(signedSummary),
});
export type ClientRecordCopy = z.infer<typeof clientRecordCopy>;

const passphrase = z.string().max(MAX_PASSPHRASE_LENGTH, { error: zodText(msg('checks.rights.passphraseTooLong')) });

export const rightsContract = {
  'rights.erasureCheck': query(z.object({ clientId: id }), erasureCheck),
  /**
   * Erases the client's record (owner only): refused before the clinic's keeping period ends. The
   * erased client, their money records (anonymised) and the trail change on every screen.
   */
  'rights.erase': change(
    z.object({
      clientId: id,
      expectedVersion: version,
      reason: requiredText(msg('checks.label.whyErased'), 500).refine((r) => r.length >= 10, {
        error: zodText(msg('checks.rights.sayWhy')),
      }),
      alsoBackups: z.boolean({ error: zodText(msg('checks.rights.sayBackups')) }),
    }),
    z.object({
      clientId: id,
      erasedAt: z.string(),
      entryId: id,
      removed: counts,
      kept: counts,
      redacted: z.number().int().nonnegative(),
      backups: z.number().int().nonnegative(),
    }),
    { invalidates: 'all' },
  ),
  /** The same erasure in every encrypted backup in the backup folders, after the live one. */
  'rights.eraseFromBackups': task(z.object({ clientId: id }), z.object({ backups: z.array(backupErasure) }), {
    // The backups' files change (their sizes and times on the safety page), and its own entry is in the trail.
    invalidates: ['safety.status', 'audit.history'],
  }),
  'rights.recordData': query(z.object({ clientId: id }), clientRecordCopy),
  /**
   * The copy as one PDF file: the readable record made in the window, with the record's JSON (made
   * here from the database) attached, encrypted with the passphrase (AES-256, any PDF reader opens
   * it) or plain. Audited on the client. A task: the PDF is read and written asynchronously.
   */
  'rights.recordCopy': task(
    z
      .object({
        clientId: id,
        pdfBase64: z
          .string()
          .min(1, { error: zodText(msg('checks.rights.pdfMissing')) })
          .max(60_000_000),
        encrypt: z.boolean(),
        passphrase: passphrase.optional(),
        passphraseAgain: passphrase.optional(),
      })
      .superRefine((v, ctx) => {
        if (!v.encrypt) return;
        if ((v.passphrase ?? '').length < MIN_PASSPHRASE_LENGTH)
          ctx.addIssue({ code: 'custom', path: ['passphrase'], message: PASSPHRASE_TOO_SHORT });
        else if (v.passphrase !== v.passphraseAgain)
          ctx.addIssue({ code: 'custom', path: ['passphraseAgain'], message: PASSPHRASES_DIFFER });
      }),
    z.object({ fileName: z.string(), base64: z.string(), encrypted: z.boolean(), bytes: z.number().int().positive() }),
    { invalidates: ['audit.history'] },
  ),
} as const;
