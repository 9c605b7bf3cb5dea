// The clinic's own documents (the questionnaire and the consent texts), versioned: every save is a
// new version, and whatever was answered or signed keeps pointing at the version it used.
import { z } from 'zod';
import { DOCUMENT_KINDS, QUESTION_KINDS, questionProblems } from '../../core/clinic-documents';
import { CONTRAINDICATION_TIERS } from '../../core/vocabulary';
import { id, requiredText, version } from './common';
import { change, query } from './define';

const questionKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_]{0,59}$/, { error: 'A key is lower-case letters, digits and _ (it names the answers).' });

export const questionSchema = z.object({
  key: questionKey,
  kind: z.enum(QUESTION_KINDS, { error: 'Choose what kind of answer the question takes.' }),
  text: requiredText('the question', 300),
  required: z.boolean().default(true),
  tier: z.enum(CONTRAINDICATION_TIERS, { error: 'Choose absolute, temporary or needs a doctor’s letter.' }).nullable().default(null),
  waitDays: z
    .number({ error: 'Enter the wait as a number of days.' })
    .int({ error: 'Enter the wait as a whole number of days.' })
    .min(1, { error: 'Wait at least one day.' })
    .max(730, { error: 'Keep the wait within two years.' })
    .nullable()
    .default(null),
  records: z.boolean().default(false),
  options: z.array(requiredText('the option', 100)).max(20, { error: 'Up to 20 options.' }).default([]),
});

export const documentInput = z
  .object({
    kind: z.enum(DOCUMENT_KINDS, { error: 'Choose which document this is.' }),
    /** The version the editor started from; a save against an older one is a conflict. */
    expectedVersion: version.nullable().default(null),
    title: requiredText('a title', 120),
    body: requiredText('the text', 20_000),
    questions: z.array(questionSchema).max(80, { error: 'Up to 80 questions.' }).default([]),
  })
  .superRefine((d, ctx) => {
    if (d.kind === 'questionnaire' && d.questions.length === 0)
      ctx.addIssue({ code: 'custom', path: ['questions'], message: 'Keep at least one question.' });
    if (d.kind !== 'questionnaire' && d.questions.length > 0)
      ctx.addIssue({ code: 'custom', path: ['questions'], message: 'Only the questionnaire has questions.' });
    for (const [path, message] of Object.entries(questionProblems(d.questions)))
      ctx.addIssue({ code: 'custom', path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message });
  });
export type DocumentInput = z.input<typeof documentInput>;

export const questionRecord = z.object({
  key: z.string(),
  kind: z.enum(QUESTION_KINDS),
  text: z.string(),
  required: z.boolean(),
  tier: z.enum(CONTRAINDICATION_TIERS).nullable(),
  waitDays: z.number().int().nullable(),
  records: z.boolean(),
  options: z.array(z.string()),
});

export const documentRecord = z.object({
  id,
  kind: z.enum(DOCUMENT_KINDS),
  version: z.number().int().positive(),
  title: z.string(),
  body: z.string(),
  questions: z.array(questionRecord),
  createdAt: z.string(),
  createdBy: id.nullable(),
});
export type DocumentRecord = z.infer<typeof documentRecord>;

export const documentsContract = {
  /** The current version of every document the clinic has. */
  'documents.list': query(z.object({}).default({}), z.array(documentRecord.extend({ versions: z.number().int() }))),
  /** One document: the current version or the version asked for, with its history and how often each was signed. */
  'documents.get': query(
    z.object({ kind: z.enum(DOCUMENT_KINDS), version: z.number().int().positive().nullable().default(null) }),
    documentRecord.extend({
      history: z.array(
        z.object({ id, version: z.number().int(), createdAt: z.string(), createdBy: id.nullable(), used: z.number().int() }),
      ),
    }),
  ),
  /** Saves a new version (owners only). Nothing changed: the current version, and no new one. */
  'documents.save': change(documentInput, documentRecord, {
    // A new consent version makes the next session ask again (consent.status); the chart's intake form follows the questionnaire.
    invalidates: ['documents.list', 'documents.get', 'consent.status'],
  }),
} as const;
