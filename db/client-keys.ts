// The search and sort keys stored on each client (core/client-keys.ts computes them), written here
// and nowhere else: by the clients' create and update handlers for one client, and for every client
// at once when the keys' inputs change — after the migration that added them (rows from before),
// after an import, and when the clinic's locale or country changes (in that change's transaction).
import type Database from 'better-sqlite3';
import { clientKeys, keyContext, type ClientKeys, type KeyContext } from '../core/client-keys';
import { preparedOnce } from './prepared';

/** The stored keys, as columns; a client's record shown or audited leaves them out. */
export const CLIENT_KEY_COLUMNS = ['phone_digits', 'search_first', 'search_last', 'search_other', 'sort_first', 'sort_last'] as const;

/** A client row without its derived keys (the record the API returns and audits). */
export function withoutKeys<T extends Partial<ClientKeys>>(row: T): Omit<T, keyof ClientKeys> {
  const { searchFirst: _a, searchLast: _b, searchOther: _c, sortFirst: _d, sortLast: _e, phoneDigits: _f, ...rest } = row;
  return rest;
}

const settingRows = preparedOnce("SELECT key, value FROM settings WHERE key IN ('locale', 'country')");

/** The clinic's locale and country as stored (settings hold JSON values), for the keys. */
export function storedKeyContext(sqlite: Database.Database): KeyContext {
  const rows = settingRows(sqlite).all() as { key: string; value: string }[];
  const read = (key: string) => {
    const raw = rows.find((r) => r.key === key)?.value;
    try {
      const value: unknown = raw === undefined ? null : JSON.parse(raw);
      return typeof value === 'string' ? value : null;
    } catch {
      return null;
    }
  };
  return keyContext({ locale: read('locale'), country: read('country') });
}

/** The keys of a client about to be written, for the clinic as stored. */
export function keysFor(sqlite: Database.Database, client: { firstName: string; lastName: string; phone?: string | null }): ClientKeys {
  return clientKeys(storedKeyContext(sqlite), client);
}

const everyClient = preparedOnce('SELECT id, first_name AS firstName, last_name AS lastName, phone FROM clients');
const missingKeys = preparedOnce("SELECT id, first_name AS firstName, last_name AS lastName, phone FROM clients WHERE sort_last = ''");
const writeKeys = preparedOnce(
  `UPDATE clients SET search_first = @searchFirst, search_last = @searchLast, search_other = @searchOther,
     sort_first = @sortFirst, sort_last = @sortLast, phone_digits = @phoneDigits WHERE id = @id`,
);

type NameRow = { id: number; firstName: string; lastName: string; phone: string | null };

function rewrite(sqlite: Database.Database, rows: NameRow[], context: KeyContext): number {
  const write = writeKeys(sqlite);
  for (const row of rows) write.run({ id: row.id, ...clientKeys(context, row) });
  return rows.length;
}

/**
 * Every client's keys recomputed for the clinic as stored (or the context given: a settings change
 * passes the new one before it is read back). Call inside the transaction that changed what they
 * depend on; better-sqlite3 nests it as a savepoint otherwise. Returns how many were rewritten.
 */
export function refreshClientKeys(sqlite: Database.Database, context: KeyContext = storedKeyContext(sqlite)): number {
  return sqlite.transaction(() => rewrite(sqlite, everyClient(sqlite).all() as NameRow[], context))();
}

/** The keys of clients that have none yet (rows from before the keys, or written by hand in SQL). */
export function fillMissingClientKeys(sqlite: Database.Database): number {
  const hasColumns = (sqlite.pragma('table_info(clients)') as { name: string }[]).some((c) => c.name === 'sort_last');
  if (!hasColumns) return 0;
  // The sort key of a name is never empty, so a filled row is never filled again (a search key may
  // be: a name of punctuation only folds to nothing).
  return rewrite(sqlite, missingKeys(sqlite).all() as NameRow[], storedKeyContext(sqlite));
}
