// The owner's report as CSV: one row per figure, amounts in major units as plain numbers (as the
// board's export), through the one CSV writer with its formula guard. Headings in the locale's
// language (the one in force on screen unless given).
import { minorDigits } from '../../../../core/money';
import { translate, type MessageId } from '../../../../core/i18n/translate';
import { paymentMethodLabel } from '../../../../core/vocabulary';
import type { ReportRecord } from '../../../../api/contract/payments';
import { getClinicLocale } from '../../format';
import { toCsv, type CsvValue } from '../reception/csv';

export function reportCsv(r: ReportRecord, locale: string = getClinicLocale()): string {
  const say = (id: MessageId, values?: Record<string, string>) => translate(locale, id, values);
  const major = (minor: number) => minor / 10 ** minorDigits(r.currency);
  const payments = say('reports.csv.payments');
  const deposits = say('reports.csv.deposits');
  const sessions = say('reports.csv.sessions');
  const total = say('reports.csv.total');
  const rows: CsvValue[][] = [
    ...r.paymentsByMethod.map((m) => [payments, paymentMethodLabel(locale, m.method), major(m.amountMinor), r.currency]),
    [payments, total, major(r.paymentsTotalMinor), r.currency],
    [say('reports.csv.refunds'), total, major(r.refundsMinor), r.currency],
    [say('reports.csv.discounts'), total, major(r.discountsMinor), r.currency],
    [deposits, say('reports.csv.held'), major(r.deposits.heldMinor), r.currency],
    [deposits, say('reports.csv.applied'), major(r.deposits.appliedMinor), r.currency],
    [deposits, say('reports.csv.forfeited'), major(r.deposits.forfeitedMinor), r.currency],
    [deposits, say('reports.csv.outstanding'), major(r.deposits.outstandingMinor), r.currency],
    [sessions, say('reports.csv.performed'), r.sessionsPerformed, null],
    [sessions, say('reports.csv.noShows'), r.noShows, null],
    [sessions, say('reports.csv.cancellations'), r.cancellations, null],
    [say('reports.csv.clients'), say('reports.csv.newClients'), r.newClients, null],
    [say('reports.csv.plans'), say('reports.csv.completed'), r.plansCompleted, null],
    ...r.months.flatMap((m): CsvValue[][] => {
      const month = say('reports.csv.month', { month: m.month });
      return [
        [month, payments, major(m.paymentsMinor), r.currency],
        [month, say('reports.csv.refunds'), major(m.refundsMinor), r.currency],
        [month, say('reports.csv.noShows'), m.noShows, null],
      ];
    }),
  ];
  return toCsv([say('reports.csv.section'), say('reports.csv.figure'), say('reports.csv.value'), say('reports.csv.currency')], rows);
}
