// Test databases built from the real migrations, in their own temp folder, encrypted with a fixed
// test key as every Stipple database is. Open raw connections to them with openRaw(), not new Database().
import type Database from 'better-sqlite3';
import { createDecipheriv } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openForReading, openKeyed, type DatabaseKey } from './cipher';
import { openDatabase, type OpenDatabase, type OpenOptions } from './open';

/** The key every test database is encrypted with (never a real clinic's: it is in the source). */
export const TEST_KEY: DatabaseKey = '5e'.repeat(32);

/** A raw connection to a test database or backup, keyed with TEST_KEY. */
export function openRaw(file: string, options: Database.Options = {}): Database.Database {
  return openKeyed(file, TEST_KEY, options);
}

/** openDatabase() with the test key. */
export function openWithTestKey(
  file: string,
  options: Omit<OpenOptions, 'key'> = { migrationsFolder: MIGRATIONS_FOLDER },
): Promise<OpenDatabase> {
  return openDatabase(file, { key: TEST_KEY, ...options });
}

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export function tempDir(prefix = 'stipple-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function openTestDatabase(file = path.join(tempDir(), 'chart.sqlite')): Promise<OpenDatabase> {
  return openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER, key: TEST_KEY });
}

/**
 * Damages one table of a closed database file the way a failing disk might: every page of the
 * table's b-tree below its root is overwritten, and the rest of the file (page 1, the schema, the
 * other tables) stays readable. Leaves the file checkpointed, with no -wal beside it.
 */
export function damageTable(file: string, table: string, key: DatabaseKey = TEST_KEY): void {
  const db = openForReading(file, key); // an old plain file too
  db.pragma('wal_checkpoint(TRUNCATE)');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND path <> '/'").pluck().all(table) as number[];
  db.close();
  if (pages.length === 0) throw new Error(`${table} has no pages below its root to damage`);
  const bytes = fs.readFileSync(file);
  for (const page of pages) bytes.fill(0xa5, (page - 1) * pageSize, page * pageSize);
  fs.writeFileSync(file, bytes);
}

/**
 * The audit log's update guard as the newest migration writes it, for tests that lift it to tamper
 * with an entry and put it back as Stipple's own (verify compares it with Stipple's schema).
 */
export const AUDIT_NO_UPDATE_SQL: string = (() => {
  const files = fs
    .readdirSync(MIGRATIONS_FOLDER)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  let found = '';
  for (const f of files) {
    const text = fs.readFileSync(path.join(MIGRATIONS_FOLDER, f), 'utf8');
    const at = text.lastIndexOf('CREATE TRIGGER `audit_log_no_update`');
    if (at >= 0) found = text.slice(at, text.indexOf('END;', at) + 'END;'.length);
  }
  return found;
})();

/**
 * Every page of an encrypted database file decrypted as it lies on disk (SQLCipher 4: AES-256-CBC
 * with the page's IV in its 80 reserved bytes; page 1 keeps its 16-byte salt plain), free pages and
 * the unused space of each page included: what someone with the key could read off the disk.
 */
export function decryptedPages(file: string, key: DatabaseKey = TEST_KEY, pageSize = 4096): Buffer {
  const RESERVED = 80;
  const bytes = fs.readFileSync(file);
  const pages: Buffer[] = [];
  for (let at = 0; at + pageSize <= bytes.length; at += pageSize) {
    const page = bytes.subarray(at, at + pageSize);
    const iv = page.subarray(pageSize - RESERVED, pageSize - RESERVED + 16);
    const decipher = createDecipheriv('aes-256-cbc', Buffer.from(key, 'hex'), iv);
    decipher.setAutoPadding(false);
    pages.push(Buffer.concat([decipher.update(page.subarray(at === 0 ? 16 : 0, pageSize - RESERVED)), decipher.final()]));
  }
  return Buffer.concat(pages);
}
