// The printed "to contact" list: the day, then each client with why they are called, their phone,
// the message to read out or send, and a box to tick by hand (or ticked already in Stipple).
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ContactItem } from '../../../api/contract/book-contact';
import { formatDate } from '../../../core/format-date';
import { SHEET_FONT } from './fonts';
import { translate, type MessageId, type MessageValues } from '../../../core/i18n/translate';

export interface ContactListData {
  clinicName: string;
  day: string;
  items: ContactItem[];
  locale: string;
  paperSize: 'A4' | 'LETTER';
}

const s = StyleSheet.create({
  page: {
    fontFamily: SHEET_FONT,
    fontSize: 10.5,
    lineHeight: 1.35,
    color: '#111111',
    paddingTop: 34,
    paddingBottom: 40,
    paddingHorizontal: 40,
  },
  clinic: { fontSize: 11, color: '#4a4a4a' },
  title: { fontSize: 19, fontWeight: 700, lineHeight: 1.2, marginBottom: 12 },
  row: { flexDirection: 'row', paddingVertical: 7, borderTopWidth: 0.5, borderTopColor: '#9a9a9a' },
  box: { width: 13, height: 13, borderWidth: 1, borderColor: '#111111', marginRight: 10, marginTop: 2, padding: 2 },
  // Ticked in Stipple: the box filled (a drawn square, never a glyph the font might lack).
  tick: { width: 7, height: 7, backgroundColor: '#111111' },
  who: { width: 150, minWidth: 150, maxWidth: 150, paddingRight: 10 },
  name: { fontWeight: 700 },
  muted: { color: '#4a4a4a', fontSize: 9.5 },
  message: { flex: 1 },
  empty: { marginTop: 8 },
  footer: { position: 'absolute', left: 40, right: 40, bottom: 20, fontSize: 8.5, color: '#4a4a4a' },
});

export function ContactListSheet({ data }: { data: ContactListData }) {
  const dayText = formatDate(data.day, data.locale, { weekday: true });
  const say = (id: MessageId, values?: MessageValues) => translate(data.locale, id, values);
  return (
    <Document title={say('printouts.contact.docTitle', { day: dayText })} author={data.clinicName} creator="Stipple" producer="Stipple">
      <Page size={data.paperSize === 'LETTER' ? 'LETTER' : 'A4'} style={s.page}>
        <Text style={s.clinic}>{data.clinicName}</Text>
        <Text style={s.title}>{say('printouts.contact.title', { day: dayText })}</Text>
        {data.items.length === 0 && <Text style={s.empty}>{say('printouts.contact.nobody')}</Text>}
        {data.items.map((item) => (
          <View key={item.key} style={s.row} wrap={false}>
            <View style={s.box}>{item.contacted && <View style={s.tick} />}</View>
            <View style={s.who}>
              <Text style={s.name}>{item.clientName}</Text>
              <Text>{item.phone ?? say('printouts.contact.noPhone')}</Text>
              <Text style={s.muted}>{say(`book.contact.reason.${item.reason}`)}</Text>
              {item.contacted && (
                <Text style={s.muted}>
                  {say('printouts.contact.contactedBy', { name: item.contacted.contactedByName ?? say('printouts.contact.someone') })}
                </Text>
              )}
            </View>
            <Text style={s.message}>{item.message}</Text>
          </View>
        ))}
        <Text
          style={s.footer}
          fixed
          render={({ pageNumber, totalPages }) =>
            say('printouts.contact.footer', { clinic: data.clinicName, day: dayText, page: pageNumber, pages: totalPages })
          }
        />
      </Page>
    </Document>
  );
}
