// Aftercare templates (versioned: every save is a new version), the data of one printed sheet, and
// the record that a sheet was given to the client.
import { z } from 'zod';
import { AFTERCARE_MAX_DAY, findRuleProblems } from '../../core/aftercare';
import { AFTERCARE_SESSION_KINDS, PLAN_KINDS } from '../../core/vocabulary';
import { id, requiredText, version } from './common';
import { printRecord } from './chart';
import { change, query } from './define';
import { msg, zodText, type Msg } from './words';

const day = (label: Msg) =>
  z
    .number({ error: zodText(msg('checks.aftercare.dayNumber', { label })) })
    .int({ error: zodText(msg('checks.aftercare.dayWhole', { label })) })
    .min(0, { error: zodText(msg('checks.aftercare.dayBeforeSession')) })
    .max(AFTERCARE_MAX_DAY, { error: zodText(msg('checks.aftercare.dayTooLate', { max: String(AFTERCARE_MAX_DAY) })) });

export const aftercareRule = z.object({
  fromDay: day(msg('checks.label.ruleFirstDay')),
  /** Null: no end ("from day 7"). */
  toDay: day(msg('checks.label.ruleLastDay')).nullable(),
  instruction: requiredText(msg('checks.label.instruction'), 300),
});

const templateKey = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,59}$/, { error: zodText(msg('checks.aftercare.noTemplate')) });

export const aftercareTemplateInput = z
  .object({
    /** Null makes a new template; otherwise a new version of the template with this key. */
    key: templateKey.nullable().default(null),
    /** The version the editor started from; a save against an older one is a conflict. */
    expectedVersion: version.nullable().default(null),
    name: requiredText(msg('checks.label.templateName'), 80),
    sessionKind: z.enum(AFTERCARE_SESSION_KINDS, { error: zodText(msg('checks.aftercare.chooseSessionKind')) }),
    rules: z
      .array(aftercareRule, { error: zodText(msg('checks.aftercare.addRule')) })
      .min(1, { error: zodText(msg('checks.aftercare.addRule')) })
      .max(30, { error: zodText(msg('checks.aftercare.tooManyRules')) }),
    advice: z
      .array(requiredText(msg('checks.label.advice'), 500))
      .max(20, { error: zodText(msg('checks.aftercare.tooMuchAdvice')) })
      .default([]),
  })
  .superRefine((t, ctx) => {
    // Overlaps and contradictions are refused beside the rule to change, e.g. rules.2.toDay.
    for (const p of findRuleProblems(t.rules)) {
      ctx.addIssue({ code: 'custom', path: ['rules', p.index, p.field], message: zodText(msg(p.says.id, p.says.values)) });
    }
  });
export type AftercareTemplateInput = z.input<typeof aftercareTemplateInput>;

export const aftercareTemplateRecord = z.object({
  id,
  key: z.string(),
  version: z.number().int().positive(),
  name: z.string(),
  sessionKind: z.enum(AFTERCARE_SESSION_KINDS),
  rules: z.array(z.object({ fromDay: z.number().int(), toDay: z.number().int().nullable(), instruction: z.string() })),
  advice: z.array(z.string()),
  createdAt: z.string(),
  createdBy: id.nullable(),
});
export type AftercareTemplateRecord = z.infer<typeof aftercareTemplateRecord>;

const versionSummary = z.object({
  id,
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: id.nullable(),
  prints: z.number().int(),
});

/** Everything one printed sheet shows. Dates are 'YYYY-MM-DD'; the sheet formats them in `clinic.locale`. */
export const aftercareSheetData = z.object({
  clinic: z.object({
    name: z.string(),
    address: z.string(),
    phone: z.string(),
    logo: z.string(),
    paperSize: z.enum(['A4', 'LETTER']),
    locale: z.string(),
  }),
  client: z.object({ id, firstName: z.string(), lastName: z.string() }),
  session: z.object({ id, number: z.number().int(), kind: z.enum(PLAN_KINDS), date: z.string() }),
  template: aftercareTemplateRecord,
  /** When the next session can be booked; null when there is nothing to say. */
  nextSession: z
    .object({
      kind: z.enum(PLAN_KINDS),
      number: z.number().int(),
      earliest: z.string(),
      latest: z.string().nullable(),
      /** True when it goes beyond the sessions quoted ("if a further session is needed"). */
      optional: z.boolean(),
    })
    .nullable(),
});
export type AftercareSheetData = z.infer<typeof aftercareSheetData>;

export const aftercareContract = {
  /** The latest version of every template. */
  'aftercare.templates.list': query(z.object({}).default({}), z.array(aftercareTemplateRecord.extend({ versions: z.number().int() }))),
  /** One template: the latest version, or the version asked for, with its history. */
  'aftercare.templates.get': query(
    z.object({ key: templateKey, version: z.number().int().positive().nullable().default(null) }),
    aftercareTemplateRecord.extend({ history: z.array(versionSummary) }),
  ),
  // A sheet without a chosen template uses the latest version for its kind of session.
  'aftercare.templates.save': change(aftercareTemplateInput, aftercareTemplateRecord, {
    invalidates: ['aftercare.templates.list', 'aftercare.templates.get', 'aftercare.sheet'],
  }),
  /** The data of a session's sheet; `templateId` picks a template (any version), else the one for the session's kind. */
  'aftercare.sheet': query(z.object({ sessionId: id, templateId: id.nullable().default(null) }), aftercareSheetData),
  /** Records that a sheet was printed or saved for the client. */
  'aftercare.prints.record': change(z.object({ sessionId: id, templateId: id }), printRecord, {
    // The chart lists prints and the template's versions count them.
    invalidates: ['clients.chart', 'aftercare.templates.get', 'audit.history'],
  }),
} as const;
