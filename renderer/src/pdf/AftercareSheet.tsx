// The printed aftercare sheet: one page, A4 or US Letter, in large clear type.
import { Document, Image, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { AftercareSheetData } from '../../../api/contract/aftercare';
import { SHEET_FONT } from './fonts';
import { drawableLogo, nextSessionText, sessionLine, sheetGroups } from './sheetText';

const INK = '#111111';
const MUTED = '#4a4a4a';
const RULE = '#9a9a9a';

const s = StyleSheet.create({
  page: { fontFamily: SHEET_FONT, fontSize: 12, lineHeight: 1.35, color: INK, paddingTop: 36, paddingBottom: 40, paddingHorizontal: 44 },
  header: { flexDirection: 'row', alignItems: 'center', borderBottomWidth: 1, borderBottomColor: RULE, paddingBottom: 10, marginBottom: 16 },
  logo: { width: 56, height: 56, objectFit: 'contain', marginRight: 14 },
  clinic: { flex: 1 },
  clinicName: { fontSize: 15, fontWeight: 700 },
  clinicLine: { fontSize: 9.5, color: MUTED },
  title: { fontSize: 21, fontWeight: 700, lineHeight: 1.2, marginBottom: 4 },
  subtitle: { fontSize: 13, marginBottom: 8 },
  intro: { fontSize: 11, color: MUTED, marginBottom: 14 },
  h2: { fontSize: 14, fontWeight: 700, marginBottom: 6, marginTop: 4 },
  group: { flexDirection: 'row', paddingVertical: 6, borderTopWidth: 0.5, borderTopColor: RULE },
  // min/max as well as width: yoga otherwise sizes the column to its text.
  when: { width: 160, minWidth: 160, maxWidth: 160, flexGrow: 0, flexShrink: 0, paddingRight: 12 },
  dates: { fontWeight: 700, fontSize: 12 },
  days: { fontSize: 9.5, color: MUTED },
  steps: { flex: 1 },
  bulletRow: { flexDirection: 'row', marginBottom: 2 },
  bullet: { width: 12, flexShrink: 0 },
  bulletText: { flex: 1 },
  advice: { marginTop: 14 },
  next: { marginTop: 14, padding: 10, borderWidth: 1, borderColor: INK, borderRadius: 4 },
  nextText: { fontSize: 12.5, fontWeight: 700 },
  footer: { position: 'absolute', left: 44, right: 44, bottom: 22, flexDirection: 'row', justifyContent: 'space-between', fontSize: 8.5, color: MUTED },
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

export function AftercareSheet({ data }: { data: AftercareSheetData }) {
  const { clinic, client, template } = data;
  const logo = drawableLogo(clinic.logo);
  const contact = [clinic.address.replace(/\s*\n\s*/g, ', '), clinic.phone && `Tel. ${clinic.phone}`].filter(Boolean).join(' · ');
  const next = nextSessionText(data);
  const name = `${client.firstName} ${client.lastName}`;
  return (
    <Document title={`Aftercare for ${name}`} author={clinic.name} creator="Stipple" producer="Stipple" language={clinic.locale}>
      <Page size={clinic.paperSize === 'LETTER' ? 'LETTER' : 'A4'} style={s.page}>
        <View style={s.header}>
          {logo && <Image src={logo} style={s.logo} />}
          <View style={s.clinic}>
            <Text style={s.clinicName}>{clinic.name}</Text>
            {contact !== '' && <Text style={s.clinicLine}>{contact}</Text>}
          </View>
        </View>

        <Text style={s.title}>{`Aftercare for ${name}`}</Text>
        <Text style={s.subtitle}>{sessionLine(data)}</Text>
        <Text style={s.intro}>
          Your scalp is healing and the pigment is settling. Please follow these steps on the dates shown; they make a real
          difference to how well the pigment holds.
        </Text>

        <Text style={s.h2}>Day by day</Text>
        {sheetGroups(data).map((g, i) => (
          <View key={i} style={s.group} wrap={false}>
            <View style={s.when}>
              <Text style={s.dates}>{g.dates}</Text>
              <Text style={s.days}>{g.days}</Text>
            </View>
            <View style={s.steps}>
              <Bullets items={g.instructions} />
            </View>
          </View>
        ))}

        {template.advice.length > 0 && (
          <View style={s.advice} wrap={false}>
            <Text style={s.h2}>From now on</Text>
            <Bullets items={template.advice} />
          </View>
        )}

        {next && (
          <View style={s.next} wrap={false}>
            <Text style={s.nextText}>{next}</Text>
            {clinic.phone !== '' && <Text>Call {clinic.phone} to book, or with any question about your healing.</Text>}
          </View>
        )}

        <View style={s.footer} fixed>
          <Text>{clinic.name}</Text>
          <Text>
            {template.name}, version {template.version}
          </Text>
        </View>
      </Page>
    </Document>
  );
}
