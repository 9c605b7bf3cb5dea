// The clinic's own documents (the questionnaire and the consent texts), versioned: every save is a
// new version, and whatever was answered or signed keeps pointing at the version it used.
import { z } from 'zod';
import { DOCUMENT_KINDS, QUESTION_KINDS, questionProblems } from '../../core/clinic-documents';
import { CONTRAINDICATION_TIERS } from '../../core/vocabulary';
import { id, requiredText, version } from './common';
import { change, query } from './define';
import { msg, zodText } from './words';

const questionKey = z.string().regex(/^[a-z0-9][a-z0-9_]{0,59}$/, { error: zodText(msg('checks.documents.key')) });

export const questionSchema = z.object({
  key: questionKey,
  kind: z.enum(QUESTION_KINDS, { error: zodText(msg('checks.documents.chooseKind')) }),
  text: requiredText(msg('checks.label.question'), 300),
  required: z.boolean().default(true),
  tier: z
    .enum(CONTRAINDICATION_TIERS, { error: zodText(msg('api.intake.chooseTier')) })
    .nullable()
    .default(null),
  waitDays: z
    .number({ error: zodText(msg('checks.documents.waitNumber')) })
    .int({ error: zodText(msg('checks.documents.waitWhole')) })
    .min(1, { error: zodText(msg('checks.documents.waitMin')) })
    .max(730, { error: zodText(msg('checks.documents.waitMax')) })
    .nullable()
    .default(null),
  records: z.boolean().default(false),
  options: z
    .array(requiredText(msg('checks.label.option'), 100))
    .max(20, { error: zodText(msg('checks.documents.tooManyOptions')) })
    .default([]),
});

export const documentInput = z
  .object({
    kind: z.enum(DOCUMENT_KINDS, { error: zodText(msg('checks.documents.chooseDocument')) }),
    /** The version the editor started from; a save against an older one is a conflict. */
    expectedVersion: version.nullable().default(null),
    title: requiredText(msg('checks.label.title'), 120),
    body: requiredText(msg('checks.label.text'), 20_000),
    questions: z
      .array(questionSchema)
      .max(80, { error: zodText(msg('checks.documents.tooManyQuestions')) })
      .default([]),
  })
  .superRefine((d, ctx) => {
    if (d.kind === 'questionnaire' && d.questions.length === 0)
      ctx.addIssue({ code: 'custom', path: ['questions'], message: zodText(msg('checks.documents.keepOneQuestion')) });
    if (d.kind !== 'questionnaire' && d.questions.length > 0)
      ctx.addIssue({ code: 'custom', path: ['questions'], message: zodText(msg('checks.documents.onlyQuestionnaire')) });
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
