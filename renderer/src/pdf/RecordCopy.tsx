// "Copy of my record": the client's whole record as a readable document (details, intake answers
// and consent, contraindications, plans, sessions with retention and shade changes, hairline
// requests, photos' thumbnails and consent, payments and receipts). The API attaches the same
// record as JSON and encrypts the file (api/handlers/record-copy.ts). Dates and amounts through
// the one formatter, in the clinic's locale carried by the record.
import { Document, Image, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ClientRecordCopy } from '../../../api/contract/rights';
import { formatDate, formatDateTime } from '../../../core/format-date';
import { answerText, DEFAULT_QUESTIONS, DOCUMENT_LABELS } from '../../../core/clinic-documents';
import { formatMoney } from '../../../core/money';
import { CASE_TYPE_LABELS, PAYMENT_METHOD_LABELS, RETENTION_LABELS, ZONE_LABELS, type Zone } from '../../../core/vocabulary';
import { SHEET_FONT } from './fonts';

const s = StyleSheet.create({
  page: {
    fontFamily: SHEET_FONT,
    fontSize: 10,
    lineHeight: 1.35,
    color: '#111111',
    paddingTop: 36,
    paddingBottom: 44,
    paddingHorizontal: 40,
  },
  clinic: { fontSize: 13, fontWeight: 700 },
  made: { fontSize: 9, color: '#4a4a4a', marginBottom: 10 },
  title: { fontSize: 18, fontWeight: 700, marginBottom: 6 },
  h2: { fontSize: 13, fontWeight: 700, marginTop: 14, marginBottom: 4, borderBottomWidth: 1, borderColor: '#111111' },
  h3: { fontWeight: 700, marginTop: 6 },
  row: { flexDirection: 'row', marginBottom: 1 },
  label: { width: '32%', color: '#333333' },
  value: { width: '68%' },
  item: { marginBottom: 4 },
  none: { color: '#4a4a4a' },
  thumbs: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 4 },
  thumb: { width: 120, marginRight: 8, marginBottom: 8 },
  thumbImage: { width: 120, height: 90, objectFit: 'cover' },
  caption: { fontSize: 8, color: '#333333' },
  footer: { position: 'absolute', left: 40, right: 40, bottom: 20, fontSize: 8, color: '#4a4a4a' },
});

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <View style={s.row}>
      <Text style={s.label}>{label}</Text>
      <Text style={s.value}>{value === null || value === undefined || value === '' ? '—' : value}</Text>
    </View>
  );
}

const zone = (z: string) => ZONE_LABELS[z as Zone] ?? z;

export function RecordCopy({ data }: { data: ClientRecordCopy }) {
  const { chart, locale } = data;
  const c = chart.client;
  const day = (v: string | null) => (v ? formatDate(v, locale) : null);
  const when = (v: string | null) => (v ? formatDateTime(v, locale) : null);
  const thumbOf = new Map(data.thumbs.map((t) => [t.id, t.base64]));
  const sessions = [...chart.sessions].sort((a, b) => a.number - b.number || a.id - b.id);
  // The questions of the version answered; an intake from before versioned questionnaires answered the 15.
  const questions = data.questionnaire?.questions ?? DEFAULT_QUESTIONS;
  return (
    <Document title={`Client record ${c.id}`} author={data.clinicName} creator="Stipple" producer="Stipple">
      <Page size="A4" style={s.page}>
        <Text style={s.clinic}>{data.clinicName}</Text>
        <Text style={s.made}>{`Copy of the record made on ${formatDateTime(data.madeAt, locale)}`}</Text>
        <Text style={s.title}>{`${c.firstName} ${c.lastName}`}</Text>
        <Text>
          The whole record the clinic keeps about you. The same record, machine-readable, is attached to this file as record.json.
        </Text>

        <Text style={s.h2}>Your details</Text>
        <Field label="Name" value={`${c.firstName} ${c.lastName}`} />
        <Field label="Phone" value={c.phone} />
        <Field label="Email" value={c.email} />
        <Field label="Date of birth" value={day(c.dateOfBirth)} />
        <Field label="Case" value={CASE_TYPE_LABELS[c.caseType]} />
        <Field
          label="Hair loss"
          value={c.hairLossScale ? `${c.hairLossScale === 'norwood' ? 'Norwood' : 'Ludwig'} ${c.hairLossStage ?? ''}` : null}
        />
        <Field label="Skin type (Fitzpatrick)" value={c.fitzpatrick === null ? null : String(c.fitzpatrick)} />
        <Field label="Notes" value={c.notes} />
        <Field label="Client since" value={day(c.createdAt)} />

        <Text style={s.h2}>Medical questionnaire and consent</Text>
        {chart.intake ? (
          <View>
            <Field label="Completed" value={when(chart.intake.completedAt)} />
            <Field label="Consent given" value={when(chart.intake.consentGivenAt)} />
            {questions
              .filter((q) => chart.intake!.answers[q.key])
              .map((q) => (
                <Field key={q.key} label={q.text} value={answerText(q, chart.intake!.answers[q.key], locale)} />
              ))}
          </View>
        ) : (
          <Text style={s.none}>No questionnaire on file.</Text>
        )}
        <Text style={s.h3}>Documents signed</Text>
        {data.signedDocuments.length === 0 && <Text style={s.none}>None signed in Stipple.</Text>}
        {data.signedDocuments.map((d) => (
          <Text key={d.id} style={s.item}>
            {`${DOCUMENT_LABELS[d.kind]}: “${d.title}”, version ${d.documentVersion}, signed ${d.method === 'paper' ? 'on paper' : 'on screen'} by ${d.signerName} on ${when(d.signedAt) ?? '—'}; ${d.practitionerRole === 'witness' ? 'witnessed' : 'countersigned'} by ${d.practitionerName}. Content SHA-256 ${d.contentSha256}.`}
          </Text>
        ))}
        {chart.contraindications.length > 0 && <Text style={s.h3}>Contraindications</Text>}
        {chart.contraindications.map((x) => (
          <Text key={x.id} style={s.item}>
            {`${x.condition} (${x.tier.replace('_', ' ')})${x.until ? `, until ${day(x.until)}` : ''}${x.note ? `: ${x.note}` : ''}${x.resolvedAt ? `, resolved ${day(x.resolvedAt)}` : ''}`}
          </Text>
        ))}
        <Field
          label="Clinical photos"
          value={data.photoConsent.clinicalAt ? `Agreed on ${day(data.photoConsent.clinicalAt)}` : 'Not agreed'}
        />
        <Field label="Photos for marketing" value={data.photoConsent.marketing ? 'Agreed' : 'Not agreed'} />

        <Text style={s.h2}>Sessions</Text>
        {sessions.length === 0 && <Text style={s.none}>No sessions.</Text>}
        {sessions.map((x) => (
          <View key={x.id} style={s.item} wrap={false}>
            <Text style={s.h3}>{`${x.kind === 'touch_up' ? 'Touch-up' : 'Session'} ${x.number}: ${x.status.replace('_', ' ')}`}</Text>
            <Field label="Performed" value={when(x.performedAt)} />
            <Field label="Booked for" value={x.performedAt ? null : when(x.bookedFor)} />
            <Field label="Pigment" value={[x.pigmentBrand, x.pigmentShade, x.dilution].filter(Boolean).join(', ')} />
            <Field label="Batch and expiry" value={[x.pigmentBatch, day(x.pigmentExpiry)].filter(Boolean).join(', ')} />
            <Field label="Zones" value={x.zones.map(zone).join(', ')} />
            <Field label="Notes" value={[x.assessmentNotes, x.densityNotes, x.blendingNotes, x.notes].filter(Boolean).join(' · ')} />
            {x.retention.map((r) => (
              <Field
                key={r.id}
                label={`Retention, ${zone(r.zone)}`}
                value={`${RETENTION_LABELS[r.rating]}${r.note ? `: ${r.note}` : ''}`}
              />
            ))}
            {x.shadeChanges.map((sc) => (
              <Field
                key={sc.id}
                label="Shade change"
                value={`${sc.fromShade ?? '—'} → ${sc.toShade ?? '—'} (${sc.reason})${sc.note ? `: ${sc.note}` : ''}`}
              />
            ))}
          </View>
        ))}
        {chart.hairlineRequests.length > 0 && <Text style={s.h3}>Your requests</Text>}
        {chart.hairlineRequests.map((h) => (
          <Text key={h.id} style={s.item}>{`${h.request} (${h.status})${h.resolutionNote ? `: ${h.resolutionNote}` : ''}`}</Text>
        ))}

        <Text style={s.h2}>Photos</Text>
        {data.photos.length === 0 && <Text style={s.none}>No photos.</Text>}
        <View style={s.thumbs}>
          {data.photos.map((p) => (
            <View key={p.id} style={s.thumb} wrap={false}>
              {thumbOf.has(p.id) && <Image style={s.thumbImage} src={`data:image/jpeg;base64,${thumbOf.get(p.id)!}`} />}
              <Text style={s.caption}>{`Session ${p.sessionNumber}, ${p.angle}, ${p.phase}, ${day(p.takenAt)}`}</Text>
            </View>
          ))}
        </View>

        <Text style={s.h2}>Treatment plans and payments</Text>
        {chart.plans.length === 0 && <Text style={s.none}>No plans.</Text>}
        {chart.plans.map((plan) => {
          const money = data.money.find((m) => m.planId === plan.id);
          return (
            <View key={plan.id} style={s.item}>
              <Text style={s.h3}>
                {`${plan.kind === 'touch_up' ? 'Touch-up' : `Course of ${plan.quotedSessions} sessions`}: ${formatMoney(plan.priceMinor, plan.currency, locale)} (${plan.status})`}
              </Text>
              {money?.entries.map((e) => (
                <Field
                  key={e.id}
                  label={day(e.takenAt) ?? ''}
                  value={`${e.kind} ${formatMoney(e.amountMinor, e.currency, locale)}${e.method ? `, ${PAYMENT_METHOD_LABELS[e.method]}` : ''}${e.reason ? `: ${e.reason}` : ''}`}
                />
              ))}
              {money?.receipts.map((r) => (
                <Field
                  key={r.id}
                  label={`${r.kind === 'credit_note' ? 'Credit note' : 'Receipt'} ${r.number}`}
                  value={formatMoney(r.content.amountMinor, r.content.currency, locale)}
                />
              ))}
              {money && <Field label="Still owed" value={formatMoney(money.balance.owedMinor, plan.currency, locale)} />}
            </View>
          );
        })}
        {chart.deposits.map((d) => (
          <Field
            key={d.id}
            label={`Deposit for session ${d.sessionNumber}`}
            value={`${formatMoney(d.amountMinor, d.currency, locale)}, ${d.status}, paid ${formatMoney(d.paidMinor, d.currency, locale)}`}
          />
        ))}
        <Text
          style={s.footer}
          fixed
          render={({ pageNumber, totalPages }) =>
            `${data.clinicName} · record of ${c.firstName} ${c.lastName} · page ${pageNumber} of ${totalPages}`
          }
        />
      </Page>
    </Document>
  );
}
