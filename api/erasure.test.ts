// A client's erasure on a real encrypted database: no trace of them in any table, in the file's
// bytes (free pages and the WAL included), in the photo store or in drafts; verify still passes;
// the erasure is in the trail; tampering still shows; refusals write nothing.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_GENESIS, auditHash, deriveAuditSecret, markChainKeyed, type AuditRow } from '../db/audit-chain';
import { backupDatabase } from '../db/backup';
import { backupFolderFor } from '../db/location';
import { documentsFolderFor } from '../db/document-store';
import { photoFile, photosFolderFor } from '../db/photo-store';
import { decryptedPages, MIGRATIONS_FOLDER, openRaw, openWithTestKey, tempDir, TEST_KEY, AUDIT_NO_UPDATE_SQL } from '../db/testing';
import { verifyDatabaseFile } from '../db/verify';
import { chartToErase, TRACE_VALUES, TRACES } from '../tests/fixtures/erasure-client';
import { testApi } from './testing';

const LATER = new Date('2035-01-10T09:00:00Z'); // past the 8 years kept after the intake was completed (21 Nov 2026)
const verify = (file: string) => verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY);

async function clinic(now = LATER) {
  let clock = new Date('2026-11-21T09:00:00Z');
  const t = await testApi(() => clock);
  const practitionerId = (await t.ok('staff.create', { name: 'Jo Reyes', role: 'practitioner' })).id;
  const other = await t.ok('clients.create', { firstName: 'Ada', lastName: 'Byrne', phone: '0700 000 111' });
  const { clientId, photoHashes, documentHashes } = await chartToErase(t, practitionerId);
  clock = now;
  return { t, clientId, otherId: other.id, photoHashes, documentHashes };
}

/** Every value of every column of every table that holds one of the needles, as "table.column: needle". */
function tracesInTables(sqlite: Database.Database, needles: string[]): string[] {
  const lower = needles.map((n) => n.toLowerCase());
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  const hits: string[] = [];
  for (const table of tables)
    for (const row of sqlite.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[])
      for (const [column, value] of Object.entries(row)) {
        const text = typeof value === 'string' ? value : Buffer.isBuffer(value) ? value.toString('latin1') : null;
        if (text === null) continue;
        lower.forEach((n, i) => text.toLowerCase().includes(n) && hits.push(`${table}.${column}: ${needles[i]}`));
      }
  return hits;
}

/** The database file's pages as they lie on disk, decrypted, after a checkpoint (db/testing.ts). */
function plainBytesOf(live: Database.Database, file: string): Buffer {
  live.pragma('wal_checkpoint(TRUNCATE)');
  return decryptedPages(file);
}

const tracesInBytes = (bytes: Buffer, needles: string[]) => needles.filter((n) => bytes.includes(Buffer.from(n, 'utf8')));

async function erase(t: Awaited<ReturnType<typeof testApi>>, clientId: number, alsoBackups = false) {
  const c = await t.ok('clients.chart', { id: clientId });
  return t.ok('rights.erase', { clientId, expectedVersion: c.client.version, reason: 'Asked in writing at reception', alsoBackups });
}

describe('the scan of the file’s bytes', () => {
  it('sees what a change leaves in a page’s unused space without secure_delete, and not with it', () => {
    const found = [0, 1].map((secure) => {
      const file = path.join(tempDir(), 'probe.sqlite');
      const db = openRaw(file);
      db.pragma('journal_mode = WAL');
      db.pragma(`secure_delete = ${secure}`);
      db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
      for (let i = 0; i < 20; i++)
        db.prepare('INSERT INTO t (v) VALUES (?)').run(
          i === 7 ? `${TRACES.lastName}, a note long enough to outlast the new cell` : `other ${i}`,
        );
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.prepare('UPDATE t SET v = NULL WHERE id = 8').run();
      const bytes = plainBytesOf(db, file);
      db.close();
      return tracesInBytes(bytes, [TRACES.lastName, 'other 12']);
    });
    expect(found).toEqual([[TRACES.lastName, 'other 12'], ['other 12']]);
  });
});

describe('erasing a client', () => {
  it('leaves no trace of them in any table, the file’s bytes, the photo store or drafts, and verify passes', async () => {
    const { t, clientId, otherId, photoHashes, documentHashes } = await clinic();
    const file = t.open.file;
    // The control: before the erasure every trace is found, in the tables and in the file's bytes.
    expect(new Set(tracesInTables(t.open.sqlite, TRACE_VALUES).map((h) => h.split(': ')[1]))).toEqual(new Set(TRACE_VALUES));
    expect(tracesInBytes(plainBytesOf(t.open.sqlite, file), TRACE_VALUES)).toEqual(TRACE_VALUES);
    for (const h of photoHashes) expect(fs.existsSync(photoFile(photosFolderFor(file), h))).toBe(true);
    for (const h of documentHashes) expect(fs.existsSync(photoFile(documentsFolderFor(file), h))).toBe(true);
    const countsBefore = t.counts();

    const done = await erase(t, clientId);
    expect(done.redacted).toBeGreaterThan(10);
    expect(done.removed).toMatchObject({
      sessions: 2,
      intakes: 1,
      photos: 1,
      drafts: 1,
      retention_notes: 1,
      hairline_requests: 1,
      signed_documents: 1,
    });
    expect(done.kept).toMatchObject({ clients: 1, treatment_plans: 1, payments: 1, receipts: 1, deposits: 1, deposit_payments: 1 });

    expect(tracesInTables(t.open.sqlite, TRACE_VALUES)).toEqual([]);
    expect(tracesInBytes(plainBytesOf(t.open.sqlite, file), TRACE_VALUES)).toEqual([]);
    expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);
    for (const h of photoHashes) expect(fs.existsSync(photoFile(photosFolderFor(file), h))).toBe(false);
    for (const h of documentHashes) expect(fs.existsSync(photoFile(documentsFolderFor(file), h))).toBe(false);
    expect(t.open.sqlite.prepare('SELECT count(*) FROM drafts WHERE client_id = ?').pluck().get(clientId)).toBe(0);

    // The money stays: the same amounts, the receipt number, the plan as their link.
    const money = await t.ok('payments.forPlan', {
      planId: t.open.sqlite.prepare('SELECT id FROM treatment_plans WHERE client_id = ?').pluck().get(clientId) as number,
    });
    expect(money.entries.map((e) => e.amountMinor)).toEqual([50_000]);
    expect(money.receipts[0]).toMatchObject({ number: 1, content: { amountMinor: 50_000, clientName: `Erased client ${clientId}` } });
    expect(t.counts().receipts).toBe(countsBefore.receipts);
    // The other client is untouched.
    expect((await t.ok('clients.chart', { id: otherId })).client).toMatchObject({ firstName: 'Ada', lastName: 'Byrne' });

    // The trail keeps that it happened, when, by whom and why; every entry about them is redacted.
    const entry = t.open.sqlite.prepare("SELECT * FROM audit_log WHERE action = 'erase'").get() as Record<string, string | number | null>;
    expect(entry).toMatchObject({
      entity: 'client',
      entity_id: String(clientId),
      reason: 'Asked in writing at reception',
      at: LATER.toISOString(),
    });
    const redacted = t.open.sqlite.prepare('SELECT count(*) FROM audit_log WHERE redacted_by = ?').pluck().get(entry.id) as number;
    expect(redacted).toBe(done.redacted);

    const r = verify(file);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    t.close();
  }, 60_000);

  it('still finds an entry changed after the erasure, and a redaction no erasure lists', async () => {
    const { t, clientId, otherId } = await clinic();
    await erase(t, clientId);
    const file = t.open.file;
    t.close();
    const raw = openRaw(file);
    const otherEntry = raw
      .prepare("SELECT id FROM audit_log WHERE entity = 'client' AND entity_id = ? AND action = 'create'")
      .pluck()
      .get(String(otherId)) as number;
    const eraseId = raw.prepare("SELECT id FROM audit_log WHERE action = 'erase'").pluck().get() as number;
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET reason = 'edited' WHERE id = ?").run(otherEntry);
    raw.exec(AUDIT_NO_UPDATE_SQL);
    raw.close();
    expect(verify(file).audit.problem).toBe(`audit entry ${otherEntry} was changed after it was written`);

    const raw2 = openRaw(file);
    raw2.exec('DROP TRIGGER audit_log_no_update');
    raw2.prepare('UPDATE audit_log SET reason = NULL WHERE id = ?').run(otherEntry); // back as it was
    // Hiding what another entry said, passing it off as part of the erasure.
    raw2
      .prepare('UPDATE audit_log SET before = NULL, after = NULL, reason = NULL, salt = NULL, redacted_by = ? WHERE id = ?')
      .run(eraseId, otherEntry);
    raw2.exec(AUDIT_NO_UPDATE_SQL);
    raw2.close();
    expect(verify(file).audit.problem).toBe(
      `audit entry ${otherEntry} had its contents removed without an erasure that lists it (entry ${eraseId} is not one)`,
    );
  }, 60_000);

  it('from a backup made before it, when asked: the backup holds no trace and still verifies', async () => {
    const { t, clientId } = await clinic();
    const b = await backupDatabase(t.open.sqlite, backupFolderFor(t.open.file), new Date('2035-01-09T09:00:00Z'));
    expect(tracesInBytes(fs.readFileSync(b.file), [TRACES.lastName])).toEqual([]); // encrypted: nothing plain, before or after
    const check = await t.ok('rights.erasureCheck', { clientId });
    expect(check).toMatchObject({ erasable: true, backups: 1 });
    await erase(t, clientId, true);
    const result = await t.ok('rights.eraseFromBackups', { clientId });
    expect(result.backups).toEqual([{ file: b.file, outcome: 'erased', why: null }]);
    const raw = openRaw(b.file);
    expect(tracesInTables(raw, TRACE_VALUES)).toEqual([]);
    const bytes = plainBytesOf(raw, b.file);
    raw.close();
    expect(tracesInBytes(bytes, TRACE_VALUES)).toEqual([]);
    const rb = verify(b.file);
    expect(rb.problems).toEqual([]);
    const rl = verify(t.open.file);
    expect(rl.problems).toEqual([]);
    expect(t.open.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'erase_from_backups'").pluck().get()).toBe(1);
    t.close();
  }, 90_000);
});

describe('an erasure refused', () => {
  it('before the clinic’s keeping period ends, with the day it becomes possible; nothing is written', async () => {
    const { t, clientId } = await clinic(new Date('2027-03-01T09:00:00Z'));
    const check = await t.ok('rights.erasureCheck', { clientId });
    expect(check).toMatchObject({ erasable: false, earliestOn: '2034-11-21', lastMedicalDay: '2026-11-21', years: 8 });
    const before = t.counts();
    const c = await t.ok('clients.chart', { id: clientId });
    const e = await t.err('rights.erase', {
      clientId,
      expectedVersion: c.client.version,
      reason: 'Asked in writing at reception',
      alsoBackups: false,
    });
    expect(e.message).toBe(
      'The clinic keeps medical records for 8 years after the last treatment, so this record can be erased from 21 Nov 2034. You can archive the client now.',
    );
    expect(t.counts()).toEqual(before);
    // A clinic that keeps none may erase at once.
    await t.ok('settings.update', { medicalRecordYears: 0 });
    expect((await t.ok('rights.erasureCheck', { clientId })).erasable).toBe(true);
    t.close();
  }, 60_000);

  it('with a reason too short, or naming the client, as a field error; nothing is written', async () => {
    const { t, clientId } = await clinic();
    const c = await t.ok('clients.chart', { id: clientId });
    const before = t.counts();
    const base = { clientId, expectedVersion: c.client.version, alsoBackups: false };
    const short = await t.err('rights.erase', { ...base, reason: 'asked' });
    expect(short.fields?.reason).toMatch(/at least 10 characters/);
    const named = await t.err('rights.erase', { ...base, reason: `${TRACES.firstName} asked by email` });
    expect(named.fields?.reason).toBe(
      'Leave the client’s first name out of the reason: the reason stays in the audit trail after the erasure.',
    );
    const missing = await t.err('rights.erase', { clientId, expectedVersion: c.client.version, reason: 'Asked in writing at reception' });
    expect(missing.fields?.alsoBackups).toBe('Say whether to erase the client from the backups too.');
    expect(t.counts()).toEqual(before);
    await erase(t, clientId);
    const again = await t.err('rights.erase', { ...base, expectedVersion: c.client.version + 1, reason: 'Asked in writing at reception' });
    expect(again.message).toBe('This client’s record was erased already.');
    t.close();
  }, 60_000);
});

describe('a trail of the older keyed rule (HMAC over whole entries)', () => {
  /** The clinic's trail as the last version left it: no salts or content hashes, the whole-entry rule. */
  function toOlderRule(file: string, breakEntry?: number): void {
    const raw = openRaw(file);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.exec('UPDATE audit_log SET salt = NULL, content_hash = NULL');
    const rows = raw
      .prepare(
        'SELECT id, at, staff_id AS staffId, entity, entity_id AS entityId, action, before, after, reason FROM audit_log ORDER BY id',
      )
      .all() as AuditRow[];
    const update = raw.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
    let prev = AUDIT_GENESIS;
    for (const { id, ...body } of rows) {
      const hash = auditHash(deriveAuditSecret(TEST_KEY), prev, body);
      update.run(prev, hash, id);
      prev = hash;
    }
    if (breakEntry) raw.prepare("UPDATE audit_log SET reason = 'edited' WHERE id = ?").run(breakEntry);
    raw.exec(AUDIT_NO_UPDATE_SQL);
    raw.transaction(() => markChainKeyed(raw, 'hmac-sha256'))();
    raw.close();
  }

  it('is re-chained to the content rule at open, said in the trail, and a client can then be erased', async () => {
    const { t, clientId } = await clinic();
    const file = t.open.file;
    const entries = t.open.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    t.close();
    toOlderRule(file);
    const open = await openWithTestKey(file);
    const last = open.sqlite.prepare('SELECT action, after FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
      action: string;
      after: string;
    };
    expect(last.action).toBe('audit_rechain');
    expect(JSON.parse(last.after)).toEqual({ rule: 'hmac-sha256-content', from: 'hmac-sha256', through: entries });
    open.close();
    expect(verify(file).problems).toEqual([]);
    const t2 = await testApiOn(file);
    await erase(t2, clientId);
    t2.close();
    expect(verify(file).problems).toEqual([]);
  }, 60_000);

  it('is left as it is when it does not check out, and an erasure is refused rather than hide it', async () => {
    const { t, clientId } = await clinic();
    const file = t.open.file;
    t.close();
    toOlderRule(file, 3);
    const t2 = await testApiOn(file);
    const c = await t2.ok('clients.chart', { id: clientId });
    const before = t2.counts();
    const e = await t2.err('rights.erase', {
      clientId,
      expectedVersion: c.client.version,
      reason: 'Asked in writing at reception',
      alsoBackups: false,
    });
    expect(e.message).toMatch(/^The audit trail did not check out when Stipple opened this database/);
    expect(t2.counts()).toEqual(before);
    t2.close();
    expect(verify(file).audit.problem).toBe('audit entry 3 was changed after it was written');
  }, 60_000);
});

/** The API over an existing file, at LATER. */
const testApiOn = (file: string) => testApi(() => LATER, { file });
