// "Copy of my record": the client's whole record as a readable document (details, intake answers
// and consent, contraindications, plans, sessions with retention and shade changes, hairline
// requests, photos' thumbnails and consent, payments and receipts). The API attaches the same
// record as JSON and encrypts the file (api/handlers/record-copy.ts). Dates and amounts through
// the one formatter, and every word in the language of the clinic's locale carried by the record.
import { Document, Image, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ClientRecordCopy } from '../../../api/contract/rights';
import { formatDate, formatDateTime } from '../../../core/format-date';
import { answerText, DEFAULT_QUESTIONS } from '../../../core/clinic-documents';
import { translate, type MessageId, type MessageValues } from '../../../core/i18n/translate';
import { formatMoney } from '../../../core/money';
import { PHOTO_PHASES } from '../../../core/photos';
import { caseTypeLabel, paymentMethodLabel, retentionLabel, zoneLabel } from '../../../core/vocabulary';
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

/** "yes" when there is something to add after a value, for the messages' optional parts. */
const has = (v: string | null | undefined) => (v ? 'yes' : 'no');

export function RecordCopy({ data }: { data: ClientRecordCopy }) {
  const { chart, locale } = data;
  const say = (id: MessageId, values?: MessageValues) => translate(locale, id, values);
  const zone = (z: string) => zoneLabel(locale, z);
  const phase = (p: string) => ((PHOTO_PHASES as readonly string[]).includes(p) ? say(`photos.phase.${p}` as MessageId) : p);
  const c = chart.client;
  const day = (v: string | null) => (v ? formatDate(v, locale) : null);
  const when = (v: string | null) => (v ? formatDateTime(v, locale) : null);
  const thumbOf = new Map(data.thumbs.map((t) => [t.id, t.base64]));
  const sessions = [...chart.sessions].sort((a, b) => a.number - b.number || a.id - b.id);
  // The questions of the version answered; an intake from before versioned questionnaires answered the 15.
  const questions = data.questionnaire?.questions ?? DEFAULT_QUESTIONS;
  return (
    <Document title={say('rights.record.docTitle', { id: String(c.id) })} author={data.clinicName} creator="Stipple" producer="Stipple">
      <Page size="A4" style={s.page}>
        <Text style={s.clinic}>{data.clinicName}</Text>
        <Text style={s.made}>{say('rights.record.made', { when: formatDateTime(data.madeAt, locale) })}</Text>
        <Text style={s.title}>{`${c.firstName} ${c.lastName}`}</Text>
        <Text>{say('rights.record.intro')}</Text>

        <Text style={s.h2}>{say('rights.record.details')}</Text>
        <Field label={say('rights.record.name')} value={`${c.firstName} ${c.lastName}`} />
        <Field label={say('rights.record.phone')} value={c.phone} />
        <Field label={say('rights.record.email')} value={c.email} />
        <Field label={say('rights.record.dateOfBirth')} value={day(c.dateOfBirth)} />
        <Field label={say('rights.record.case')} value={caseTypeLabel(locale, c.caseType)} />
        <Field
          label={say('rights.record.hairLoss')}
          value={c.hairLossScale ? `${c.hairLossScale === 'norwood' ? 'Norwood' : 'Ludwig'} ${c.hairLossStage ?? ''}` : null}
        />
        <Field label={say('rights.record.skinType')} value={c.fitzpatrick === null ? null : String(c.fitzpatrick)} />
        <Field label={say('rights.record.notes')} value={c.notes} />
        <Field label={say('rights.record.clientSince')} value={day(c.createdAt)} />

        <Text style={s.h2}>{say('rights.record.intake')}</Text>
        {chart.intake ? (
          <View>
            <Field label={say('rights.record.completed')} value={when(chart.intake.completedAt)} />
            <Field label={say('rights.record.consentGiven')} value={when(chart.intake.consentGivenAt)} />
            {questions
              .filter((q) => chart.intake!.answers[q.key])
              .map((q) => (
                <Field key={q.key} label={q.text} value={answerText(q, chart.intake!.answers[q.key], locale)} />
              ))}
          </View>
        ) : (
          <Text style={s.none}>{say('rights.record.noIntake')}</Text>
        )}
        <Text style={s.h3}>{say('rights.record.signed')}</Text>
        {data.signedDocuments.length === 0 && <Text style={s.none}>{say('rights.record.noneSigned')}</Text>}
        {data.signedDocuments.map((d) => (
          <Text key={d.id} style={s.item}>
            {say('rights.record.signedLine', {
              document: say(`forms.kind.${d.kind}`),
              title: d.title,
              version: String(d.documentVersion),
              method: d.method,
              signer: d.signerName,
              when: when(d.signedAt) ?? '—',
              role: d.practitionerRole,
              practitioner: d.practitionerName,
              sha: d.contentSha256,
            })}
          </Text>
        ))}
        {chart.contraindications.length > 0 && <Text style={s.h3}>{say('rights.record.contraindications')}</Text>}
        {chart.contraindications.map((x) => (
          <Text key={x.id} style={s.item}>
            {say('rights.record.contraLine', {
              condition: x.condition,
              tier: x.tier,
              hasUntil: has(x.until),
              until: day(x.until) ?? '',
              hasNote: has(x.note),
              note: x.note ?? '',
              hasResolved: has(x.resolvedAt),
              resolved: day(x.resolvedAt) ?? '',
            })}
          </Text>
        ))}
        <Field
          label={say('rights.record.clinicalPhotos')}
          value={
            data.photoConsent.clinicalAt
              ? say('rights.record.agreedOn', { date: day(data.photoConsent.clinicalAt) ?? '' })
              : say('rights.record.notAgreed')
          }
        />
        <Field
          label={say('rights.record.marketingPhotos')}
          value={say(data.photoConsent.marketing ? 'rights.record.agreed' : 'rights.record.notAgreed')}
        />

        <Text style={s.h2}>{say('rights.record.sessions')}</Text>
        {sessions.length === 0 && <Text style={s.none}>{say('rights.record.noSessions')}</Text>}
        {sessions.map((x) => (
          <View key={x.id} style={s.item} wrap={false}>
            <Text style={s.h3}>{say('rights.record.sessionTitle', { kind: x.kind, number: String(x.number), status: x.status })}</Text>
            <Field label={say('rights.record.performed')} value={when(x.performedAt)} />
            <Field label={say('rights.record.bookedFor')} value={x.performedAt ? null : when(x.bookedFor)} />
            <Field label={say('rights.record.pigment')} value={[x.pigmentBrand, x.pigmentShade, x.dilution].filter(Boolean).join(', ')} />
            <Field label={say('rights.record.batch')} value={[x.pigmentBatch, day(x.pigmentExpiry)].filter(Boolean).join(', ')} />
            <Field label={say('rights.record.zones')} value={x.zones.map(zone).join(', ')} />
            <Field
              label={say('rights.record.notes')}
              value={[x.assessmentNotes, x.densityNotes, x.blendingNotes, x.notes].filter(Boolean).join(' · ')}
            />
            {x.retention.map((r) => (
              <Field
                key={r.id}
                label={say('rights.record.retention', { zone: zone(r.zone) })}
                value={`${retentionLabel(locale, r.rating)}${r.note ? `: ${r.note}` : ''}`}
              />
            ))}
            {x.shadeChanges.map((sc) => (
              <Field
                key={sc.id}
                label={say('rights.record.shadeChange')}
                value={say('rights.record.shadeChangeValue', {
                  from: sc.fromShade ?? '—',
                  to: sc.toShade ?? '—',
                  reason: sc.reason,
                  hasNote: has(sc.note),
                  note: sc.note ?? '',
                })}
              />
            ))}
          </View>
        ))}
        {chart.hairlineRequests.length > 0 && <Text style={s.h3}>{say('rights.record.requests')}</Text>}
        {chart.hairlineRequests.map((h) => (
          <Text key={h.id} style={s.item}>
            {say('rights.record.requestLine', {
              request: h.request,
              status: h.status,
              hasNote: has(h.resolutionNote),
              note: h.resolutionNote ?? '',
            })}
          </Text>
        ))}

        <Text style={s.h2}>{say('rights.record.photos')}</Text>
        {data.photos.length === 0 && <Text style={s.none}>{say('rights.record.noPhotos')}</Text>}
        <View style={s.thumbs}>
          {data.photos.map((p) => (
            <View key={p.id} style={s.thumb} wrap={false}>
              {thumbOf.has(p.id) && <Image style={s.thumbImage} src={`data:image/jpeg;base64,${thumbOf.get(p.id)!}`} />}
              <Text style={s.caption}>
                {say('rights.record.photoCaption', {
                  number: String(p.sessionNumber),
                  angle: p.angle,
                  phase: phase(p.phase),
                  date: String(day(p.takenAt)),
                })}
              </Text>
            </View>
          ))}
        </View>

        <Text style={s.h2}>{say('rights.record.plans')}</Text>
        {chart.plans.length === 0 && <Text style={s.none}>{say('rights.record.noPlans')}</Text>}
        {chart.plans.map((plan) => {
          const money = data.money.find((m) => m.planId === plan.id);
          return (
            <View key={plan.id} style={s.item}>
              <Text style={s.h3}>
                {say('rights.record.planTitle', {
                  kind: plan.kind,
                  sessions: String(plan.quotedSessions),
                  price: formatMoney(plan.priceMinor, plan.currency, locale),
                  status: plan.status,
                })}
              </Text>
              {money?.entries.map((e) => (
                <Field
                  key={e.id}
                  label={day(e.takenAt) ?? ''}
                  value={say('rights.record.entry', {
                    kind: e.kind,
                    amount: formatMoney(e.amountMinor, e.currency, locale),
                    hasMethod: has(e.method),
                    method: e.method ? paymentMethodLabel(locale, e.method) : '',
                    hasReason: has(e.reason),
                    reason: e.reason ?? '',
                  })}
                />
              ))}
              {money?.receipts.map((r) => (
                <Field
                  key={r.id}
                  label={say('rights.record.receipt', { kind: r.kind, number: String(r.number) })}
                  value={formatMoney(r.content.amountMinor, r.content.currency, locale)}
                />
              ))}
              {money && <Field label={say('rights.record.owed')} value={formatMoney(money.balance.owedMinor, plan.currency, locale)} />}
            </View>
          );
        })}
        {chart.deposits.map((d) => (
          <Field
            key={d.id}
            label={say('rights.record.deposit', { number: String(d.sessionNumber) })}
            value={say('rights.record.depositValue', {
              amount: formatMoney(d.amountMinor, d.currency, locale),
              status: d.status,
              paid: formatMoney(d.paidMinor, d.currency, locale),
            })}
          />
        ))}
        <Text
          style={s.footer}
          fixed
          render={({ pageNumber, totalPages }) =>
            say('rights.record.footer', {
              clinic: data.clinicName,
              name: `${c.firstName} ${c.lastName}`,
              page: String(pageNumber),
              total: String(totalPages),
            })
          }
        />
      </Page>
    </Document>
  );
}
