// The outbox: chair-side changes made while the hub could not be reached, kept durably in order on
// the workstation (an encrypted SQLite file), each with its unique key, the staff member signed in
// and the time they saved it. Sent in order when the hub is back (./outbox-send.ts); a change the
// hub refuses (someone changed the record meanwhile) moves to "needs attention", never waits silently.
import type Database from 'better-sqlite3';
import crypto from 'node:crypto';
import type { DatabaseKey } from '../db/cipher';
import type { ApiError } from '../api/result';
import { openLocalStore } from './local-store';

export type OutboxState = 'waiting' | 'sending' | 'sent' | 'attention';

export interface OutboxEntry {
  seq: number;
  key: string;
  channel: string;
  input: unknown;
  staffId: number | null;
  savedAt: string;
  state: OutboxState;
  attempts: number;
  /** For 'attention': the hub's refusal. */
  error: ApiError | null;
}

export interface NewChange {
  channel: string;
  /** Already checked against the contract (network/workstation-api.ts does, before adding). */
  input: unknown;
  staffId: number | null;
  savedAt: Date;
  /** Given when the change was first tried online and its answer was lost: the same key again. */
  key?: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  key TEXT NOT NULL UNIQUE,
  channel TEXT NOT NULL,
  input TEXT NOT NULL,
  staff_id INTEGER,
  saved_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('waiting', 'sending', 'sent', 'attention')),
  attempts INTEGER NOT NULL DEFAULT 0,
  -- Later saves of the same draft replace one not yet sent: 'draft:<client>:<form>'.
  replaces TEXT,
  result TEXT,
  error TEXT,
  done_at TEXT
);
CREATE INDEX IF NOT EXISTS outbox_state_idx ON outbox (state, seq);
`;

/** Sent changes are kept this long (the hub keeps their keys 90 days), then forgotten. */
const KEEP_SENT_MS = 7 * 86_400_000;

interface Row {
  seq: number;
  key: string;
  channel: string;
  input: string;
  staff_id: number | null;
  saved_at: string;
  state: OutboxState;
  attempts: number;
  error: string | null;
}

const toEntry = (r: Row): OutboxEntry => ({
  seq: r.seq,
  key: r.key,
  channel: r.channel,
  input: JSON.parse(r.input) as unknown,
  staffId: r.staff_id,
  savedAt: r.saved_at,
  state: r.state,
  attempts: r.attempts,
  error: r.error === null ? null : (JSON.parse(r.error) as ApiError),
});

function replacesKey(channel: string, input: unknown): string | null {
  if (channel !== 'drafts.save' && channel !== 'drafts.discard') return null;
  const { clientId, form } = input as { clientId: number; form: string };
  return `draft:${clientId}:${form}`;
}

export interface Outbox {
  /** Keeps the change; on disk when it returns. The same change still waiting is not added twice. */
  add(change: NewChange): OutboxEntry;
  /** Waiting and sending changes, in the order they were saved. */
  pending(): OutboxEntry[];
  attention(): OutboxEntry[];
  /** `waiting`: every change not yet applied at the hub; `changes`: those of them that are not drafts (what the header counts). */
  counts(): { waiting: number; changes: number; attention: number };
  /** These may reach the hub from now on: only ever resent with their keys (one write for all). */
  markSending(keys: readonly string[]): void;
  markSent(key: string, result: unknown, now: Date): void;
  markAttention(key: string, error: ApiError, now: Date): void;
  /** After the person looked at it: send it again (back in its place in the order; `input` replaces what is sent), or let it go. */
  retry(key: string, input?: unknown): void;
  dismiss(key: string, now: Date): void;
  close(): void;
}

export function openOutbox(folder: string, key: DatabaseKey, now: Date = new Date()): Outbox {
  const sqlite: Database.Database = openLocalStore(folder, 'outbox.sqlite', key, SCHEMA);
  sqlite.prepare("DELETE FROM outbox WHERE state = 'sent' AND done_at < ?").run(new Date(now.getTime() - KEEP_SENT_MS).toISOString());
  const columns = 'seq, key, channel, input, staff_id, saved_at, state, attempts, error';
  const s = {
    same: sqlite.prepare(`SELECT ${columns} FROM outbox WHERE channel = ? AND input = ? AND state IN ('waiting', 'sending')`),
    dropReplaced: sqlite.prepare("DELETE FROM outbox WHERE replaces = ? AND state = 'waiting'"),
    insert: sqlite.prepare(
      `INSERT INTO outbox (key, channel, input, staff_id, saved_at, state, replaces)
       VALUES (?, ?, ?, ?, ?, 'waiting', ?) RETURNING ${columns}`,
    ),
    pending: sqlite.prepare(`SELECT ${columns} FROM outbox WHERE state IN ('waiting', 'sending') ORDER BY seq`),
    attention: sqlite.prepare(`SELECT ${columns} FROM outbox WHERE state = 'attention' ORDER BY seq`),
    counts: sqlite.prepare(
      `SELECT sum(state IN ('waiting', 'sending')) AS waiting, sum(state IN ('waiting', 'sending') AND replaces IS NULL) AS changes,
         sum(state = 'attention') AS attention FROM outbox`,
    ),
    sending: sqlite.prepare("UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE key = ?"),
    sent: sqlite.prepare("UPDATE outbox SET state = 'sent', result = ?, error = NULL, done_at = ? WHERE key = ?"),
    refused: sqlite.prepare("UPDATE outbox SET state = 'attention', error = ?, done_at = ? WHERE key = ?"),
    retry: sqlite.prepare("UPDATE outbox SET state = 'sending', error = NULL, done_at = NULL WHERE key = ? AND state = 'attention'"),
    retryWith: sqlite.prepare(
      "UPDATE outbox SET state = 'sending', input = ?, error = NULL, done_at = NULL WHERE key = ? AND state = 'attention'",
    ),
    dismiss: sqlite.prepare("UPDATE outbox SET state = 'sent', done_at = ? WHERE key = ? AND state = 'attention'"),
  };
  const add = sqlite.transaction((change: NewChange): OutboxEntry => {
    const input = JSON.stringify(change.input);
    const already = s.same.get(change.channel, input) as Row | undefined;
    if (already) return toEntry(already); // the same save pressed twice
    const replaces = replacesKey(change.channel, change.input);
    if (replaces) s.dropReplaced.run(replaces);
    const row = s.insert.get(
      change.key ?? crypto.randomUUID(),
      change.channel,
      input,
      change.staffId,
      change.savedAt.toISOString(),
      replaces,
    ) as Row;
    return toEntry(row);
  });
  const markSending = sqlite.transaction((keys: readonly string[]) => {
    for (const k of keys) s.sending.run(k);
  });
  const relaxed = (write: () => unknown) => {
    sqlite.pragma('synchronous = NORMAL');
    try {
      write();
    } finally {
      sqlite.pragma('synchronous = FULL');
    }
  };
  return {
    add: (change) => add.immediate(change),
    pending: () => (s.pending.all() as Row[]).map(toEntry),
    attention: () => (s.attention.all() as Row[]).map(toEntry),
    counts() {
      const c = s.counts.get() as { waiting: number | null; changes: number | null; attention: number | null };
      return { waiting: c.waiting ?? 0, changes: c.changes ?? 0, attention: c.attention ?? 0 };
    },
    markSending: (keys) => markSending.immediate(keys),
    // Not waited for on disk: a mark lost in a crash only means the change is sent again, and the
    // hub answers that from its key. What the outbox accepted (add) always is on disk.
    markSent: (k, result, at) => relaxed(() => s.sent.run(JSON.stringify(result ?? null), at.toISOString(), k)),
    markAttention: (k, error, at) => relaxed(() => s.refused.run(JSON.stringify(error), at.toISOString(), k)),
    retry: (k, input) => void (input === undefined ? s.retry.run(k) : s.retryWith.run(JSON.stringify(input), k)),
    dismiss: (k, at) => void s.dismiss.run(at.toISOString(), k),
    close: () => sqlite.close(),
  };
}
