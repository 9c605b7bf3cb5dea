// Statements prepared once per connection. Compiling SQL costs more than running a small query, so
// the hot paths keep their statements. They are kept in a WeakMap keyed by the connection: each
// connection (the app's, a test's, a restore's) gets its own, and they go when it is dropped.
//
//   const ownerCount = preparedOnce('SELECT count(*) FROM staff WHERE role = ?', { pluck: true });
//   ownerCount(sqlite).get('owner');
//
// Drizzle's own queries go through db/statement-cache.ts instead, which Drizzle is given at open.
import type Database from 'better-sqlite3';

type Connection = Database.Database;

/** `build(connection)`, run the first time a connection (or a Drizzle db) asks, then kept for it. */
export function perConnection<C extends object, T>(build: (connection: C) => T): (connection: C) => T {
  const built = new WeakMap<C, T>();
  return (connection) => {
    let value = built.get(connection);
    if (value === undefined) built.set(connection, (value = build(connection)));
    return value;
  };
}

/** One fixed statement; `pluck` hands back the first column instead of a row object. */
export function preparedOnce(source: string, mode: { pluck?: boolean } = {}): (sqlite: Connection) => Database.Statement {
  return perConnection((sqlite: Connection) => {
    const statement = sqlite.prepare(source);
    return mode.pluck ? statement.pluck() : statement;
  });
}

/**
 * For SQL composed at run time (a search's shape depends on the words typed): a cache of its own,
 * whose statement for a given text is prepared the first time a connection runs it. The statement
 * is shared by every call with that text, so set its mode (`.pluck()`) where it is used.
 */
export function preparedBySource(): (sqlite: Connection, source: string) => Database.Statement {
  const statementsOf = perConnection((_: Connection) => new Map<string, Database.Statement>());
  return (sqlite, source) => {
    const statements = statementsOf(sqlite);
    let statement = statements.get(source);
    if (!statement) statements.set(source, (statement = sqlite.prepare(source)));
    return statement;
  };
}
