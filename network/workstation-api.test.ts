// The workstation's offline half against a real hub (a real createApi() on an encrypted file)
// through a link the test cuts: before the hub commits and after (the reply lost), each change
// applied once; reads from the copy; refusals in plain words; conflicts in "needs attention".
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkHeadline } from '../api/contract/network';
import { NOT_COPIED, offlineRefusal } from '../api/contract/offline';
import { openKeyed } from '../db/cipher';
import { chartInput, clinicHub, PINS, WORKSTATION_KEY, workstation, type Clinic, type Desk } from './testing-clinic';

let clinic: Clinic;
const desks: Desk[] = [];
afterEach(() => {
  for (const d of desks.splice(0)) d.ws.close();
  clinic?.close();
});
function desk(folder?: string): Desk {
  const d = workstation(clinic, folder);
  desks.push(d);
  return d;
}
const sessionsOf = (clientId: number) =>
  clinic.rows<{ id: number; status: string }>("SELECT id, status FROM sessions WHERE client_id = ? AND status = 'performed'", clientId);

describe('a change while the link is cut', () => {
  it('cut before the hub commits: kept in the outbox, sent when the hub is back, applied once and audited as who saved it when', async () => {
    clinic = await clinicHub(1);
    const d = desk();
    const w = await d.window(clinic.jo, PINS.jo);
    d.link.cut('before');
    const before = Date.now();
    const r = await d.call('sessions.chart', chartInput(clinic.clients[0]!), w);
    expect(r).toMatchObject({ ok: false, error: { code: 'unavailable', queued: true } });
    expect(r.ok || r.error.message).toMatch(/Saved on this computer.*\(1 waiting\)/);
    expect(d.ws.status()).toMatchObject({ role: 'workstation', link: 'offline', waiting: 1 });
    expect(linkHeadline(d.ws.status())).toMatch(/^Offline: 1 change waiting\./);
    expect(sessionsOf(clinic.clients[0]!)).toHaveLength(0);

    d.link.cut('none');
    const report = await d.ws.flush();
    expect(report).toMatchObject({ sent: 1, refused: 0, stopped: null });
    expect(sessionsOf(clinic.clients[0]!)).toHaveLength(1);
    expect(d.ws.status()).toMatchObject({ link: 'connected', waiting: 0, needsAttention: [] });
    const [entry] = clinic.rows<{ at: string; staffId: number }>(
      "SELECT at, staff_id AS staffId FROM audit_log WHERE entity = 'session' AND action = 'chart' ORDER BY id DESC",
    );
    expect(entry?.staffId).toBe(clinic.jo);
    expect(Date.parse(entry!.at)).toBeGreaterThanOrEqual(before - 5);
    expect(Date.parse(entry!.at)).toBeLessThanOrEqual(Date.now());
    expect(await d.ws.flush()).toMatchObject({ sent: 0 }); // nothing left to send
    expect(sessionsOf(clinic.clients[0]!)).toHaveLength(1);
  });

  it('cut after the hub committed (the reply lost): kept with the same key, and sending it again applies nothing new', async () => {
    clinic = await clinicHub(1);
    const d = desk();
    const w = await d.window(clinic.jo, PINS.jo);
    d.link.cut('after');
    const r = await d.call('sessions.chart', chartInput(clinic.clients[0]!), w);
    expect(r).toMatchObject({ ok: false, error: { queued: true } });
    expect(sessionsOf(clinic.clients[0]!)).toHaveLength(1); // the hub has it; the workstation does not know
    const audit = clinic.count('audit_log');
    // The reply of the resend is lost too: still once.
    d.link.cut('after');
    expect(await d.ws.flush()).toMatchObject({ sent: 0, stopped: 'unreachable' });
    d.link.cut('none');
    const sent = await d.ws.flush();
    expect(d.ws.status().needsAttention).toEqual([]);
    expect(sent).toMatchObject({ sent: 1, refused: 0 });
    expect(sessionsOf(clinic.clients[0]!)).toHaveLength(1);
    expect(clinic.count('audit_log')).toBe(audit);
    expect(clinic.rows("SELECT key FROM change_keys WHERE channel = 'sessions.chart'")).toHaveLength(1);
  });

  it('a change the hub cannot take offline is refused with why; a lost reply on one is retried with its key', async () => {
    clinic = await clinicHub(1);
    const d = desk();
    const w = await d.window(clinic.owner, PINS.owner);
    d.link.cut('before');
    expect((await d.call('clients.search', {}, w)).ok).toBe(true); // a read finds the hub gone
    const deposit = await d.call('deposits.recordPayment', { depositId: 1, amountMinor: 100, method: 'card' }, w);
    expect(deposit).toEqual({ ok: false, error: { code: 'unavailable', message: offlineRefusal('deposits.recordPayment') } });
    expect(offlineRefusal('deposits.recordPayment')).toMatch(/Payments and deposits need the hub/);
    expect(offlineRefusal('sessions.book')).toMatch(/Booking needs the hub/);
    expect(offlineRefusal('staff.create')).toMatch(/Staff/);
    expect(offlineRefusal('safety.restore')).toMatch(/restore/);
    expect(offlineRefusal('sessions.chart')).toBeNull();
    expect(d.ws.status().waiting).toBe(0);

    // Online, the reply of a booking is lost: not queued (booking is not for offline); saved again, applied once.
    d.link.cut('none');
    expect((await d.call('clients.search', {}, w)).ok).toBe(true);
    d.link.cut('after');
    const booking = { clientId: clinic.clients[0]!, bookedFor: new Date(Date.now() + 86_400_000).toISOString(), outsideWindowReason: 'x' };
    const lost = await d.call('sessions.book', booking, w);
    expect(lost.ok || lost.error.message).toMatch(/may or may not have been saved/);
    const booked = clinic.count('sessions');
    d.link.cut('none');
    expect((await d.call('clients.search', {}, w)).ok).toBe(true); // the hub is seen back
    const again = await d.call('sessions.book', booking, w);
    expect(again.ok).toBe(true);
    expect(clinic.count('sessions')).toBe(booked);
  });

  it('a booking in a room reaches the hub with its room, a clash in it comes back beside the room; offline both are refused', async () => {
    clinic = await clinicHub(2);
    const d = desk();
    const w = await d.window(clinic.owner, PINS.owner);
    const room = await d.call('rooms.add', { name: 'Room 2' }, w);
    if (!room.ok) throw new Error(room.error.message);
    const roomId = (room.data as { id: number }).id;
    const bookedFor = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const first = { clientId: clinic.clients[0]!, bookedFor, roomId, outsideWindowReason: 'x' };
    expect((await d.call('sessions.book', first, w)).ok).toBe(true);
    expect(clinic.rows<{ roomId: number }>('SELECT room_id AS roomId FROM sessions WHERE booked_for = ?', bookedFor)).toEqual([{ roomId }]);
    const clash = await d.call('sessions.book', { ...first, clientId: clinic.clients[1]! }, w);
    expect(clash.ok || clash.error.fields?.roomId).toMatch(/^Room 2 is taken by Sam0 Müller /);
    d.link.cut('before');
    expect((await d.call('clients.search', {}, w)).ok).toBe(true);
    const offline = await d.call(
      'sessions.book',
      { ...first, clientId: clinic.clients[1]!, bookedFor: new Date(Date.now() + 3 * 86_400_000).toISOString() },
      w,
    );
    expect(offline).toEqual({ ok: false, error: { code: 'unavailable', message: offlineRefusal('sessions.book') } });
    expect(offlineRefusal('rooms.add')).toBe(offlineRefusal('sessions.book'));
    expect(d.ws.status().waiting).toBe(0);
  });

  it('bad input offline: the same field errors as online, nothing queued', async () => {
    clinic = await clinicHub(1);
    const d = desk();
    const w = await d.window(clinic.jo, PINS.jo);
    const bad = chartInput(clinic.clients[0]!, { pigmentBatch: '', zones: [] });
    const online = await d.call('sessions.chart', bad, w);
    const reception = await d.window(clinic.owner, PINS.owner);
    d.link.cut('before');
    const offline = await d.call('sessions.chart', bad, w);
    expect(online.ok).toBe(false);
    expect(offline).toEqual(online);
    expect(offline.ok || Object.keys(offline.error.fields ?? {})).toEqual(expect.arrayContaining(['pigmentBatch', 'zones']));
    expect(d.ws.status().waiting).toBe(0);
    // A role that may not chart is refused here as at the hub, and nothing is kept.
    const asReception = await d.call('staff.create', { name: 'x', role: 'reception' }, reception);
    expect(asReception.ok || asReception.error.message).toMatch(/Staff, roles and PINs/);
  });

  it('a change that conflicts with one made meanwhile lands in "needs attention", with the record as it is now', async () => {
    clinic = await clinicHub(1);
    const d = desk();
    const w = await d.window(clinic.jo, PINS.jo);
    const [booked] = clinic.rows<{ id: number }>('SELECT id FROM sessions WHERE client_id = ?', clinic.clients[0]!);
    const ofBooked = { sessionId: booked!.id, expectedVersion: 1 };
    d.link.cut('before');
    await d.call('sessions.chart', chartInput(clinic.clients[0]!, ofBooked), w);
    await d.call('retention.save', { sessionId: 999, notes: [{ zone: 'crown', rating: 'held_well', note: '' }] }, w);
    // Meanwhile, at the hub: the same booked session is charted by someone else.
    await clinic.desk('sessions.chart', chartInput(clinic.clients[0]!, { ...ofBooked, pigmentBatch: 'HUB-1' }));
    d.link.cut('none');
    const report = await d.ws.flush();
    expect(report).toMatchObject({ sent: 0, refused: 2 });
    const status = d.ws.status();
    expect(status.waiting).toBe(0);
    expect(status.needsAttention.map((a) => a.channel)).toEqual(['sessions.chart', 'retention.save']);
    expect(status.needsAttention[0]!.message).toMatch(/changed by someone else/);
    expect(status.needsAttention[0]!.current).toMatchObject({ pigmentBatch: 'HUB-1' });
    expect(linkHeadline(status)).toBe('2 changes need attention.');
    d.ws.dismiss(status.needsAttention[1]!.key);
    expect(d.ws.status().needsAttention).toHaveLength(1);
  });
});

describe('deciding about a change the hub refused (network.resolve)', () => {
  async function conflicted() {
    clinic = await clinicHub(1);
    const d = desk();
    const w = await d.window(clinic.jo, PINS.jo);
    const [booked] = clinic.rows<{ id: number }>('SELECT id FROM sessions WHERE client_id = ?', clinic.clients[0]!);
    d.link.cut('before');
    await d.call('sessions.chart', chartInput(clinic.clients[0]!, { sessionId: booked!.id, expectedVersion: 1, pigmentBatch: 'MINE' }), w);
    await clinic.desk(
      'sessions.chart',
      chartInput(clinic.clients[0]!, { sessionId: booked!.id, expectedVersion: 1, pigmentBatch: 'THEIRS' }),
    );
    d.link.cut('none');
    await d.ws.flush();
    const [item] = d.ws.status().needsAttention;
    return { d, w, item: item!, booked: booked!.id };
  }
  const batchOf = (id: number) => clinic.rows<{ b: string }>('SELECT pigment_batch AS b FROM sessions WHERE id = ?', id)[0]!.b;

  it('"send mine over theirs" sends the same change against the hub’s version, once, audited as who saved it', async () => {
    const { d, w, item, booked } = await conflicted();
    expect(batchOf(booked)).toBe('THEIRS');
    const r = await d.call('network.resolve', { key: item.key, action: 'overwrite' }, w);
    expect(r).toMatchObject({ ok: true, data: { needsAttention: [] } });
    await d.ws.flush();
    expect(batchOf(booked)).toBe('MINE');
    expect(d.ws.status()).toMatchObject({ waiting: 0, needsAttention: [] });
    const corrections = clinic.rows<{ staffId: number }>(
      "SELECT staff_id AS staffId FROM audit_log WHERE entity = 'session' AND entity_id = ? ORDER BY id",
      String(booked),
    );
    expect(corrections.at(-1)!.staffId).toBe(clinic.jo);
    // The same decision again: nothing waits with that key any more, and nothing is sent.
    expect(await d.call('network.resolve', { key: item.key, action: 'overwrite' }, w)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('bad input gets a field error; reception may not decide; letting it go sends nothing', async () => {
    const { d, w, item, booked } = await conflicted();
    expect(await d.call('network.resolve', { key: item.key, action: 'shred' }, w)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { action: expect.stringMatching(/send it again/) } },
    });
    expect(await d.call('network.resolve', { action: 'retry' }, w)).toMatchObject({
      ok: false,
      error: { fields: { key: 'Say which change.' } },
    });
    await clinic.desk('staff.create', { name: 'Rae Desk', role: 'reception' });
    const [rae] = clinic.rows<{ id: number }>("SELECT id FROM staff WHERE name = 'Rae Desk'");
    await clinic.desk('auth.setPin', { staffId: rae!.id, pin: '9753' });
    const front = await d.window(rae!.id, '9753');
    expect(await d.call('network.resolve', { key: item.key, action: 'dismiss' }, front)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(d.ws.status().needsAttention).toHaveLength(1);
    expect(await d.call('network.resolve', { key: item.key, action: 'dismiss' }, w)).toMatchObject({
      ok: true,
      data: { needsAttention: [] },
    });
    await d.ws.flush();
    expect(batchOf(booked)).toBe('THEIRS');
  });

  it('a change that met no one else’s cannot be sent "over theirs"; on the hub itself there is nothing to resolve', async () => {
    clinic = await clinicHub(1);
    const d = desk();
    const w = await d.window(clinic.jo, PINS.jo);
    d.link.cut('before');
    await d.call('retention.save', { sessionId: 999, notes: [{ zone: 'crown', rating: 'held_well', note: '' }] }, w);
    d.link.cut('none');
    await d.ws.flush();
    const [item] = d.ws.status().needsAttention;
    expect(await d.call('network.resolve', { key: item!.key, action: 'overwrite' }, w)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { action: expect.stringMatching(/Only a change that met/) } },
    });
    expect(d.ws.status().needsAttention).toHaveLength(1);
    const atHub = clinic.api.client();
    await atHub.call('auth.signIn', { staffId: clinic.jo, pin: PINS.jo });
    const audit = clinic.count('audit_log');
    expect(await atHub.call('network.resolve', { key: item!.key, action: 'retry' })).toMatchObject({
      ok: false,
      error: { code: 'rule', message: expect.stringMatching(/holds the clinic’s data itself/) },
    });
    expect(clinic.count('audit_log')).toBe(audit);
  });
});

describe('reading while the hub is away', () => {
  it('answers the chart, the search and today’s bookings of booked clients from the copy; others are refused plainly', async () => {
    clinic = await clinicHub(3);
    const d = desk();
    const w = await d.window(clinic.jo, PINS.jo);
    const unbooked = (await clinic.desk('clients.create', { firstName: 'Nobody', lastName: 'Booked' })) as { id: number };
    await d.ws.refreshCopy();
    expect(d.ws.status().copiedAt).not.toBeNull();
    const online = {
      chart: await d.call('clients.chart', { id: clinic.clients[1]! }, w),
      search: await d.call('clients.search', { query: 'okafor' }, w),
      list: await d.call('clients.list', { query: 'sam' }, w),
      day: await d.call('reception.day', { date: new Date().toISOString().slice(0, 10) }, w),
    };
    d.link.cut('before');
    expect(await d.call('clients.chart', { id: clinic.clients[1]! }, w)).toEqual(online.chart);
    expect(await d.call('clients.search', { query: 'okafor' }, w)).toEqual(online.search);
    expect(await d.call('reception.day', { date: new Date().toISOString().slice(0, 10) }, w)).toEqual(online.day);
    const list = await d.call('clients.list', { query: 'sam' }, w);
    expect(list.ok && (list.data as { total: number }).total).toBe(3);
    expect(online.list.ok && (online.list.data as { total: number }).total).toBe(3);
    expect(await d.call('clients.chart', { id: unbooked.id }, w)).toEqual({
      ok: false,
      error: { code: 'unavailable', message: NOT_COPIED },
    });
    expect((await d.call('auth.status', {}, w)).ok).toBe(true);
    // The copy is encrypted in a folder of its own (700), each file 600.
    expect(fs.statSync(d.folder).mode & 0o777).toBe(0o700);
    for (const f of ['copy.sqlite', 'outbox.sqlite']) {
      expect(fs.statSync(path.join(d.folder, f)).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(path.join(d.folder, f)).subarray(0, 15).toString()).not.toBe('SQLite format 3');
    }
  });

  it('keeps the charts it opened online, but not each search typed (offline search reads the copied client rows)', async () => {
    clinic = await clinicHub(3);
    const d = desk();
    const w = await d.window(clinic.jo, PINS.jo);
    for (const query of ['o', 'ok', 'oka', 'okaf']) expect(await d.call('clients.search', { query }, w)).toMatchObject({ ok: true });
    expect(await d.call('clients.list', { query: 'sam' }, w)).toMatchObject({ ok: true });
    expect(await d.call('clients.chart', { id: clinic.clients[1]! }, w)).toMatchObject({ ok: true });
    const copy = openKeyed(path.join(d.folder, 'copy.sqlite'), WORKSTATION_KEY, { readonly: true });
    try {
      expect(copy.prepare('SELECT channel FROM answers ORDER BY channel').pluck().all()).toEqual(['clients.chart']);
    } finally {
      copy.close();
    }
  });

  it('tells every window when the link or the outbox changes, so the header refetches', async () => {
    clinic = await clinicHub(1);
    const d = desk();
    const w = await d.window(clinic.jo, PINS.jo);
    const events: unknown[] = [];
    d.ws.onEvent((_s, e) => events.push(e));
    d.link.cut('before');
    await d.call('sessions.chart', chartInput(clinic.clients[0]!), w);
    expect(events).toContainEqual({ type: 'stale', channels: ['network.status'] });
    expect((await d.call('network.status', {}, w)).ok).toBe(true);
    d.link.cut('none');
    const headlines: (string | null)[] = [];
    d.ws.onEvent(() => headlines.push(linkHeadline(d.ws.status())));
    await d.ws.flush();
    expect(headlines).toContain('Back online, sending 1 change…');
    expect(headlines.at(-1)).toBeNull();
    expect(events).toContainEqual({ type: 'stale', channels: expect.arrayContaining(['clients.chart', 'reception.board']) });
  });
});
