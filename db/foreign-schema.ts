// The allow-list for a file from elsewhere: every table, index, trigger and view a Stipple database
// can hold, derived once from the migrations themselves (run into a scratch in-memory database, one
// at a time, the schema read after each). A file is compared with it by reading sqlite_master only,
// before any of its own SQL (a view, a trigger, a CHECK or index expression) could run; and the only
// table names ever put into SQL for such a file come from here, never from the file.
import Database from 'better-sqlite3';
import type { MigrationMeta } from 'drizzle-orm/migrator';
import { markChainKeyed } from './audit-chain';
import { migrationState, runMigrations, type MigrationState } from './migrate';

export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/**
 * Our schema after 0, 1, … n migrations; plus what may appear at any version: SQLite's statistics
 * tables (ANALYZE, optimize) and the tables Stipple creates outside its migrations (the keyed chain's
 * record, db/audit-chain.ts).
 */
export interface KnownSchemas {
  levels: SchemaObject[][];
  anyLevel: SchemaObject[];
}

const MIGRATIONS_TABLE = '__drizzle_migrations';
/** More schema rows than this is not a Stipple file (ours has under a hundred); none are read past it. */
const MAX_OBJECTS = 2000;
const cache = new Map<string, KnownSchemas>();

/**
 * SQL text compared up to layout: runs of white space are one space, none around ( ) , ; — so a
 * guard put back with other line breaks is still ours. It never joins two tokens into one, and our
 * own statements hold no comments, so a text that matches ours here means what ours means.
 */
export function sqlLayout(sql: string | null): string | null {
  return sql === null
    ? null
    : sql
        .replace(/\s+/g, ' ')
        .replace(/ ?([(),;]) ?/g, '$1')
        .replace(/;$/, '')
        .trim();
}

const keyOf = (o: SchemaObject) => JSON.stringify([o.type, o.name, o.tbl_name, sqlLayout(o.sql)]);

function readSchema(sqlite: Database.Database, limit = MAX_OBJECTS + 1): SchemaObject[] {
  return sqlite.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name LIMIT ?').all(limit) as SchemaObject[];
}

export function knownSchemas(migrations: MigrationMeta[], options: { nativeBinding?: string } = {}): KnownSchemas {
  const id = migrations.map((m) => m.hash).join(',');
  const cached = cache.get(id);
  if (cached) return cached;
  const scratch = new Database(':memory:', options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    const levels = [readSchema(scratch)];
    for (const migration of migrations) {
      runMigrations(scratch, [migration]);
      levels.push(readSchema(scratch));
    }
    const before = new Set(readSchema(scratch).map(keyOf));
    scratch.exec('ANALYZE');
    scratch.transaction(() => markChainKeyed(scratch))();
    const anyLevel = readSchema(scratch).filter((o) => !before.has(keyOf(o)));
    const known = { levels, anyLevel };
    cache.set(id, known);
    return known;
  } finally {
    scratch.close();
  }
}

const tablesOf = (objects: SchemaObject[]) => objects.filter((o) => o.type === 'table' && !o.name.startsWith('sqlite_')).map((o) => o.name);

/** Our tables at a schema level: the names that may be put into SQL for a file at that level. */
export function ourTables(known: KnownSchemas, level: number): string[] {
  return [...tablesOf(known.levels[level] ?? []), ...tablesOf(known.anyLevel)].sort();
}

export interface ForeignSchemaCheck {
  /** A plain sentence when the file holds anything we do not know (or lacks a table); null when it is ours. */
  problem: string | null;
  /** Read from the file's own migrations table once that table is known to be ours; null when it was not read. */
  state: MigrationState | null;
  /** The schema level the file is at, and its tables by our allow-list; [] when refused. */
  level: number;
  tables: string[];
  /** Our triggers at that level (an old file predates the audit log's guards). */
  triggers: string[];
}

/** A name from a file, safe to show: no control characters, not too long. */
export function shownName(name: string): string {
  const clean = Array.from(name, (c) => (c < ' ' || c === '\u007f' ? '?' : c)).join('');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

function describeObjects(objects: SchemaObject[], ours: SchemaObject[]): string {
  const named = objects.slice(0, 3).map((o) => {
    const same = ours.find((k) => k.name === o.name);
    const name = shownName(o.name);
    if (!same) return `a ${o.type} “${name}”`;
    return same.type === o.type
      ? `the ${o.type} “${name}” changed from Stipple’s`
      : `a ${o.type} “${name}” where Stipple has a ${same.type}`;
  });
  const more = objects.length > 3 ? `, and ${objects.length - 3} more` : '';
  return `${named.join(', ')}${more}`;
}

/**
 * Compares a foreign file's schema with ours, reading sqlite_master only (and the migrations table
 * once it is known to be exactly ours). Runs none of the file's SQL.
 */
export function checkForeignSchema(
  sqlite: Database.Database,
  file: string,
  migrations: MigrationMeta[],
  known: KnownSchemas,
): ForeignSchemaCheck {
  const refused = (problem: string, state: MigrationState | null = null): ForeignSchemaCheck => ({
    problem,
    state,
    level: 0,
    tables: [],
    triggers: [],
  });
  const found = readSchema(sqlite);
  if (found.length > MAX_OBJECTS) {
    return refused(
      `${file} has thousands of tables, views and triggers; a Stipple database has a few dozen. Stipple did not read it further.`,
    );
  }
  const anyLevel = new Set([...known.levels.flat(), ...known.anyLevel].map(keyOf));
  const strangers = found.filter((o) => !anyLevel.has(keyOf(o)));
  if (strangers.length > 0) return refused(notOurs(file, strangers, known.levels.at(-1) ?? []));

  // Every object is one of ours at some version, the migrations table included: reading it runs nothing of the file's.
  const state = migrationState(sqlite, migrations);
  if (state.newerThanApp || state.unrecognised) return { problem: null, state, level: 0, tables: [], triggers: [] };
  const level = migrations.findLastIndex((m) => !state.pending.includes(m)) + 1;
  const ours = [...(known.levels[level] ?? []), ...known.anyLevel];
  const oursKeys = new Set(ours.map(keyOf));
  const mixed = found.filter((o) => !oursKeys.has(keyOf(o)));
  if (mixed.length > 0) return refused(notOurs(file, mixed, ours), state);
  const present = new Set(found.filter((o) => o.type === 'table').map((o) => o.name));
  const missing = tablesOf(known.levels[level] ?? []).filter((t) => !present.has(t) && t !== MIGRATIONS_TABLE);
  if (missing.length > 0 && level > 0) {
    const list = missing
      .slice(0, 3)
      .map((t) => `“${t}”`)
      .join(', ');
    return refused(
      `${file} is missing part of a Stipple database (the table${missing.length > 1 ? 's' : ''} ${list}). Stipple did not read it further.`,
      state,
    );
  }
  return {
    problem: null,
    state,
    level,
    tables: ourTables(known, level).filter((t) => present.has(t)),
    triggers: (known.levels[level] ?? []).filter((o) => o.type === 'trigger').map((o) => o.name),
  };
}

function notOurs(file: string, objects: SchemaObject[], ours: SchemaObject[]): string {
  return `${file} holds things a Stipple database never has (${describeObjects(objects, ours)}), so Stipple did not read it further. It was edited outside Stipple or made to attack it.`;
}

/** Row count of each of the given tables: names from ourTables(), never from the file. */
export function countTables(sqlite: Database.Database, tables: string[]): Record<string, number> {
  return Object.fromEntries(
    tables.map((t) => [
      t,
      sqlite
        .prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}
