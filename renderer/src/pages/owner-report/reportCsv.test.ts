import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../../../api/contract/payments';
import { reportCsv } from './reportCsv';

const report: ReportRecord = {
  from: '2026-11-01',
  to: '2026-11-30',
  currency: 'GBP',
  paymentsByMethod: [
    { method: 'cash', amountMinor: 34_000, count: 2 },
    { method: 'card', amountMinor: 50_050, count: 1 },
    { method: 'bank_transfer', amountMinor: 0, count: 0 },
    { method: 'other', amountMinor: 0, count: 0 },
  ],
  paymentsTotalMinor: 84_050,
  refundsMinor: 5_000,
  refundsCount: 1,
  discountsMinor: 10_000,
  deposits: { heldMinor: 4_000, appliedMinor: 0, forfeitedMinor: 0, outstandingMinor: 6_000 },
  sessionsPerformed: 3,
  noShows: 1,
  cancellations: 0,
  newClients: 2,
  plansCompleted: 1,
  months: [{ month: '2026-11', paymentsMinor: 84_050, refundsMinor: 5_000, noShows: 1 }],
};

describe('the report as CSV', () => {
  it('writes every figure, amounts in pounds as plain numbers', () => {
    const rows = Papa.parse<string[]>(reportCsv(report).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['Section', 'Figure', 'Value', 'Currency']);
    expect(rows).toContainEqual(['Payments', 'Card terminal', '500.5', 'GBP']);
    expect(rows).toContainEqual(['Payments', 'Total', '840.5', 'GBP']);
    expect(rows).toContainEqual(['Deposits', 'Outstanding at period end', '60', 'GBP']);
    expect(rows).toContainEqual(['Sessions', 'No-shows', '1', '']);
    expect(rows).toContainEqual(['Month 2026-11', 'Refunds', '50', 'GBP']);
  });
  it('guards against a formula in a cell', () => {
    // No report cell is typed by a person today; the guard is still the one writer's.
    expect(reportCsv({ ...report, currency: '=HYPERLINK' })).toContain("'=HYPERLINK");
  });
  it('writes its headings in German for a German locale, the figures unchanged', () => {
    const rows = Papa.parse<string[]>(reportCsv(report, 'de-DE').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['Bereich', 'Kennzahl', 'Wert', 'Währung']);
    expect(rows).toContainEqual(['Zahlungen', 'Gesamt', '840.5', 'GBP']);
    expect(rows).toContainEqual(['Anzahlungen', 'Offen am Ende des Zeitraums', '60', 'GBP']);
    expect(rows).toContainEqual(['Monat 2026-11', 'Erstattungen', '50', 'GBP']);
  });
});
