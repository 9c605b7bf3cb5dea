// The printed aftercare sheet: one page, A4 or US Letter, in large clear type (a little smaller for
// long templates, so that they still fit on one page).
import { Document, Image, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { AftercareSheetData } from '../../../api/contract/aftercare';
import { SHEET_FONT } from './fonts';
import { drawableLogo, nextSessionText, sessionLine, sheetGroups, sheetScale, sheetWords } from './sheetText';

const INK = '#111111';
const MUTED = '#4a4a4a';
const RULE = '#9a9a9a';

/** The sheet's styles with type and vertical spacing scaled by `k` (1 = the full size). */
function makeStyles(k: number) {
  const f = (n: number) => Math.round(n * k * 10) / 10;
  return StyleSheet.create({
    // Text in another size sets its own lineHeight: react-pdf would otherwise inherit the page's in points.
    page: {
      fontFamily: SHEET_FONT,
      fontSize: f(12),
      lineHeight: 1.35,
      color: INK,
      paddingTop: f(36),
      paddingBottom: 40,
      paddingHorizontal: 44,
    },
    header: {
      flexDirection: 'row',
      alignItems: 'center',
      borderBottomWidth: 1,
      borderBottomColor: RULE,
      paddingBottom: f(10),
      marginBottom: f(16),
    },
    logo: { width: 56, height: 56, objectFit: 'contain', marginRight: 14 },
    clinic: { flex: 1 },
    clinicName: { fontSize: 15, fontWeight: 700, lineHeight: 1.3 },
    clinicLine: { fontSize: 9.5, lineHeight: 1.35, color: MUTED },
    title: { fontSize: f(21), fontWeight: 700, lineHeight: 1.2, marginBottom: f(4) },
    subtitle: { fontSize: f(13), lineHeight: 1.35, marginBottom: f(8) },
    intro: { fontSize: f(11), lineHeight: 1.35, color: MUTED, marginBottom: f(14) },
    h2: { fontSize: f(14), lineHeight: 1.3, fontWeight: 700, marginBottom: f(6), marginTop: f(4) },
    group: { flexDirection: 'row', paddingVertical: f(6), borderTopWidth: 0.5, borderTopColor: RULE },
    // min/max as well as width: yoga otherwise sizes the column to its text.
    when: { width: 160, minWidth: 160, maxWidth: 160, flexGrow: 0, flexShrink: 0, paddingRight: 12 },
    dates: { fontWeight: 700, fontSize: f(12), lineHeight: 1.35 },
    days: { fontSize: f(9.5), lineHeight: 1.35, color: MUTED },
    steps: { flex: 1 },
    bulletRow: { flexDirection: 'row', marginBottom: f(2) },
    bullet: { width: 12, flexShrink: 0 },
    bulletText: { flex: 1 },
    advice: { marginTop: f(14) },
    next: { marginTop: f(14), padding: f(10), borderWidth: 1, borderColor: INK, borderRadius: 4 },
    nextText: { fontSize: f(12.5), lineHeight: 1.35, fontWeight: 700 },
    footer: {
      position: 'absolute',
      left: 44,
      right: 44,
      bottom: 22,
      flexDirection: 'row',
      justifyContent: 'space-between',
      fontSize: 8.5,
      color: MUTED,
    },
  });
}
type Styles = ReturnType<typeof makeStyles>;
const stylesByScale = new Map<number, Styles>();
function stylesFor(k: number): Styles {
  let styles = stylesByScale.get(k);
  if (!styles) stylesByScale.set(k, (styles = makeStyles(k)));
  return styles;
}

function Bullets({ items, s }: { items: string[]; s: Styles }) {
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
  const { clinic, template } = data;
  const s = stylesFor(sheetScale(data));
  const logo = drawableLogo(clinic.logo);
  const words = sheetWords(data);
  const contact = [clinic.address.replace(/\s*\n\s*/g, ', '), words.phone].filter(Boolean).join(' · ');
  const next = nextSessionText(data);
  return (
    <Document title={words.title} author={clinic.name} creator="Stipple" producer="Stipple" language={clinic.locale}>
      <Page size={clinic.paperSize === 'LETTER' ? 'LETTER' : 'A4'} style={s.page}>
        <View style={s.header}>
          {logo && <Image src={logo} style={s.logo} />}
          <View style={s.clinic}>
            <Text style={s.clinicName}>{clinic.name}</Text>
            {contact !== '' && <Text style={s.clinicLine}>{contact}</Text>}
          </View>
        </View>

        <Text style={s.title}>{words.title}</Text>
        <Text style={s.subtitle}>{sessionLine(data)}</Text>
        <Text style={s.intro}>{words.intro}</Text>

        <Text style={s.h2}>{words.dayByDay}</Text>
        {sheetGroups(data).map((g, i) => (
          <View key={i} style={s.group} wrap={false}>
            <View style={s.when}>
              <Text style={s.dates}>{g.dates}</Text>
              <Text style={s.days}>{g.days}</Text>
            </View>
            <View style={s.steps}>
              <Bullets items={g.instructions} s={s} />
            </View>
          </View>
        ))}

        {template.advice.length > 0 && (
          <View style={s.advice} wrap={false}>
            <Text style={s.h2}>{words.fromNowOn}</Text>
            <Bullets items={template.advice} s={s} />
          </View>
        )}

        {next && (
          <View style={s.next} wrap={false}>
            <Text style={s.nextText}>{next}</Text>
            {clinic.phone !== '' && <Text>{words.callToBook}</Text>}
          </View>
        )}

        <View style={s.footer} fixed>
          <Text>{clinic.name}</Text>
          <Text>{words.footer}</Text>
        </View>
      </Page>
    </Document>
  );
}
