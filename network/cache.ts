// The workstation's copy of what the chair needs while the hub is away: the charts opened today,
// every client booked today and tomorrow (their charts and list rows), the day's bookings, the
// pigment and staff lists. Encrypted like the outbox, in its own file: it can be thrown away and
// fetched again, the outbox cannot. Each answer is kept with the time it was copied.
import type Database from 'better-sqlite3';
import type { DatabaseKey } from '../db/cipher';
import { openLocalStore } from './local-store';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS answers (
  channel TEXT NOT NULL,
  input TEXT NOT NULL,
  data TEXT NOT NULL,
  copied_at TEXT NOT NULL,
  PRIMARY KEY (channel, input)
);
CREATE TABLE IF NOT EXISTS client_rows (
  list TEXT NOT NULL CHECK (list IN ('search', 'list')),
  client_id INTEGER NOT NULL,
  row TEXT NOT NULL,
  copied_at TEXT NOT NULL,
  PRIMARY KEY (list, client_id)
);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

export interface Copied<T> {
  data: T;
  copiedAt: string;
}

export interface ReadCache {
  put(channel: string, input: string, data: unknown, copiedAt: Date): void;
  get(channel: string, input: string): Copied<unknown> | undefined;
  /** Every kept answer of one channel (to find a session inside the charts). */
  all(channel: string): Copied<unknown>[];
  putClientRow(list: 'search' | 'list', clientId: number, row: unknown, copiedAt: Date): void;
  clientRows(list: 'search' | 'list'): Copied<unknown>[];
  /** When the background copy last completed. */
  copiedAt(): string | null;
  setCopiedAt(at: Date): void;
  /** Drops what was copied before `since` (yesterday's charts): the copy is of today's work. */
  forgetBefore(since: Date): void;
  close(): void;
}

export function openReadCache(folder: string, key: DatabaseKey): ReadCache {
  const sqlite: Database.Database = openLocalStore(folder, 'copy.sqlite', key, SCHEMA, 'cache');
  const s = {
    put: sqlite.prepare('INSERT OR REPLACE INTO answers (channel, input, data, copied_at) VALUES (?, ?, ?, ?)'),
    get: sqlite.prepare('SELECT data, copied_at AS copiedAt FROM answers WHERE channel = ? AND input = ?'),
    all: sqlite.prepare('SELECT data, copied_at AS copiedAt FROM answers WHERE channel = ?'),
    putRow: sqlite.prepare('INSERT OR REPLACE INTO client_rows (list, client_id, row, copied_at) VALUES (?, ?, ?, ?)'),
    rows: sqlite.prepare('SELECT row AS data, copied_at AS copiedAt FROM client_rows WHERE list = ?'),
    meta: sqlite.prepare("SELECT value FROM meta WHERE name = 'copiedAt'").pluck(),
    setMeta: sqlite.prepare("INSERT OR REPLACE INTO meta (name, value) VALUES ('copiedAt', ?)"),
    forgetAnswers: sqlite.prepare('DELETE FROM answers WHERE copied_at < ?'),
    forgetRows: sqlite.prepare('DELETE FROM client_rows WHERE copied_at < ?'),
  };
  const parse = (r: { data: string; copiedAt: string }): Copied<unknown> => ({ data: JSON.parse(r.data) as unknown, copiedAt: r.copiedAt });
  return {
    put: (channel, input, data, at) => void s.put.run(channel, input, JSON.stringify(data ?? null), at.toISOString()),
    get(channel, input) {
      const r = s.get.get(channel, input) as { data: string; copiedAt: string } | undefined;
      return r && parse(r);
    },
    all: (channel) => (s.all.all(channel) as { data: string; copiedAt: string }[]).map(parse),
    putClientRow: (list, id, row, at) => void s.putRow.run(list, id, JSON.stringify(row), at.toISOString()),
    clientRows: (list) => (s.rows.all(list) as { data: string; copiedAt: string }[]).map(parse),
    copiedAt: () => (s.meta.get() as string | undefined) ?? null,
    setCopiedAt: (at) => void s.setMeta.run(at.toISOString()),
    forgetBefore(since) {
      const iso = since.toISOString();
      sqlite.transaction(() => {
        s.forgetAnswers.run(iso);
        s.forgetRows.run(iso);
      })();
    },
    close: () => sqlite.close(),
  };
}
