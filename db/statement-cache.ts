// Drizzle prepares a new better-sqlite3 statement for every query it runs; compiling the SQL again
// each time is most of the cost of a small read or write. Drizzle is given this view of the
// connection instead, whose prepare() hands back the statement already compiled for the same SQL.
// Everything else (transactions, pragmas) goes to the real connection. Only Drizzle sees the cache:
// code that prepares on the connection itself keeps its own statements and their modes.
import type Database from 'better-sqlite3';

/** Enough for every statement shape the app's handlers build; the oldest are dropped beyond it. */
const MAX_STATEMENTS = 1000;

export function withStatementCache(sqlite: Database.Database): Database.Database {
  const cache = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source); // re-inserted below: most recently used last
      // Drizzle switches a statement to raw (array) rows for mapped selects and expects objects
      // otherwise; a statement from the cache starts in the default mode, like a new one.
      if (statement.reader) statement.raw(false);
    } else {
      statement = sqlite.prepare(source);
      if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, statement);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
