// A signed consent as a PDF: the text of the version signed, the questionnaire's answers (treatment
// consent), the signatures, the names, the time in the zone it was signed in, and the SHA-256 of the
// signed content in every page's footer (a PDF cannot hold its own file's hash; that one is in the
// audit entry that recorded the PDF).
import { Document, Image, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { SignedDocumentView } from '../../../api/contract/consent';
import { answerText } from '../../../core/clinic-documents';
import { formatDateTime } from '../../../core/format-date';
import { translate, type MessageId, type MessageValues } from '../../../core/i18n/translate';
import { SHEET_FONT } from './fonts';

const MUTED = '#4a4a4a';
const RULE = '#9a9a9a';
const s = StyleSheet.create({
  page: {
    fontFamily: SHEET_FONT,
    fontSize: 10.5,
    lineHeight: 1.4,
    color: '#111',
    paddingTop: 36,
    paddingBottom: 56,
    paddingHorizontal: 44,
  },
  clinic: { fontSize: 9.5, color: MUTED, borderBottomWidth: 1, borderBottomColor: RULE, paddingBottom: 8, marginBottom: 14 },
  clinicName: { fontSize: 13, fontWeight: 700, color: '#111' },
  title: { fontSize: 18, fontWeight: 700, lineHeight: 1.2, marginBottom: 2 },
  version: { fontSize: 10, color: MUTED, marginBottom: 12 },
  para: { marginBottom: 7 },
  h2: { fontSize: 12.5, fontWeight: 700, marginTop: 10, marginBottom: 6 },
  qa: { flexDirection: 'row', borderTopWidth: 0.5, borderTopColor: RULE, paddingVertical: 3 },
  q: { flex: 1, paddingRight: 8 },
  a: { width: 170, minWidth: 170, maxWidth: 170, fontWeight: 700 },
  signatures: { flexDirection: 'row', marginTop: 14 },
  signBox: { flex: 1, marginRight: 16 },
  signImage: { height: 60, objectFit: 'contain', objectPositionX: 0 },
  signLine: { borderTopWidth: 1, borderTopColor: '#111', paddingTop: 3, fontSize: 9.5 },
  footer: { position: 'absolute', left: 44, right: 44, bottom: 20, fontSize: 7.5, color: MUTED },
});

export function signedAtText(d: Pick<SignedDocumentView, 'signedAt' | 'timeZone' | 'clinic'>): string {
  return `${formatDateTime(d.signedAt, d.clinic.locale, { long: true, timeZone: d.timeZone })} (${d.timeZone})`;
}

export function SignedDocumentSheet({ data }: { data: SignedDocumentView }) {
  const { clinic, document: doc } = data;
  const witnessed = data.practitionerRole === 'witness';
  // Made once, when signed, in the clinic's language; the stored file never changes after.
  const say = (id: MessageId, values?: MessageValues) => translate(clinic.locale, id, values);
  return (
    <Document title={`${doc.title} - ${data.signerName}`} author={clinic.name} creator="Stipple" producer="Stipple">
      <Page size={clinic.paperSize} style={s.page}>
        <View style={s.clinic}>
          <Text style={s.clinicName}>{clinic.name}</Text>
          {clinic.address ? <Text>{clinic.address}</Text> : null}
          {clinic.phone ? <Text>{clinic.phone}</Text> : null}
        </View>
        <Text style={s.title}>{doc.title}</Text>
        <Text style={s.version}>{say('consent.sheet.version', { document: say(`forms.kind.${data.kind}`), version: doc.version })}</Text>
        {doc.body.split(/\n\s*\n/).map((p, i) => (
          <Text key={i} style={s.para}>
            {p.trim()}
          </Text>
        ))}
        {data.questionnaire && (
          <View>
            <Text style={s.h2}>
              {say('consent.sheet.answers', { title: data.questionnaire.title, version: data.questionnaire.version })}
            </Text>
            {data.questionnaire.questions.map((q) => (
              <View key={q.key} style={s.qa} wrap={false}>
                <Text style={s.q}>{q.text}</Text>
                <Text style={s.a}>{answerText(q, data.answers?.[q.key], clinic.locale)}</Text>
              </View>
            ))}
          </View>
        )}
        <View style={s.signatures} wrap={false}>
          <View style={s.signBox}>
            {data.signature ? (
              <Image style={s.signImage} src={data.signature} />
            ) : (
              <Text style={s.signImage}>{say('consent.sheet.onPaper')}</Text>
            )}
            <Text style={s.signLine}>{say('consent.sheet.client', { name: data.signerName })}</Text>
          </View>
          <View style={s.signBox}>
            {data.practitionerSignature ? (
              <Image style={s.signImage} src={data.practitionerSignature} />
            ) : (
              <Text style={s.signImage}> </Text>
            )}
            <Text style={s.signLine}>
              {say(witnessed ? 'consent.sheet.witnessed' : 'consent.sheet.countersigned', { name: data.practitionerName })}
            </Text>
          </View>
        </View>
        <Text style={{ marginTop: 10 }}>{say('consent.sheet.signedAt', { when: signedAtText(data) })}</Text>
        {data.method === 'paper' && data.scanSha256 && (
          <Text style={{ color: MUTED, fontSize: 9 }}>{say('consent.sheet.scan', { hash: data.scanSha256 })}</Text>
        )}
        <View style={s.footer} fixed>
          <Text>{say('consent.sheet.hash', { hash: data.contentSha256 })}</Text>
          <Text>{say('consent.sheet.footer', { id: String(data.id), clientId: String(data.clientId), clinic: clinic.name })}</Text>
        </View>
      </Page>
    </Document>
  );
}
