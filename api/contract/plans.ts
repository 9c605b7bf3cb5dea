import { z } from 'zod';
import { PLAN_KINDS, PLAN_STATUSES } from '../../core/vocabulary';
import { currency, id, isoDate, minorAmount, notes, version } from './common';
import { planRecord } from './chart';
import { change, query } from './define';

/** For each session beyond the second: whether a booking deposit secures it, and how much. */
const depositPlan = z.object({
  sessionNumber: z.number().int().min(3),
  amountMinor: minorAmount('the deposit').refine((n) => n > 0, { error: 'A deposit must be more than zero.' }),
});

export const planInput = z
  .object({
    clientId: id,
    kind: z.enum(PLAN_KINDS).default('course'),
    quotedSessions: z.number({ error: 'Enter how many sessions are quoted.' }).int().min(1).max(10),
    priceMinor: minorAmount('the price'),
    currency,
    recallOn: isoDate('the recall date').nullable().default(null),
    deposits: z.array(depositPlan).default([]),
    notes: notes(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'course' && v.quotedSessions < 2) {
      ctx.addIssue({ code: 'custom', path: ['quotedSessions'], message: 'A course quotes at least two sessions.' });
    }
    if (v.kind === 'touch_up' && v.deposits.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['deposits'], message: 'A touch-up plan has no third-session deposit.' });
    }
    v.deposits.forEach((d, i) => {
      if (d.sessionNumber > v.quotedSessions) {
        ctx.addIssue({
          code: 'custom',
          path: ['deposits', i, 'sessionNumber'],
          message: `Session ${d.sessionNumber} is not part of a ${v.quotedSessions}-session quote.`,
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
    z.object({ id, expectedVersion: version, status: z.enum(PLAN_STATUSES), reason: notes('the reason', 500) }),
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
