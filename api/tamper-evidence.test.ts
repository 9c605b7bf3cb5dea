// Tamper evidence, tried as an attacker who has the decrypted file would: each attack is mounted
// against a real encrypted database (or its backup) with a raw connection, and `verify` must name it.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillClinic } from '../tests/fixtures/clinic';
import { testApi } from './testing';
import {
  auditRowsOf,
  AUDIT_GENESIS,
  CHAIN_TABLE,
  checkAuditRows,
  deriveAuditSecret,
  isChainKeyed,
  unkeyedAuditHash,
  type AuditRow,
} from '../db/audit-chain';
import { headFileFor } from '../db/backup-head';
import { backupDatabase, listBackups, pruneBackups } from '../db/backup';
import { backupFolderFor } from '../db/location';
import { MIGRATIONS_FOLDER, openRaw, openWithTestKey, TEST_KEY, AUDIT_NO_UPDATE_SQL } from '../db/testing';
import { verifyDatabaseFile } from '../db/verify';

const NOW = new Date('2026-11-21T09:00:00Z');
const verify = (file: string) => verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY);

/** A clinic filled through the API (every handler that charts), closed; its file. */
async function clinicFile(more?: (t: Awaited<ReturnType<typeof testApi>>) => Promise<void>): Promise<string> {
  const t = await testApi(() => NOW);
  await fillClinic(t, 2);
  await more?.(t);
  const file = t.open.file;
  t.close();
  return file;
}

function withRaw<T>(file: string, work: (raw: Database.Database) => T): T {
  const raw = openRaw(file);
  try {
    return work(raw);
  } finally {
    raw.close();
  }
}

/** What an attacker with the file can do: rewrite every hash with the old, unkeyed rule (no content hashes). */
function rechainUnkeyed(raw: Database.Database): void {
  raw.exec('DROP TRIGGER audit_log_no_update');
  raw.exec('UPDATE audit_log SET salt = NULL, content_hash = NULL');
  const rows = raw
    .prepare('SELECT id, at, staff_id AS staffId, entity, entity_id AS entityId, action, before, after, reason FROM audit_log ORDER BY id')
    .all() as AuditRow[];
  const update = raw.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
  let prev = AUDIT_GENESIS;
  for (const { id, ...body } of rows) {
    const hash = unkeyedAuditHash(prev, body);
    update.run(prev, hash, id);
    prev = hash;
  }
  raw.exec(AUDIT_NO_UPDATE_SQL);
}

function cutTail(raw: Database.Database, fromId: number): void {
  raw.exec('DROP TRIGGER audit_log_no_delete');
  raw.prepare('DELETE FROM audit_log WHERE id >= ?').run(fromId);
  // AUTOINCREMENT's memory lowered too, so the trail alone cannot tell.
  raw.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_log'").run(fromId - 1);
  raw.exec("CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;");
}

describe('a clinic used only through Stipple', () => {
  it('verifies clean: every chart row is what its audit trail says', async () => {
    const file = await clinicFile(async (t) => {
      const c = await t.ok('clients.create', { firstName: 'Ada', lastName: 'Lovelace' });
      const updated = await t.ok('clients.update', { ...c, id: c.id, expectedVersion: c.version, notes: 'Prefers mornings' });
      await t.ok('clients.archive', { id: c.id, expectedVersion: updated.version, archived: true, reason: 'Moved away' });
      await t.ok('settings.update', { idleLockMinutes: 7 });
    });
    const r = verify(file);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.audit).toMatchObject({ ok: true, keyed: true });
    expect(r.rows).toMatchObject({ changed: 0, added: 0, removed: 0 });
    expect(r.rows!.checked).toBeGreaterThan(15);
  });
});

describe('rows changed outside Stipple', () => {
  it('names a chart row edited with a raw connection, with the columns changed', async () => {
    const file = await clinicFile();
    const s = withRaw(file, (raw) => {
      const session = raw.prepare('SELECT id, client_id AS clientId FROM sessions ORDER BY id DESC LIMIT 1').get() as {
        id: number;
        clientId: number;
      };
      raw.prepare("UPDATE sessions SET notes = 'edited', pigment_shade = 'Black' WHERE id = ?").run(session.id);
      return session;
    });
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.audit.ok).toBe(true); // the trail itself is whole: the row is what differs
    expect(r.problems).toEqual([`Session ${s.id} of client ${s.clientId} was changed outside Stipple: pigment_shade, notes.`]);
  });

  it('names retention notes edited, a row inserted and a row deleted', async () => {
    const file = await clinicFile();
    const found = withRaw(file, (raw) => {
      const note = raw
        .prepare(
          'SELECT r.session_id AS sessionId, s.client_id AS clientId FROM retention_notes r JOIN sessions s ON s.id = r.session_id LIMIT 1',
        )
        .get() as {
        sessionId: number;
        clientId: number;
      };
      raw.prepare("UPDATE retention_notes SET rating = 'held_well' WHERE session_id = ?").run(note.sessionId);
      const added = raw
        .prepare("INSERT INTO clients (first_name, last_name) VALUES ('Eve', 'Intruder') RETURNING id")
        .pluck()
        .get() as number;
      const removed = raw.prepare('SELECT id FROM hairline_requests ORDER BY id LIMIT 1').get() as { id: number };
      const owner = raw.prepare('SELECT client_id FROM hairline_requests WHERE id = ?').pluck().get(removed.id) as number;
      raw.prepare('DELETE FROM hairline_requests WHERE id = ?').run(removed.id);
      return { note, added, removed: removed.id, owner };
    });
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual(
      expect.arrayContaining([
        `Session ${found.note.sessionId} of client ${found.note.clientId} was changed outside Stipple: retention_notes.`,
        `Client ${found.added} was added outside Stipple.`,
        `Hairline request ${found.removed} of client ${found.owner} was removed outside Stipple.`,
      ]),
    );
    expect(r.rows).toMatchObject({ changed: 1, added: 1, removed: 1 });
  });

  it('names a payment added to a deposit', async () => {
    const file = await clinicFile();
    const deposit = withRaw(file, (raw) => {
      const d = raw
        .prepare('SELECT d.id, p.client_id AS clientId FROM deposits d JOIN treatment_plans p ON p.id = d.plan_id LIMIT 1')
        .get() as { id: number; clientId: number };
      raw
        .prepare(
          "INSERT INTO deposit_payments (deposit_id, amount_minor, method, receipt, paid_at) VALUES (?, 6000, 'cash', 'X', '2026-11-20T10:00:00Z')",
        )
        .run(d.id);
      return d;
    });
    expect(verify(file).problems).toEqual([
      `Deposit ${deposit.id} of client ${deposit.clientId} was changed outside Stipple: deposit_payments.`,
    ]);
  });
});

describe('the audit chain is keyed', () => {
  it('fails an audit log rewritten with recomputed plain SHA-256 hashes, with the triggers dropped', async () => {
    const file = await clinicFile();
    withRaw(file, (raw) => {
      // The attacker edits a client and the entry that vouches for it, then recomputes every hash.
      raw.prepare("UPDATE clients SET notes = 'rewritten' WHERE id = 1").run();
      raw.exec('DROP TRIGGER audit_log_no_update');
      const entry = raw
        .prepare("SELECT id, after FROM audit_log WHERE entity = 'client' AND entity_id = '1' ORDER BY id DESC LIMIT 1")
        .get() as { id: number; after: string };
      raw
        .prepare('UPDATE audit_log SET after = ? WHERE id = ?')
        .run(JSON.stringify({ ...JSON.parse(entry.after), notes: 'rewritten' }), entry.id);
      raw.exec("CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'x'); END;");
      rechainUnkeyed(raw);
    });
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.audit).toMatchObject({ ok: false, problem: 'audit entry 1 was changed after it was written' });
  });

  it('fails the same rewrite when the record that the chain is keyed is removed too', async () => {
    const file = await clinicFile();
    withRaw(file, (raw) => {
      rechainUnkeyed(raw);
      raw.exec(`DELETE FROM "${CHAIN_TABLE}"`);
    });
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.audit.problem).toMatch(/^the audit trail is not keyed with the database key/);
  });

  it('cannot be recomputed with another key', async () => {
    const file = await clinicFile();
    const other = deriveAuditSecret('a5'.repeat(32));
    const ok = withRaw(file, (raw) => checkAuditRows(auditRowsOf(raw), other).ok);
    expect(ok).toBe(false);
    expect(withRaw(file, (raw) => checkAuditRows(auditRowsOf(raw), deriveAuditSecret(TEST_KEY)).ok)).toBe(true);
  });
});

describe('the chain head beside each backup', () => {
  it('is written (600) with every verified backup, and pruned with it', async () => {
    const t = await testApi(() => NOW);
    await fillClinic(t, 1);
    const folder = backupFolderFor(t.open.file);
    const b = await backupDatabase(t.open.sqlite, folder, NOW);
    const head = JSON.parse(fs.readFileSync(headFileFor(b.file), 'utf8'));
    const last = t.open.sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string };
    expect(head).toMatchObject({ format: 'stipple-audit-head', backup: path.basename(b.file), id: last.id, hash: last.hash });
    if (process.platform !== 'win32') expect(fs.statSync(headFileFor(b.file)).mode & 0o777).toBe(0o600);
    expect(verify(b.file)).toMatchObject({ ok: true, problems: [] });
    // Ten more the same millisecond: the newest listed first is the last made (-10 after -9).
    for (let i = 0; i < 10; i++) await backupDatabase(t.open.sqlite, folder, NOW);
    expect(
      listBackups(folder)
        .map((x) => path.basename(x.file))
        .slice(0, 3),
    ).toEqual([
      'stipple-2026-11-21T09-00-00-000Z-10.sqlite',
      'stipple-2026-11-21T09-00-00-000Z-9.sqlite',
      'stipple-2026-11-21T09-00-00-000Z-8.sqlite',
    ]);
    const removed = pruneBackups(folder, NOW, { keepToday: 3, maxTotal: 10 });
    expect(removed).toHaveLength(8);
    expect(removed).toContain(b.file);
    for (const f of removed) expect(fs.existsSync(headFileFor(f))).toBe(false);
    expect(fs.readdirSync(folder).filter((n) => n.endsWith('.head'))).toHaveLength(3);
    t.close();
  });

  it('finds entries cut off the end of a backup, with sqlite_sequence lowered too', async () => {
    const t = await testApi(() => NOW);
    await fillClinic(t, 1);
    const b = await backupDatabase(t.open.sqlite, backupFolderFor(t.open.file), NOW);
    t.close();
    const last = withRaw(b.file, (raw) => raw.prepare('SELECT max(id) FROM audit_log').pluck().get() as number);
    withRaw(b.file, (raw) => cutTail(raw, last - 1));
    const r = verify(b.file);
    expect(r.ok).toBe(false);
    expect(r.audit.problem).toBe(
      `the newest audit entries (after ${last - 2}, up to ${last}) were removed: the head written beside the backup records entry ${last}`,
    );
  });

  it('finds the live trail cut back past the newest backup, with sqlite_sequence lowered too', async () => {
    const t = await testApi(() => NOW);
    await fillClinic(t, 1);
    const b = await backupDatabase(t.open.sqlite, backupFolderFor(t.open.file), NOW);
    await t.ok('clients.create', { firstName: 'Late', lastName: 'Entry' });
    const file = t.open.file;
    t.close();
    expect(verify(file).problems).toEqual([]);
    const head = JSON.parse(fs.readFileSync(headFileFor(b.file), 'utf8')) as { id: number };
    withRaw(file, (raw) => {
      cutTail(raw, head.id);
      // The rows those entries vouched for go too, so only the trail could tell.
      raw.exec("DELETE FROM clients WHERE first_name = 'Late'");
    });
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.audit.problem).toBe(
      `audit entry ${head.id}, in the trail when the backup ${b.file} was made, is missing or changed: entries were removed or rewritten`,
    );
  });

  it('refuses a head that was edited', async () => {
    const t = await testApi(() => NOW);
    await fillClinic(t, 1);
    const b = await backupDatabase(t.open.sqlite, backupFolderFor(t.open.file), NOW);
    t.close();
    const head = JSON.parse(fs.readFileSync(headFileFor(b.file), 'utf8'));
    fs.writeFileSync(headFileFor(b.file), JSON.stringify({ ...head, id: head.id - 3 }));
    expect(verify(b.file).audit.problem).toMatch(/the head file beside it .* does not match it/);
  });
});

describe('upgrading a chain from before it was keyed', () => {
  /** A database as the last version left it: the same entries, hashed with the old rule, no keyed record. */
  async function unkeyedFile(): Promise<string> {
    const file = await clinicFile();
    withRaw(file, (raw) => {
      rechainUnkeyed(raw);
      raw.exec(`DROP TABLE "${CHAIN_TABLE}"`);
    });
    return file;
  }

  it('re-chains an unkeyed chain that checks out, at open, in one transaction', async () => {
    const file = await unkeyedFile();
    const before = withRaw(file, (raw) =>
      raw.prepare('SELECT id, at, entity, entity_id, action, before, after, reason FROM audit_log ORDER BY id').all(),
    );
    const open = await openWithTestKey(file);
    expect(isChainKeyed(open.sqlite)).toBe(true);
    // The entries are the same; only their hashes changed, and the guards are back.
    expect(
      open.sqlite
        .prepare('SELECT id, at, entity, entity_id, action, before, after, reason FROM audit_log WHERE id <= ? ORDER BY id')
        .all(before.length),
    ).toEqual(before);
    // …and one entry more says the trail was re-chained to the content rule, through which entry.
    const rechain = open.sqlite.prepare('SELECT id, action, after FROM audit_log WHERE id > ?').all(before.length) as {
      action: string;
      after: string;
    }[];
    expect(rechain).toHaveLength(1);
    expect(rechain[0]!.action).toBe('audit_rechain');
    expect(JSON.parse(rechain[0]!.after)).toMatchObject({ rule: 'hmac-sha256-content', from: 'unkeyed', through: before.length });
    expect(() => open.sqlite.exec("UPDATE audit_log SET reason = 'x' WHERE id = 1")).toThrow(/append-only/);
    open.close();
    expect(verify(file)).toMatchObject({ ok: true, problems: [], audit: { ok: true, keyed: true } });
  });

  it('leaves a broken unkeyed chain as it is, so verify still says where it breaks', async () => {
    const file = await unkeyedFile();
    withRaw(file, (raw) => {
      raw.exec('DROP TRIGGER audit_log_no_update');
      raw.prepare("UPDATE audit_log SET reason = 'laundered?' WHERE id = 3").run();
      raw.exec(AUDIT_NO_UPDATE_SQL);
    });
    const hashes = withRaw(file, (raw) => raw.prepare('SELECT hash FROM audit_log ORDER BY id').pluck().all());
    const open = await openWithTestKey(file);
    expect(isChainKeyed(open.sqlite)).toBe(false);
    open.close();
    expect(withRaw(file, (raw) => raw.prepare('SELECT hash FROM audit_log WHERE id <= ? ORDER BY id').pluck().all(hashes.length))).toEqual(
      hashes,
    );
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.audit.problem).toBe('audit entry 3 was changed after it was written');
  });

  it('checks a plain backup from before encryption with the old rule, and says its trail is unkeyed', async () => {
    const file = await unkeyedFile();
    const plain = path.join(path.dirname(file), 'old-plain.sqlite');
    // Decrypted as a backup from before encryption is: a copy, then its key taken off.
    withRaw(file, (raw) => raw.prepare('VACUUM INTO ?').run(plain));
    withRaw(plain, (raw) => {
      raw.pragma('journal_mode = DELETE');
      raw.pragma("rekey = ''");
    });
    expect(fs.readFileSync(plain).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    const r = verify(plain);
    expect(r).toMatchObject({ ok: true, problems: [], audit: { ok: true, keyed: false } });
    expect(r.audit.note).toMatch(/not keyed/);
  });
});
