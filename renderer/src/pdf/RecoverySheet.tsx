// The recovery key sheet, printed once at owner setup: the clinic's name, the date, the key in large
// groups with boxes to copy it by hand, and what it is for and where to keep it. Same fonts and
// make as the aftercare sheet (react-pdf, rendered in the app and under Node for the tests).
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { SHEET_FONT } from './fonts';
import { translate, type MessageId, type MessageValues } from '../../../core/i18n/translate';
import { getClinicLocale } from '../format';

export interface RecoverySheetData {
  clinicName: string;
  groups: string[];
  /** The date it was shown, already formatted in the clinic's locale (renderer/src/format.ts). */
  dateText: string;
  paperSize: 'A4' | 'LETTER';
  /** The sheet's language; the locale in force when not given. */
  locale?: string;
}

const s = StyleSheet.create({
  page: {
    fontFamily: SHEET_FONT,
    fontSize: 11.5,
    lineHeight: 1.4,
    color: '#111111',
    paddingTop: 40,
    paddingBottom: 40,
    paddingHorizontal: 48,
  },
  clinic: { fontSize: 14, fontWeight: 700, marginBottom: 2 },
  date: { fontSize: 10, color: '#4a4a4a', marginBottom: 18 },
  title: { fontSize: 22, fontWeight: 700, lineHeight: 1.2, marginBottom: 8 },
  intro: { marginBottom: 16 },
  grid: { flexDirection: 'row', flexWrap: 'wrap', borderWidth: 1, borderColor: '#111111', borderRadius: 4, padding: 10, marginBottom: 18 },
  cell: { width: '25%', flexDirection: 'row', alignItems: 'flex-end', paddingVertical: 6 },
  number: { width: 20, fontSize: 9, color: '#4a4a4a', paddingBottom: 3 },
  group: { fontSize: 17, fontWeight: 700 },
  h2: { fontSize: 13, fontWeight: 700, marginTop: 4, marginBottom: 4 },
  bulletRow: { flexDirection: 'row', marginBottom: 3 },
  bullet: { width: 12 },
  bulletText: { flex: 1 },
  footer: { position: 'absolute', left: 48, right: 48, bottom: 22, fontSize: 8.5, color: '#4a4a4a' },
});

function Bullets({ items }: { items: string[] }) {
  return (
    <View>
      {items.map((item, i) => (
        <View key={i} style={s.bulletRow} wrap={false}>
          <Text style={s.bullet}>•</Text>
          <Text style={s.bulletText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

export function RecoverySheet({ data }: { data: RecoverySheetData }) {
  const locale = data.locale ?? getClinicLocale();
  const say = (id: MessageId, values?: MessageValues) => translate(locale, id, values);
  return (
    <Document
      title={say('printouts.recovery.docTitle', { clinic: data.clinicName })}
      author={data.clinicName}
      creator="Stipple"
      producer="Stipple"
    >
      <Page size={data.paperSize === 'LETTER' ? 'LETTER' : 'A4'} style={s.page}>
        <Text style={s.clinic}>{data.clinicName}</Text>
        <Text style={s.date}>{say('printouts.recovery.made', { date: data.dateText })}</Text>
        <Text style={s.title}>{say('printouts.recovery.title')}</Text>
        <Text style={s.intro}>{say('printouts.recovery.intro')}</Text>
        <View style={s.grid}>
          {data.groups.map((group, i) => (
            <View key={i} style={s.cell}>
              <Text style={s.number}>{i + 1}</Text>
              <Text style={s.group}>{group}</Text>
            </View>
          ))}
        </View>
        <Text style={s.h2}>{say('printouts.recovery.when')}</Text>
        <Bullets
          items={[
            say('printouts.recovery.when1'),
            say('printouts.recovery.when2'),
            say('printouts.recovery.when3'),
            say('printouts.recovery.when4'),
          ]}
        />
        <Text style={s.h2}>{say('printouts.recovery.where')}</Text>
        <Bullets items={[say('printouts.recovery.where1'), say('printouts.recovery.where2'), say('printouts.recovery.where3')]} />
        <Text style={s.footer} fixed>
          {say('printouts.recovery.footer', { clinic: data.clinicName, date: data.dateText })}
        </Text>
      </Page>
    </Document>
  );
}
