// A receipt and a credit note rendered to real PDFs and read back with pdftotext.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { renderToBuffer } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import os from 'node:os';
import type { ReceiptRecord } from '../../../api/contract/payments';
import { buildReceipt } from './buildReceipt';
import { registerSheetFonts } from './fonts';
import { nodeSheetFonts } from './nodeFontFiles';

const content = {
  clinicName: 'North Street SMP',
  clinicAddress: '12 North Street, Leeds',
  clinicPhone: '0113 496 0000',
  clinicTaxId: 'GB 123 4567 89',
  locale: 'en-GB',
  clientName: 'Sam Okafor',
  planLabel: 'SMP course, 3 sessions',
  amountMinor: 50_000,
  currency: 'GBP',
  method: 'card' as const,
  reference: 'T-998',
  reason: null,
  takenByName: 'Rae Desk',
  takenAt: '2026-11-21T09:00:00.000Z',
  priceMinor: 150_000,
  netPaidMinor: 50_000,
  owedMinor: 100_000,
  againstReceipt: null,
};

async function text(receipt: ReceiptRecord): Promise<string> {
  registerSheetFonts(nodeSheetFonts);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'receipt-')), `r${receipt.number}.pdf`);
  fs.writeFileSync(file, await renderToBuffer(buildReceipt(receipt, 'A4')));
  return execFileSync('pdftotext', ['-layout', file, '-']).toString();
}

describe('receipt PDFs', () => {
  it('prints the clinic, its tax number, the client and what was paid', async () => {
    const out = await text({ id: 1, number: 7, kind: 'receipt', paymentId: 1, issuedAt: content.takenAt, content });
    for (const s of [
      'North Street SMP',
      'Tax number GB 123 4567 89',
      'Receipt 7',
      'Sam Okafor',
      '£500.00',
      '£1,500.00',
      '£1,000.00',
      'Card terminal',
    ])
      expect(out).toContain(s);
  });
  it('prints a credit note against its receipt, in yen without decimals', async () => {
    const out = await text({
      id: 2,
      number: 8,
      kind: 'credit_note',
      paymentId: 2,
      issuedAt: content.takenAt,
      content: {
        ...content,
        currency: 'JPY',
        amountMinor: 5_000,
        priceMinor: 180_000,
        netPaidMinor: 55_000,
        owedMinor: 125_000,
        reason: 'Shorter session',
        againstReceipt: 7,
      },
    });
    for (const s of ['Credit note 8', 'Refunded', '¥5,000', 'Against receipt', 'Shorter session']) expect(out).toContain(s);
    expect(out).not.toMatch(/¥5,000\.00/);
  });
  it('prints a receipt in German from a German clinic, its money and dates in de-DE', async () => {
    const out = await text({
      id: 3,
      number: 9,
      kind: 'receipt',
      paymentId: 3,
      issuedAt: content.takenAt,
      content: { ...content, locale: 'de-DE', currency: 'EUR', clinicTaxId: 'DE 123456789' },
    });
    for (const s of [
      'Quittung 9',
      'Steuernummer DE 123456789',
      'Kunde',
      'Bezahlt',
      'Bisher bezahlt',
      'Noch offen',
      'Vielen Dank.',
      '500,00 €',
      '1.500,00 €',
    ])
      expect(out).toContain(s);
    expect(out).toMatch(/21\.11\.2026|21\. Nov/);
    expect(out).not.toContain('Still to pay');
  });
});
