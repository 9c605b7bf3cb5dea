// A receipt or credit note as printed: the clinic (with its tax number), the client, the plan, what
// was paid or refunded and the plan's balance after it. Made from the receipt's stored content only,
// so printing it again years later gives the same page.
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { formatDateTime } from '../../../core/format-date';
import { formatMoney } from '../../../core/money';
import { PAYMENT_METHOD_LABELS } from '../../../core/vocabulary';
import type { ReceiptRecord } from '../../../api/contract/payments';
import { SHEET_FONT } from './fonts';
import { receiptTitle } from './receipt-title';

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
  const rows: [string, string][] = [
    ['Client', c.clientName],
    ['For', c.planLabel],
    ['Date', formatDateTime(c.takenAt, c.locale)],
    [receipt.kind === 'credit_note' ? 'Refunded' : 'Paid', m(c.amountMinor)],
    ['Method', c.method ? PAYMENT_METHOD_LABELS[c.method] : '—'],
  ];
  if (c.reference) rows.push(['Reference', c.reference]);
  if (c.reason) rows.push(['Reason', c.reason]);
  if (c.againstReceipt !== null) rows.push(['Against receipt', String(c.againstReceipt)]);
  rows.push(['Course price', m(c.priceMinor)], ['Paid to date', m(c.netPaidMinor)], ['Still to pay', m(c.owedMinor)]);
  if (c.takenByName) rows.push(['Taken by', c.takenByName]);
  return (
    <Document title={receiptTitle(receipt)} author={c.clinicName}>
      <Page size={paper} style={s.page}>
        <Text style={s.clinicName}>{c.clinicName}</Text>
        {c.clinicAddress ? <Text style={s.muted}>{c.clinicAddress}</Text> : null}
        {c.clinicPhone ? <Text style={s.muted}>{c.clinicPhone}</Text> : null}
        {c.clinicTaxId ? <Text style={s.muted}>Tax number {c.clinicTaxId}</Text> : null}
        <Text style={s.title}>{receiptTitle(receipt)}</Text>
        {rows.map(([label, value]) => (
          <View key={label} style={s.row}>
            <Text style={s.label}>{label}</Text>
            <Text style={s.value}>{value}</Text>
          </View>
        ))}
        <Text style={s.note}>
          {receipt.kind === 'credit_note'
            ? 'This credit note records money returned. The receipt it refers to stands as issued.'
            : 'Thank you. Keep this receipt for your records.'}
        </Text>
      </Page>
    </Document>
  );
}
