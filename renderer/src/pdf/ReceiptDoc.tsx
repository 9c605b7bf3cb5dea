// A receipt or credit note as printed: the clinic (with its tax number), the client, the plan, what
// was paid or refunded and the plan's balance after it. Made from the receipt's stored content only,
// so printing it again years later gives the same page.
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { formatDateTime } from '../../../core/format-date';
import { formatMoney } from '../../../core/money';
import { paymentMethodLabel } from '../../../core/vocabulary';
import type { ReceiptRecord } from '../../../api/contract/payments';
import { SHEET_FONT } from './fonts';
import { receiptTitle } from './receipt-title';
import { translate, type MessageId, type MessageValues } from '../../../core/i18n/translate';

const s = StyleSheet.create({
  page: { fontFamily: SHEET_FONT, fontSize: 11, lineHeight: 1.4, color: '#111111', padding: 44 },
  clinicName: { fontSize: 16, fontWeight: 700 },
  muted: { fontSize: 9.5, color: '#4a4a4a' },
  title: { fontSize: 20, fontWeight: 700, marginTop: 18, marginBottom: 10 },
  row: { flexDirection: 'row', paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: '#9a9a9a' },
  label: { width: 180 },
  value: { flex: 1, fontWeight: 700 },
  note: { marginTop: 16, fontSize: 9.5, color: '#4a4a4a' },
});

export function ReceiptDoc({ receipt, paper }: { receipt: ReceiptRecord; paper: 'A4' | 'LETTER' }) {
  const c = receipt.content;
  const m = (minor: number) => formatMoney(minor, c.currency, c.locale);
  // In the language of the locale stored with the receipt: printed again years later, it reads the same.
  const say = (id: MessageId, values?: MessageValues) => translate(c.locale, id, values);
  const rows: [string, string][] = [
    [say('printouts.receipt.client'), c.clientName],
    [say('printouts.receipt.for'), c.planLabel],
    [say('printouts.receipt.date'), formatDateTime(c.takenAt, c.locale)],
    [say(receipt.kind === 'credit_note' ? 'printouts.receipt.refunded' : 'printouts.receipt.paid'), m(c.amountMinor)],
    [say('printouts.receipt.method'), c.method ? paymentMethodLabel(c.locale, c.method) : '—'],
  ];
  if (c.reference) rows.push([say('printouts.receipt.reference'), c.reference]);
  if (c.reason) rows.push([say('printouts.receipt.reason'), c.reason]);
  if (c.againstReceipt !== null) rows.push([say('printouts.receipt.against'), String(c.againstReceipt)]);
  rows.push(
    [say('printouts.receipt.price'), m(c.priceMinor)],
    [say('printouts.receipt.paidToDate'), m(c.netPaidMinor)],
    [say('printouts.receipt.owed'), m(c.owedMinor)],
  );
  if (c.takenByName) rows.push([say('printouts.receipt.takenBy'), c.takenByName]);
  return (
    <Document title={receiptTitle(receipt, c.locale)} author={c.clinicName}>
      <Page size={paper} style={s.page}>
        <Text style={s.clinicName}>{c.clinicName}</Text>
        {c.clinicAddress ? <Text style={s.muted}>{c.clinicAddress}</Text> : null}
        {c.clinicPhone ? <Text style={s.muted}>{c.clinicPhone}</Text> : null}
        {c.clinicTaxId ? <Text style={s.muted}>{say('printouts.receipt.taxNumber', { taxId: c.clinicTaxId })}</Text> : null}
        <Text style={s.title}>{receiptTitle(receipt, c.locale)}</Text>
        {rows.map(([label, value]) => (
          <View key={label} style={s.row}>
            <Text style={s.label}>{label}</Text>
            <Text style={s.value}>{value}</Text>
          </View>
        ))}
        <Text style={s.note}>{receipt.kind === 'credit_note' ? say('printouts.receipt.noteCredit') : say('printouts.receipt.note')}</Text>
      </Page>
    </Document>
  );
}
