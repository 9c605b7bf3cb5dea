// The printed recall list of a pigment batch: every client who received it, with the session, the
// zones and the phone, to work through by hand. Same fonts and make as the aftercare sheet.
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { SHEET_FONT } from './fonts';
import { translate, type MessageId, type MessageValues } from '../../../core/i18n/translate';

export interface RecallSheetData {
  clinicName: string;
  batchNumber: string;
  /** Already formatted in the clinic's locale (renderer/src/format.ts). */
  dateText: string;
  paperSize: 'A4' | 'LETTER';
  /** The sheet's language: the locale in force where it was printed. */
  locale: string;
  rows: { client: string; phone: string; session: string; performed: string; pigment: string; zones: string }[];
}

const s = StyleSheet.create({
  page: {
    fontFamily: SHEET_FONT,
    fontSize: 10,
    lineHeight: 1.35,
    color: '#111111',
    paddingTop: 36,
    paddingBottom: 40,
    paddingHorizontal: 40,
  },
  clinic: { fontSize: 13, fontWeight: 700 },
  date: { fontSize: 9, color: '#4a4a4a', marginBottom: 12 },
  title: { fontSize: 18, fontWeight: 700, marginBottom: 4 },
  intro: { marginBottom: 12 },
  head: { flexDirection: 'row', borderBottomWidth: 1, borderColor: '#111111', paddingBottom: 3, fontWeight: 700 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderColor: '#888888', paddingVertical: 4 },
  client: { width: '22%' },
  phone: { width: '16%' },
  session: { width: '10%' },
  performed: { width: '14%' },
  pigment: { width: '18%' },
  zones: { width: '20%' },
  footer: { position: 'absolute', left: 40, right: 40, bottom: 20, fontSize: 8, color: '#4a4a4a' },
});

const COLUMNS = ['client', 'phone', 'session', 'performed', 'pigment', 'zones'] as const;

export function RecallSheet({ data }: { data: RecallSheetData }) {
  const say = (id: MessageId, values?: MessageValues) => translate(data.locale, id, values);
  return (
    <Document
      title={say('printouts.recall.docTitle', { batch: data.batchNumber })}
      author={data.clinicName}
      creator="Stipple"
      producer="Stipple"
    >
      <Page size={data.paperSize === 'LETTER' ? 'LETTER' : 'A4'} style={s.page}>
        <Text style={s.clinic}>{data.clinicName}</Text>
        <Text style={s.date}>{say('printouts.recall.printed', { date: data.dateText })}</Text>
        <Text style={s.title}>{say('printouts.recall.title', { batch: data.batchNumber })}</Text>
        <Text style={s.intro}>{say('printouts.recall.intro', { count: data.rows.length })}</Text>
        <View style={s.head} fixed>
          {COLUMNS.map((key) => (
            <Text key={key} style={s[key]}>
              {say(`printouts.recall.${key}`)}
            </Text>
          ))}
        </View>
        {data.rows.map((r, i) => (
          <View key={i} style={s.row} wrap={false}>
            {COLUMNS.map((key) => (
              <Text key={key} style={s[key]}>
                {r[key]}
              </Text>
            ))}
          </View>
        ))}
        <Text
          style={s.footer}
          fixed
          render={({ pageNumber, totalPages }) =>
            say('printouts.recall.footer', { batch: data.batchNumber, page: pageNumber, pages: totalPages })
          }
        />
      </Page>
    </Document>
  );
}
