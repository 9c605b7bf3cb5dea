// The appointment card (A6): the clinic's details, the client's next booking in large type, and the
// aftercare reminder. Given to the client at the desk or posted.
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { AppointmentCard as CardData } from '../../../api/contract/book-contact';
import { formatDate, formatTime } from '../../../core/format-date';
import { SHEET_FONT } from './fonts';
import { translate, type MessageId, type MessageValues } from '../../../core/i18n/translate';

const s = StyleSheet.create({
  page: { fontFamily: SHEET_FONT, fontSize: 10, lineHeight: 1.35, color: '#111111', padding: 24 },
  clinicName: { fontSize: 14, fontWeight: 700, lineHeight: 1.25 },
  clinicLine: { fontSize: 9, color: '#4a4a4a' },
  rule: { borderBottomWidth: 1, borderBottomColor: '#9a9a9a', marginVertical: 10 },
  label: { fontSize: 10, color: '#4a4a4a' },
  client: { fontSize: 12, fontWeight: 700, marginBottom: 6 },
  when: { fontSize: 17, fontWeight: 700, lineHeight: 1.25 },
  time: { fontSize: 14, marginBottom: 4 },
  what: { fontSize: 10.5 },
  reminderBox: { marginTop: 12, padding: 8, borderWidth: 1, borderColor: '#111111', borderRadius: 3 },
  reminderTitle: { fontWeight: 700, marginBottom: 2 },
  change: { marginTop: 10, fontSize: 9.5 },
});

/** The session in one sentence of the card's language, with or without its practitioner. */
function sessionText(b: CardData['booking'], practitioner: string | null, locale: string): string {
  const values = { number: b.number, total: b.quotedSessions ?? 0, practitioner: practitioner ?? '' };
  if (b.kind === 'touch_up') return translate(locale, practitioner ? 'printouts.card.touchUpWith' : 'printouts.card.touchUp', values);
  if (b.quotedSessions) return translate(locale, practitioner ? 'printouts.card.sessionOfWith' : 'printouts.card.sessionOf', values);
  return translate(locale, practitioner ? 'printouts.card.sessionWith' : 'printouts.card.session', values);
}

export function AppointmentCard({ data }: { data: CardData }) {
  const b = data.booking;
  const end = new Date(Date.parse(b.startsAt) + b.lengthMinutes * 60_000);
  const say = (id: MessageId, values?: MessageValues) => translate(data.locale, id, values);
  const hours =
    b.lengthMinutes % 60 === 0
      ? say('printouts.card.hours', { hours: b.lengthMinutes / 60 })
      : say('printouts.card.minutes', { minutes: b.lengthMinutes });
  return (
    <Document
      title={say('printouts.card.docTitle', { client: `${data.client.firstName} ${data.client.lastName}` })}
      author={data.clinic.name}
      creator="Stipple"
      producer="Stipple"
    >
      <Page size="A6" style={s.page}>
        <Text style={s.clinicName}>{data.clinic.name}</Text>
        {data.clinic.address !== '' && <Text style={s.clinicLine}>{data.clinic.address.replace(/\s*\n\s*/g, ', ')}</Text>}
        {data.clinic.phone !== '' && <Text style={s.clinicLine}>{say('printouts.card.phone', { phone: data.clinic.phone })}</Text>}
        <View style={s.rule} />
        <Text style={s.label}>{say('printouts.card.next')}</Text>
        <Text style={s.client}>{`${data.client.firstName} ${data.client.lastName}`}</Text>
        <Text style={s.when}>{formatDate(b.startsAt, data.locale, { weekday: true })}</Text>
        <Text style={s.time}>
          {say('printouts.card.time', { from: formatTime(b.startsAt, data.locale), until: formatTime(end, data.locale), length: hours })}
        </Text>
        <Text style={s.what}>{sessionText(b, b.practitionerName, data.locale)}</Text>
        <View style={s.reminderBox}>
          <Text style={s.reminderTitle}>{say('printouts.card.aftercare')}</Text>
          <Text>{data.aftercareReminder}</Text>
        </View>
        <Text style={s.change}>
          {data.clinic.phone !== '' ? say('printouts.card.changeCall', { phone: data.clinic.phone }) : say('printouts.card.changeContact')}
        </Text>
      </Page>
    </Document>
  );
}
