import { z } from 'zod';
import { CASE_TYPES, FITZPATRICK_TYPES, HAIR_LOSS_SCALES, LUDWIG_STAGES, NORWOOD_STAGES } from '../../core/vocabulary';
import { email, id, isoDate, notes, phone, requiredText, version } from './common';
import { change, query } from './define';
import { chartRecord, clientForChart } from './chart';
import { msg, zodText } from './words';

const clientFields = z.object({
  firstName: requiredText(msg('api.label.firstName'), 100),
  lastName: requiredText(msg('api.label.lastName'), 100),
  phone,
  email,
  dateOfBirth: isoDate(msg('api.label.dateOfBirth')).nullable().optional(),
  hairLossScale: z.enum(HAIR_LOSS_SCALES).nullable().optional(),
  hairLossStage: z.string().trim().max(10).nullable().optional(),
  fitzpatrick: z
    .number()
    .int()
    .refine((n) => (FITZPATRICK_TYPES as readonly number[]).includes(n), { error: zodText(msg('api.clients.fitzpatrick')) })
    .nullable()
    .optional(),
  caseType: z.enum(CASE_TYPES).default('hair_loss'),
  notes: notes(),
});

/** The stage must belong to the chosen scale; the date of birth must be in the past. */
function checkClient(value: z.infer<typeof clientFields>, ctx: z.RefinementCtx): void {
  const { hairLossScale: scale, hairLossStage: stage } = value;
  if (stage && !scale) {
    ctx.addIssue({ code: 'custom', path: ['hairLossScale'], message: zodText(msg('api.clients.scaleForStage')) });
  }
  if (stage && scale === 'norwood' && !(NORWOOD_STAGES as readonly string[]).includes(stage)) {
    ctx.addIssue({ code: 'custom', path: ['hairLossStage'], message: zodText(msg('api.clients.norwoodStage')) });
  }
  if (stage && scale === 'ludwig' && !(LUDWIG_STAGES as readonly string[]).includes(stage)) {
    ctx.addIssue({ code: 'custom', path: ['hairLossStage'], message: zodText(msg('api.clients.ludwigStage')) });
  }
  if (value.dateOfBirth && value.dateOfBirth > new Date().toISOString().slice(0, 10)) {
    ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: zodText(msg('api.clients.birthInFuture')) });
  }
}

export const clientInput = clientFields.superRefine(checkClient);
export type ClientInput = z.input<typeof clientInput>;

export const clientRecord = clientForChart;
export type ClientRecord = z.infer<typeof clientRecord>;

export const clientListRow = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  archived: z.boolean(),
  /** "session 2 of 3" data: performed sessions and quoted sessions of the current course. */
  performedSessions: z.number().int(),
  quotedSessions: z.number().int().nullable(),
  lastSessionAt: z.string().nullable(),
  nextBookedFor: z.string().nullable(),
  depositStatus: z.string().nullable(),
});
export type ClientListRow = z.infer<typeof clientListRow>;

/** A client's name, phone and archived flag show on their chart, in both lists, on the board, in
 *  booking lists and on aftercare sheets; the chart's History shows the audit entry. */
export const CLIENT_SHOWN = [
  'clients.chart',
  'clients.search',
  'clients.list',
  'reception.board',
  'reception.day',
  'reception.bookings',
  'aftercare.sheet',
  'audit.history',
  'book.range',
  'book.toContact',
  'book.card',
] as const;

export const clientsContract = {
  // A new client counts in the owner's report.
  'clients.create': change(clientInput, clientRecord, { invalidates: ['clients.search', 'clients.list', 'reports.period'] }),
  // The name and phone show in a batch recall; the skin type and case type are retention figures.
  'clients.update': change(clientFields.extend({ id, expectedVersion: version }).superRefine(checkClient), clientRecord, {
    invalidates: [...CLIENT_SHOWN, 'batches.recall', 'retention.breakdown', 'retention.similar'],
  }),
  'clients.search': query(
    z.object({
      query: z.string().max(100).default(''),
      includeArchived: z.boolean().default(false),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    z.object({ rows: z.array(clientListRow), total: z.number().int() }),
  ),
  'clients.chart': query(z.object({ id }), chartRecord),
  'clients.archive': change(
    z.object({ id, expectedVersion: version, archived: z.boolean().default(true), reason: notes(msg('api.label.reason'), 500) }),
    clientRecord,
    { invalidates: CLIENT_SHOWN },
  ),
} as const;
