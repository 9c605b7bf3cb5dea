// The recovery key sheet, printed once at owner setup: the clinic's name, the date, the key in large
// groups with boxes to copy it by hand, and what it is for and where to keep it. Same fonts and
// make as the aftercare sheet (react-pdf, rendered in the app and under Node for the tests).
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { SHEET_FONT } from './fonts';

export interface RecoverySheetData {
  clinicName: string;
  groups: string[];
  /** The date it was shown, already formatted in the clinic's locale (renderer/src/format.ts). */
  dateText: string;
  paperSize: 'A4' | 'LETTER';
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
  return (
    <Document title={`Stipple recovery key — ${data.clinicName}`} author={data.clinicName} creator="Stipple" producer="Stipple">
      <Page size={data.paperSize === 'LETTER' ? 'LETTER' : 'A4'} style={s.page}>
        <Text style={s.clinic}>{data.clinicName}</Text>
        <Text style={s.date}>{`Made on ${data.dateText}`}</Text>
        <Text style={s.title}>Stipple recovery key</Text>
        <Text style={s.intro}>
          This key opens the clinic’s chart database and every one of its backups, on this computer or any other. Stipple showed it once and
          will not show it again. Anyone who has this sheet and a backup can read every chart in it.
        </Text>
        <View style={s.grid}>
          {data.groups.map((group, i) => (
            <View key={i} style={s.cell}>
              <Text style={s.number}>{i + 1}</Text>
              <Text style={s.group}>{group}</Text>
            </View>
          ))}
        </View>
        <Text style={s.h2}>When you need it</Text>
        <Bullets
          items={[
            'Moving to a new computer: install Stipple, and on its first screen choose “Open a backup from another computer”. Choose the backup file and type this key.',
            'A computer that has lost its key (a new user account, a reinstalled system): Stipple asks for this key when it starts.',
            'Your IT person can also use it: npm run stipple -- restore --recovery-key "…" <backup file>.',
            'Letters and digits only; the dashes do not matter, nor do capitals. The last group checks the others: a typo is found and its group named.',
          ]}
        />
        <Text style={s.h2}>Where to keep it</Text>
        <Bullets
          items={[
            'Somewhere safe and away from the computer and the backup drive: a locked drawer or safe at the clinic, or with the owner at home.',
            'Not in an email, a photo on your phone, or a file on the same computer.',
            'If it is lost, the charts on this computer are still there, but a backup can then be opened only on a computer where Stipple still has its key. Stipple cannot make a new recovery key yet.',
          ]}
        />
        <Text style={s.footer} fixed>
          {`${data.clinicName} · Stipple recovery key · made on ${data.dateText}`}
        </Text>
      </Page>
    </Document>
  );
}
