// A workstation's own SQLite files (the outbox, the copy of today's charts): encrypted with the
// workstation's key (db/cipher.ts), in a folder only its user can open (700), each file 600. WAL with
// synchronous=FULL for the outbox: a change it accepted is on disk before the practitioner is told
// so. The copy is a cache fetched again at will: NORMAL, so opening a chart never waits on a flush.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { isNotADatabase, openKeyed, type DatabaseKey } from '../db/cipher';

export function openLocalStore(
  folder: string,
  name: string,
  key: DatabaseKey,
  schema: string,
  durability: 'full' | 'cache' = 'full',
): Database.Database {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  fs.chmodSync(folder, 0o700); // a folder that existed already is closed up too
  const file = path.join(folder, name);
  if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, 'wx', 0o600));
  fs.chmodSync(file, 0o600);
  const sqlite = openKeyed(file, key);
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get(); // the key is tried on the first read
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(durability === 'full' ? 'synchronous = FULL' : 'synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.exec(schema);
    return sqlite;
  } catch (error) {
    sqlite.close();
    if (isNotADatabase(error)) {
      throw new Error(`${file} cannot be opened with this workstation’s key (or it is not Stipple’s). It was left untouched.`, {
        cause: error,
      });
    }
    throw error;
  }
}
