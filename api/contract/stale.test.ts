// Are the `invalidates` lists honest? Against a real database, every change is made once; before and
// after it, every query that someone could have had open is asked again. A query whose answer
// differs must be among the ones the change declares stale, or another window would show old data.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from '@cantoo/pdf-lib';
import { PIN_AT_FIRST_SIGN_IN } from '../../db/queries/sign-in';
import { openRaw, tempDir } from '../../db/testing';
import { pairWorkstation } from '../pair-workstation';
import { pairingProof, parsePairingCode } from '../pairing-code';
import { testApi } from '../testing';
import { jpegWithGps } from '../../tests/fixtures/photos';
import { drawnSignature } from '../../tests/fixtures/signatures';
import { CHANNELS, contract, staleAfter, type Channel, type ChannelInput, type ChangeChannel, type QueryChannel } from './index';

const NOW = new Date('2026-11-21T09:00:00Z');
// The clinic's clock: moved to the day a booked session is charted (charting in the future is refused).
let clock = NOW;
const HUB = { address: '127.0.0.1:8443', fingerprint: Array.from({ length: 32 }, () => 'AB').join(':') };
let t: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  clock = NOW;
  t = await testApi(() => clock, { hub: () => HUB });
});
afterAll(() => t.close());

const CHART_ENTITIES = [
  'client',
  'intake',
  'contraindication',
  'plan',
  'session',
  'retention',
  'shade_change',
  'hairline_request',
  'deposit',
  'aftercare_print',
  'signed_document',
  'photo_consent',
];

type Ask = { channel: QueryChannel; input: unknown };
const sql = <T>(query: string, ...params: unknown[]) => t.open.sqlite.prepare(query).all(...params) as T[];
const one = <T>(query: string, ...params: unknown[]) => sql<T>(query, ...params)[0]!;

/** Every query, with every input the data on file makes meaningful: what a window may be showing. */
function openQueries(): Ask[] {
  const clients = sql<{ id: number }>('SELECT id FROM clients');
  const plans = sql<{ id: number }>('SELECT id FROM treatment_plans');
  const sessions = sql<{ id: number; status: string }>('SELECT id, status FROM sessions');
  const days = sql<{ day: string }>('SELECT DISTINCT substr(booked_for, 1, 10) AS day FROM sessions WHERE booked_for IS NOT NULL');
  const templates = sql<{ key: string }>('SELECT DISTINCT key FROM aftercare_templates');
  // A chart's History asks for the audit entries of the chart's records (renderer/src/pages/chart/ChartHistory.tsx).
  const records = sql<{ entity: string; entityId: string }>(
    `SELECT DISTINCT entity, entity_id AS entityId FROM audit_log WHERE entity IN (${CHART_ENTITIES.map((e) => `'${e}'`).join(', ')})`,
  );
  const asks: Ask[] = [
    { channel: 'clients.search', input: {} },
    { channel: 'clients.search', input: { includeArchived: true } },
    { channel: 'clients.list', input: {} },
    { channel: 'clients.list', input: { sort: 'nextDue' } },
    { channel: 'reception.board', input: {} },
    { channel: 'reception.bookings', input: { from: '2026-01-01', to: '2027-12-31' } },
    { channel: 'book.range', input: { from: '2026-11-23T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' } },
    { channel: 'staff.list', input: { includeInactive: true } },
    { channel: 'auth.status', input: {} },
    { channel: 'settings.get', input: {} },
    { channel: 'network.hubStatus', input: {} },
    { channel: 'pigments.list', input: {} },
    { channel: 'rooms.list', input: {} },
    { channel: 'aftercare.templates.list', input: {} },
    { channel: 'safety.status', input: {} },
    { channel: 'workstations.list', input: {} },
    { channel: 'keys.status', input: {} },
    { channel: 'keys.plainBackups', input: {} },
    { channel: 'reports.period', input: { from: '2026-01-01', to: '2026-12-31' } },
    { channel: 'audit.history', input: { records: records.length ? records : [{ entity: 'client', entityId: 1 }], limit: 1000 } },
    { channel: 'batches.list', input: {} },
    { channel: 'batches.list', input: { includeEmpty: true } },
    { channel: 'batches.warnings', input: {} },
    { channel: 'retention.breakdown', input: { from: '2016-01-01', to: '2027-12-31' } },
    { channel: 'documents.list', input: {} },
  ];
  for (const kind of ['questionnaire', 'treatment_consent', 'photo_consent', 'marketing_consent'] as const)
    asks.push({ channel: 'documents.get', input: { kind } });
  for (const { id } of clients) asks.push({ channel: 'consent.status', input: { clientId: id } });
  for (const { id, pdf } of sql<{ id: number; pdf: string | null }>('SELECT id, pdf_sha256 AS pdf FROM signed_documents')) {
    asks.push({ channel: 'consent.document', input: { id } });
    if (pdf) asks.push({ channel: 'consent.pdf', input: { id } });
  }
  const batchNumbers = sql<{ b: string }>('SELECT DISTINCT pigment_batch AS b FROM sessions WHERE pigment_batch IS NOT NULL');
  for (const { b } of batchNumbers) asks.push({ channel: 'batches.recall', input: { batchNumber: b } });
  for (const { day } of days) asks.push({ channel: 'reception.day', input: { date: day } });
  // The to-contact list of today and of the day before each booking (where it is "tomorrow's").
  for (const day of [
    '2026-11-21',
    ...days.map(({ day }) => new Date(Date.parse(`${day}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10)),
  ])
    asks.push({ channel: 'book.toContact', input: { day } });
  for (const { key } of templates) asks.push({ channel: 'aftercare.templates.get', input: { key } });
  for (const { id } of sql<{ id: number }>('SELECT id FROM photos')) asks.push({ channel: 'photos.image', input: { id, size: 'thumb' } });
  for (const { id } of clients) {
    asks.push({ channel: 'clients.chart', input: { id } }, { channel: 'plans.list', input: { clientId: id } });
    asks.push({ channel: 'retention.similar', input: { clientId: id, zones: ['crown'] } });
    asks.push({ channel: 'book.card', input: { clientId: id } });
    asks.push({ channel: 'photos.list', input: { clientId: id } }, { channel: 'photos.thumbs', input: { clientId: id } });
    for (const form of ['session', 'intake']) asks.push({ channel: 'drafts.get', input: { clientId: id, form } });
  }
  for (const { id } of plans)
    asks.push(
      { channel: 'reception.nextSession', input: { planId: id } },
      { channel: 'deposits.forPlan', input: { planId: id } },
      { channel: 'payments.forPlan', input: { planId: id } },
    );
  for (const { id } of sql<{ id: number }>('SELECT id FROM receipts')) asks.push({ channel: 'receipts.get', input: { id } });
  for (const { id, status } of sessions) {
    asks.push({ channel: 'sessions.get', input: { id } });
    if (status === 'performed' || status === 'booked') asks.push({ channel: 'aftercare.sheet', input: { sessionId: id } });
  }
  return asks;
}

async function answers(asks: Ask[]): Promise<string[]> {
  return Promise.all(asks.map(async ({ channel, input }) => JSON.stringify(await t.api.call(channel, input))));
}

/** Makes the change and returns the query channels whose answers it changed. */
async function staleBy<C extends ChangeChannel>(channel: C, input: ChannelInput<C>): Promise<Set<QueryChannel>> {
  const asks = openQueries();
  const before = await answers(asks);
  await t.ok(channel, input);
  const after = await answers(asks);
  return new Set(asks.filter((_, i) => before[i] !== after[i]).map((a) => a.channel));
}

const tried = new Set<Channel>();
async function expectDeclared<C extends ChangeChannel>(channel: C, input: ChannelInput<C>): Promise<void> {
  tried.add(channel);
  const changed = await staleBy(channel, input);
  const declared = staleAfter(channel);
  if (declared === 'all') return;
  const missing = [...changed].filter((q) => !declared.includes(q));
  expect(missing, `${channel} changed answers it does not declare stale`).toEqual([]);
}

const version = (table: string, id: number) => one<{ version: number }>(`SELECT version FROM ${table} WHERE id = ?`, id).version;
const session = (clientId: number, performedAt: string, extra: Record<string, unknown> = {}) =>
  ({
    clientId,
    performedAt,
    pigmentBrand: 'Scalp Ink',
    pigmentShade: 'Medium Grey',
    dilution: '1:3',
    pigmentBatch: `B-${performedAt.slice(5, 10)}`,
    pigmentExpiry: '2027-06-30',
    needle: '1RL 0.25',
    zones: ['crown'],
    ...extra,
  }) as ChannelInput<'sessions.chart'>;

describe('what each change declares stale', () => {
  it('covers every query whose answer a change alters, over a clinic’s working day', async () => {
    const sam = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
    await expectDeclared('clients.create', { firstName: 'Kim', lastName: 'Lee', phone: '07700 900123' });
    const kim = one<{ id: number }>("SELECT id FROM clients WHERE first_name = 'Kim'").id;

    await expectDeclared('staff.create', { name: 'Ana Ruiz', role: 'practitioner' });
    const ana = one<{ id: number }>("SELECT id FROM staff WHERE name = 'Ana Ruiz'").id;
    await expectDeclared('pigments.add', { brand: 'Scalp Ink', shade: 'Ash 2', darkness: 2 });
    const ash2 = one<{ id: number }>("SELECT id FROM pigments WHERE shade = 'Ash 2'").id;
    await expectDeclared('pigments.update', { id: ash2, shade: 'Ash Two', darkness: 3 });
    await expectDeclared('batches.add', { pigmentId: ash2, batchNumber: 'AT-1', expiresOn: '2027-01-10', inStock: 2 });
    const batch = one<{ id: number }>("SELECT id FROM pigment_batches WHERE batch_number = 'AT-1'").id;
    await expectDeclared('batches.update', { id: batch, expectedVersion: version('pigment_batches', batch), inStock: 1 });
    await expectDeclared('pigments.update', { id: ash2, active: false });

    await expectDeclared('intake.save', { clientId: sam, answers: { blood_thinners: { answer: false } } });
    await expectDeclared('contraindications.add', { clientId: sam, condition: 'Sunburn', tier: 'temporary', until: '2026-11-25' });
    const ci = one<{ id: number }>('SELECT id FROM contraindications').id;
    await expectDeclared('contraindications.resolve', { id: ci, expectedVersion: version('contraindications', ci) });

    await expectDeclared('plans.create', {
      clientId: sam,
      quotedSessions: 4,
      priceMinor: 150000,
      currency: 'GBP',
      deposits: [{ sessionNumber: 3, amountMinor: 10000 }],
    });
    const plan = one<{ id: number }>('SELECT id FROM treatment_plans WHERE client_id = ?', sam).id;
    await expectDeclared('sessions.chart', session(sam, '2026-11-01T10:00:00.000Z', { planId: plan, practitionerId: ana }));
    const s1 = one<{ id: number }>('SELECT id FROM sessions WHERE client_id = ? AND number = 1', sam).id;

    await expectDeclared('rooms.add', { name: 'Room 1' });
    await expectDeclared('rooms.add', { name: 'Room 2' });
    const room1 = one<{ id: number }>("SELECT id FROM rooms WHERE name = 'Room 1'").id;
    const room2 = one<{ id: number }>("SELECT id FROM rooms WHERE name = 'Room 2'").id;
    await expectDeclared('sessions.book', {
      clientId: sam,
      planId: plan,
      bookedFor: '2026-11-24T10:00:00.000Z',
      practitionerId: ana,
      roomId: room1,
    });
    const s2 = one<{ id: number }>("SELECT id FROM sessions WHERE client_id = ? AND status = 'booked'", sam).id;
    await expectDeclared('rooms.update', { id: room1, expectedVersion: version('rooms', room1), name: 'Chair A' });
    await expectDeclared('rooms.move', { id: room2, expectedVersion: version('rooms', room2), direction: 'earlier' });
    await expectDeclared('sessions.reschedule', {
      id: s2,
      expectedVersion: version('sessions', s2),
      bookedFor: '2026-11-25T10:00:00.000Z',
      roomId: room2,
      reason: 'Asked to move',
    });
    await expectDeclared('rooms.update', { id: room1, expectedVersion: version('rooms', room1), active: false });
    await expectDeclared('book.markContacted', { day: '2026-11-24', key: `booking:${s2}`, clientId: sam, contacted: true });
    await expectDeclared('book.setHours', { staffId: ana, week: [{ weekday: 3, opens: '09:00', closes: '17:00' }] });
    await expectDeclared('book.block', {
      staffId: ana,
      startsAt: '2026-11-26T12:00:00.000Z',
      endsAt: '2026-11-26T13:00:00.000Z',
      reason: 'Lunch',
    });
    const block = one<{ id: number }>('SELECT id FROM blocked_times').id;
    await expectDeclared('book.unblock', { id: block, expectedVersion: version('blocked_times', block), reason: 'Lunch moved' });
    await expectDeclared('staff.setLocale', { staffId: ana, locale: 'de-DE' });
    await expectDeclared('staff.update', {
      id: ana,
      expectedVersion: version('staff', ana),
      name: 'Ana Ruiz-Diaz',
      role: 'practitioner',
      active: true,
    });
    await expectDeclared('clients.update', { id: sam, expectedVersion: version('clients', sam), firstName: 'Samuel', lastName: 'Okafor' });
    await expectDeclared('sessions.cancel', { id: s2, expectedVersion: version('sessions', s2), reason: 'Ill' });
    await expectDeclared('sessions.book', { clientId: sam, planId: plan, bookedFor: '2026-11-26T10:00:00.000Z' });
    const booked = one<{ id: number }>("SELECT id FROM sessions WHERE client_id = ? AND status = 'booked'", sam).id;
    clock = new Date('2026-11-26T12:00:00Z');
    await expectDeclared(
      'sessions.chart',
      session(sam, '2026-11-26T10:00:00.000Z', {
        sessionId: booked,
        expectedVersion: version('sessions', booked),
        planId: plan,
        retention: [{ zone: 'crown', rating: 'held_well', note: '' }],
      }),
    );

    const deposit = one<{ id: number }>('SELECT id FROM deposits WHERE plan_id = ?', plan).id;
    await expectDeclared('deposits.setAmount', {
      depositId: deposit,
      expectedVersion: version('deposits', deposit),
      amountMinor: 12000,
      reason: 'Longer session',
    });
    await expectDeclared('deposits.recordPayment', {
      depositId: deposit,
      expectedVersion: version('deposits', deposit),
      amountMinor: 2000,
      method: 'card',
      receipt: 'R-1',
      paidAt: '2026-11-21T08:00:00.000Z',
    });
    await expectDeclared('deposits.recordPayment', {
      depositId: deposit,
      expectedVersion: version('deposits', deposit),
      amountMinor: 10000,
      method: 'cash',
      receipt: 'R-2',
      paidAt: '2026-11-21T08:30:00.000Z',
    });
    await expectDeclared('deposits.add', { planId: plan, sessionNumber: 4, amountMinor: 5000, reason: 'Fourth session likely' });
    const fourth = one<{ id: number }>('SELECT id FROM deposits WHERE plan_id = ? AND session_number = 4', plan).id;
    await expectDeclared('deposits.setStatus', {
      depositId: fourth,
      expectedVersion: version('deposits', fourth),
      status: 'waived',
      reason: 'Goodwill',
    });

    await expectDeclared('payments.take', { planId: plan, kind: 'payment', amount: '300.00', currency: 'GBP', method: 'card' });
    await expectDeclared('payments.take', { planId: plan, kind: 'discount', amount: '50', currency: 'GBP', reason: 'Returning client' });
    await expectDeclared('payments.take', {
      planId: plan,
      kind: 'refund',
      amount: '20',
      currency: 'GBP',
      method: 'card',
      reason: 'Shorter session',
    });

    await expectDeclared('retention.save', { sessionId: s1, notes: [{ zone: 'crown', rating: 'patchy', note: 'Thin at the crown' }] });
    await expectDeclared('shadeChanges.record', { sessionId: s1, toShade: 'Ash 2', reason: 'client_darker' });
    await expectDeclared('hairlineRequests.raise', { clientId: sam, kind: 'lower_hairline', request: 'A little lower at the temples' });
    const request = one<{ id: number }>('SELECT id FROM hairline_requests').id;
    await expectDeclared('hairlineRequests.setStatus', {
      id: request,
      expectedVersion: version('hairline_requests', request),
      status: 'agreed',
    });

    const template = (await t.ok('aftercare.templates.list', {}))[0]!;
    await expectDeclared('aftercare.templates.save', {
      ...template,
      expectedVersion: template.version,
      advice: [...template.advice, 'Call us with any worry.'],
    });
    const latest = (await t.ok('aftercare.templates.list', {}))[0]!;
    await expectDeclared('aftercare.prints.record', { sessionId: s1, templateId: latest.id });

    await expectDeclared('photos.setConsent', { clientId: sam, clinical: true });
    const jpeg = (await jpegWithGps()).toString('base64');
    await expectDeclared('photos.import', {
      clientId: sam,
      sessionId: s1,
      files: [{ name: 'a.jpg', angle: 'front', phase: 'before', data: jpeg }],
    });
    await expectDeclared('photos.remove', { id: one<{ id: number }>('SELECT id FROM photos').id, reason: 'Blurred' });
    // Signed consent: the owner's forms, a treatment consent with the answers, its PDF, photo consent for Kim.
    const questionnaire = await t.ok('documents.get', { kind: 'questionnaire' });
    await expectDeclared('documents.save', {
      kind: 'questionnaire',
      title: questionnaire.title,
      body: questionnaire.body,
      questions: [
        ...questionnaire.questions,
        { key: 'sunbed', kind: 'yes_no', text: 'Sunbed lately?', tier: 'temporary', waitDays: 14, records: true },
      ],
    });
    const status = await t.ok('consent.status', { clientId: kim });
    await expectDeclared('consent.sign', {
      clientId: kim,
      documentId: status.current.treatment_consent.id,
      questionnaireId: status.current.questionnaire.id,
      answers: {
        ...Object.fromEntries(status.current.questionnaire.questions.map((q) => [q.key, { answer: false }])),
        sunbed: { answer: true, detail: '' },
      },
      signerName: 'Kim Lee',
      method: 'screen',
      signature: await drawnSignature(),
      practitionerId: ana,
      practitionerRole: 'witness',
    });
    await expectDeclared('consent.sign', {
      clientId: kim,
      documentId: status.current.photo_consent.id,
      signerName: 'Kim Lee',
      method: 'screen',
      signature: await drawnSignature(),
      practitionerId: ana,
      practitionerRole: 'witness',
    });
    const signedId = one<{ id: number }>('SELECT id FROM signed_documents ORDER BY id LIMIT 1').id;
    await expectDeclared('consent.attachPdf', { id: signedId, pdf: Buffer.from('%PDF-1.4\n'.padEnd(200, '%')).toString('base64') });
    await expectDeclared('documents.save', { kind: 'treatment_consent', title: 'Consent to SMP', body: 'Version two.' });
    await expectDeclared('drafts.save', { clientId: kim, form: 'intake', data: { answers: {} } });
    await expectDeclared('drafts.discard', { clientId: kim, form: 'intake' });
    await expectDeclared('settings.update', {
      secondSessionMinDays: 10,
      laterSessionMinDays: 14,
      clinicName: 'North Street SMP',
      idleLockMinutes: 5,
    });
    await expectDeclared('settings.update', { hubEnabled: true, hubPort: 9443 });
    await expectDeclared('plans.create', { clientId: kim, quotedSessions: 2, priceMinor: 90000, currency: 'GBP' });
    const kimPlan = one<{ id: number }>('SELECT id FROM treatment_plans WHERE client_id = ?', kim).id;
    await expectDeclared('plans.setStatus', {
      id: kimPlan,
      expectedVersion: version('treatment_plans', kimPlan),
      status: 'cancelled',
      reason: 'Changed their mind',
    });
    // Moving in: a new client, and Kim again from the other system's file, merged (her email added).
    const moved = (line: number, firstName: string, lastName: string, phone: string, email: string | null) => ({
      line,
      firstName,
      lastName,
      phone,
      email,
      dateOfBirth: null,
      notes: 'Last Visited: 2026-01-05',
    });
    const movingIn = [moved(2, 'Ivy', 'Imported', '07700 900777', null), moved(3, 'Kim', 'Lee', '07700900123', 'kim@example.com')];
    await expectDeclared('clients.importCheck', { rows: movingIn });
    await expectDeclared('clients.import', {
      fileName: 'CustomersList.csv',
      sha256: 'ab'.repeat(32),
      rows: movingIn,
      choices: [{ line: 3, choice: 'merge' }],
    });
    await expectDeclared('clients.archive', { id: kim, expectedVersion: version('clients', kim), reason: 'Moved away' });

    await expectDeclared('safety.backupNow', {});
    const backup = (await t.ok('safety.status', {})).backups[0]!.file;
    await expectDeclared('safety.inspect', { file: backup });
    await expectDeclared('safety.export', { folder: path.join(tempDir(), 'export'), plain: true });

    // A copy of a record, then the erasure of the archived client (a clinic that keeps no records), from the backups too.
    const pdf = await PDFDocument.create();
    pdf.addPage();
    await expectDeclared('rights.recordCopy', {
      clientId: kim,
      pdfBase64: Buffer.from(await pdf.save()).toString('base64'),
      encrypt: false,
    });
    await t.ok('settings.update', { medicalRecordYears: 0 });
    await expectDeclared('rights.erase', {
      clientId: kim,
      expectedVersion: version('clients', kim),
      reason: 'Asked in writing at reception',
      alsoBackups: true,
    });
    await expectDeclared('rights.eraseFromBackups', { clientId: kim });

    await expectDeclared('workstations.pairingCode', {});
    const code = one<{ id: number }>('SELECT id FROM pairing_codes').id;
    expect(code).toBe(1);
    // Pairing is not a channel (the device has no session yet); the hub tells every session itself.
    const { code: typed } = await t.ok('workstations.pairingCode', {});
    pairWorkstation(t.open.sqlite, () => NOW, { name: 'Room 2', proof: pairingProof(parsePairingCode(typed)!.secret, HUB.fingerprint) });
    await expectDeclared('workstations.revoke', { id: one<{ id: number }>('SELECT id FROM workstations').id });

    await expectDeclared('auth.setupOwner', { name: 'Jo Owner', pin: '2468', confirmPin: '2468' });
    const jo = one<{ id: number }>("SELECT id FROM staff WHERE name = 'Jo Owner'").id;
    await expectDeclared('auth.setPin', { staffId: ana, pin: '1357' });
    // Someone brought in by an import chooses a PIN as they first sign in: an owner, as the caller
    // is, since what signing in as another role changes is the caller's alone (as for auth.signIn).
    const imported = t.open.sqlite
      .prepare("INSERT INTO staff (name, role, pin_hash) VALUES ('Ivo Imported', 'owner', ?) RETURNING id")
      .pluck()
      .get(PIN_AT_FIRST_SIGN_IN) as number;
    await expectDeclared('auth.firstPin', { staffId: imported, pin: '9753', confirmPin: '9753' });
    // Signed out, every query is refused; what signing in changes for the caller is theirs alone (the
    // sign-in gate retries what was refused), so here the owner signs in again over her own session.
    await expectDeclared('auth.signIn', { staffId: jo, pin: '2468' });

    const shown = await t.ok('keys.revealRecoveryKey', {});
    await expectDeclared('keys.revealRecoveryKey', {});
    await expectDeclared('keys.confirmRecoveryKey', { written: true, lastGroup: shown.groups[13]! });
    // Two backups as an older Stipple left them: plain files in the backup folder.
    for (const name of ['stipple-2025-01-01T09-00-00-000Z.sqlite', 'stipple-2025-01-02T09-00-00-000Z.sqlite']) {
      const plain = path.join(path.dirname(backup), name);
      t.open.sqlite.prepare('VACUUM INTO ?').run(plain);
      const copy = openRaw(plain);
      copy.pragma('journal_mode = DELETE');
      copy.pragma("rekey = ''");
      copy.close();
    }
    const [first, second] = (await t.ok('keys.plainBackups', {})).map((b) => b.file);
    await expectDeclared('keys.encryptPlainBackup', { file: first! });
    await expectDeclared('keys.removePlainBackup', { file: second! });
  });

  it('was tried on every change and task but the restores, which declare everything stale, and those another computer answers', () => {
    const writes = CHANNELS.filter((c) => contract[c].changes || contract[c].task === true);
    // network.resolve is answered by a workstation, network.join by the app hosting the API: here both only refuse.
    expect(writes.filter((c) => !tried.has(c)).sort()).toEqual([
      'keys.restoreFromOtherComputer',
      'network.join',
      'network.resolve',
      'safety.restore',
    ]);
    expect(staleAfter('network.join')).toBe('all');
    expect(staleAfter('network.resolve')).toEqual(['network.status']);
    expect(staleAfter('safety.restore')).toBe('all');
    expect(staleAfter('keys.restoreFromOtherComputer')).toBe('all');
  });
});
