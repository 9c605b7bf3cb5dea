import { z } from 'zod';
import { PLAN_KINDS, PLAN_STATUSES } from '../../core/vocabulary';
import { currency, id, isoDate, minorAmount, notes, version } from './common';
import { planRecord } from './chart';
import { change, query } from './define';
import { msg, zodText } from './words';

/** For each session beyond the second: whether a booking deposit secures it, and how much. */
const depositPlan = z.object({
  sessionNumber: z.number().int().min(3),
  amountMinor: minorAmount(msg('api.label.deposit')).refine((n) => n > 0, { error: zodText(msg('api.deposits.moreThanZero')) }),
});

export const planInput = z
  .object({
    clientId: id,
    kind: z.enum(PLAN_KINDS).default('course'),
    quotedSessions: z
      .number({ error: zodText(msg('api.plans.quotedSessions')) })
      .int()
      .min(1)
      .max(10),
    priceMinor: minorAmount(msg('api.label.price')),
    currency,
    recallOn: isoDate(msg('api.label.recallDate')).nullable().default(null),
    deposits: z.array(depositPlan).default([]),
    notes: notes(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'course' && v.quotedSessions < 2) {
      ctx.addIssue({ code: 'custom', path: ['quotedSessions'], message: zodText(msg('api.plans.atLeastTwo')) });
    }
    if (v.kind === 'touch_up' && v.deposits.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['deposits'], message: zodText(msg('api.plans.touchUpNoDeposit')) });
    }
    v.deposits.forEach((d, i) => {
      if (d.sessionNumber > v.quotedSessions) {
        ctx.addIssue({
          code: 'custom',
          path: ['deposits', i, 'sessionNumber'],
          message: zodText(msg('api.deposits.notInQuote', { number: String(d.sessionNumber), quoted: String(v.quotedSessions) })),
        });
      }
    });
  });

export const plansContract = {
  // The client lists show the current course's quoted sessions and its latest deposit's status.
  'plans.create': change(planInput, planRecord, {
    invalidates: [
      'clients.chart',
      'plans.list',
      'clients.search',
      'clients.list',
      'reception.board',
      'audit.history',
      'book.toContact',
      'book.card',
      'reports.period',
    ],
  }),
  'plans.setStatus': change(
    z.object({ id, expectedVersion: version, status: z.enum(PLAN_STATUSES), reason: notes(msg('api.label.reason'), 500) }),
    planRecord,
    {
      invalidates: [
        'clients.chart',
        'plans.list',
        'clients.search',
        'clients.list',
        'reception.board',
        'reception.nextSession',
        'audit.history',
        'book.toContact',
        'book.card',
        // Plans completed are counted in the owner's report.
        'reports.period',
      ],
    },
  ),
  'plans.list': query(z.object({ clientId: id }), z.array(planRecord)),
} as const;
