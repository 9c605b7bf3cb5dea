// The owner's report as CSV: one row per figure, amounts in major units as plain numbers (as the
// board's export), through the one CSV writer with its formula guard.
import { minorDigits } from '../../../../core/money';
import { PAYMENT_METHOD_LABELS } from '../../../../core/vocabulary';
import type { ReportRecord } from '../../../../api/contract/payments';
import { toCsv, type CsvValue } from '../reception/csv';

export function reportCsv(r: ReportRecord): string {
  const major = (minor: number) => minor / 10 ** minorDigits(r.currency);
  const rows: CsvValue[][] = [
    ...r.paymentsByMethod.map((m) => ['Payments', PAYMENT_METHOD_LABELS[m.method], major(m.amountMinor), r.currency]),
    ['Payments', 'Total', major(r.paymentsTotalMinor), r.currency],
    ['Refunds', 'Total', major(r.refundsMinor), r.currency],
    ['Discounts', 'Total', major(r.discountsMinor), r.currency],
    ['Deposits', 'Held at period end', major(r.deposits.heldMinor), r.currency],
    ['Deposits', 'Applied', major(r.deposits.appliedMinor), r.currency],
    ['Deposits', 'Forfeited', major(r.deposits.forfeitedMinor), r.currency],
    ['Deposits', 'Outstanding at period end', major(r.deposits.outstandingMinor), r.currency],
    ['Sessions', 'Performed', r.sessionsPerformed, null],
    ['Sessions', 'No-shows', r.noShows, null],
    ['Sessions', 'Cancellations', r.cancellations, null],
    ['Clients', 'New clients', r.newClients, null],
    ['Plans', 'Completed', r.plansCompleted, null],
    ...r.months.flatMap((m): CsvValue[][] => [
      [`Month ${m.month}`, 'Payments', major(m.paymentsMinor), r.currency],
      [`Month ${m.month}`, 'Refunds', major(m.refundsMinor), r.currency],
      [`Month ${m.month}`, 'No-shows', m.noShows, null],
    ]),
  ];
  return toCsv(['Section', 'Figure', 'Value', 'Currency'], rows);
}
