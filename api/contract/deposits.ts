import { z } from 'zod';
import { PAYMENT_METHODS, type DepositStatus } from '../../core/vocabulary';
import { id, instant, minorAmount, requiredText, version } from './common';
import { depositRecord } from './chart';
import { change, query } from './define';
import { msg, zodText } from './words';

/** A deposit's amount, payments and status: the chart, both client lists (latest deposit status), the
 *  board and its totals, the booking lists, the next session's deposit, and the chart's History. */
const DEPOSIT_SHOWN = [
  'clients.chart',
  'deposits.forPlan',
  'clients.search',
  'clients.list',
  'reception.board',
  'reception.day',
  'reception.bookings',
  'reception.nextSession',
  'audit.history',
  'book.range',
  'book.toContact',
  // Deposit payments count towards the plan's balance and the owner's figures.
  'payments.forPlan',
  'reports.period',
] as const;

export const depositsContract = {
  /** A payment towards a deposit; the deposit becomes paid once fully covered. */
  'deposits.recordPayment': change(
    z.object({
      depositId: id,
      expectedVersion: version,
      amountMinor: minorAmount(msg('api.label.amount')).refine((n) => n > 0, { error: zodText(msg('api.deposits.amountAboveZero')) }),
      method: z.enum(PAYMENT_METHODS, { error: zodText(msg('api.deposits.choosePaidBy')) }),
      receipt: requiredText(msg('api.label.receiptNumber'), 60),
      paidAt: instant(msg('api.label.whenPaid')),
    }),
    depositRecord,
    { invalidates: DEPOSIT_SHOWN },
  ),
  'deposits.setStatus': change(
    z.object({
      depositId: id,
      expectedVersion: version,
      // Set by hand; 'paid' follows from payments and 'required' is where a deposit starts.
      status: z.enum(['refunded', 'forfeited', 'waived', 'applied'] as const satisfies readonly DepositStatus[]),
      reason: requiredText(msg('api.label.reason'), 500),
    }),
    depositRecord,
    { invalidates: DEPOSIT_SHOWN },
  ),
  /** A booking deposit added to a plan after it was quoted, for one of its sessions beyond the second. */
  'deposits.add': change(
    z.object({
      planId: id,
      sessionNumber: z
        .number({ error: zodText(msg('api.deposits.chooseSession')) })
        .int()
        .min(3, { error: zodText(msg('api.deposits.thirdOrLater')) }),
      amountMinor: minorAmount(msg('api.label.deposit')).refine((n) => n > 0, { error: zodText(msg('api.deposits.moreThanZero')) }),
      reason: requiredText(msg('api.label.reason'), 500),
    }),
    depositRecord,
    { invalidates: DEPOSIT_SHOWN },
  ),
  /** A required deposit's amount changed (never below what has been paid). */
  'deposits.setAmount': change(
    z.object({
      depositId: id,
      expectedVersion: version,
      amountMinor: minorAmount(msg('api.label.deposit')).refine((n) => n > 0, { error: zodText(msg('api.deposits.moreThanZero')) }),
      reason: requiredText(msg('api.label.reason'), 500),
    }),
    depositRecord,
    { invalidates: DEPOSIT_SHOWN },
  ),
  'deposits.forPlan': query(z.object({ planId: id }), z.array(depositRecord)),
} as const;
