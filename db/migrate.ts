// Runs drizzle-kit's generated migrations the foreign-key-safe way: foreign keys off on the
// connection (not inside the transaction, where it is ignored), every pending migration in one
// transaction, `foreign_key_check` before commit, foreign keys back on. Drizzle's own bookkeeping
// table is kept (a row per applied migration: the hash of its SQL file and the journal's timestamp),
// so drizzle-kit sees the same history.
import type Database from 'better-sqlite3';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { fillMissingClientKeys } from './client-keys';
import { DatabaseOpenError } from './errors';

const TABLE = '__drizzle_migrations';

export function readMigrations(migrationsFolder: string): MigrationMeta[] {
  return readMigrationFiles({ migrationsFolder });
}

export interface MigrationState {
  applied: number;
  /** The journal's migrations whose hash the database has not recorded, in the journal's order. */
  pending: MigrationMeta[];
  /** The file has migrations this build of Stipple does not know, newer than all it does know. */
  newerThanApp: boolean;
  /**
   * The history does not match this build's: a migration this build knows is missing although a
   * later one in the journal was applied, or one it does not know was applied among those it does.
   * Running the missing ones now would apply them in an order no new database ever gets, so the
   * file is refused and left untouched.
   */
  unrecognised: boolean;
}

// Pending is decided per migration by its hash, not by the newest timestamp applied: a migration
// merged in later with an older timestamp than one already applied is still run. It is run only if
// it comes after every applied migration in the journal, the order every new database gets them in.
export function migrationState(sqlite: Database.Database, migrations: MigrationMeta[]): MigrationState {
  const exists = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(TABLE);
  if (!exists) return { applied: 0, pending: migrations, newerThanApp: false, unrecognised: false };
  const rows = sqlite.prepare(`SELECT hash, created_at AS createdAt FROM ${TABLE} ORDER BY id`).all() as {
    hash: string;
    createdAt: number;
  }[];
  const applied = new Set(rows.map((r) => r.hash));
  const known = new Set(migrations.map((m) => m.hash));
  const lastKnown = Math.max(0, ...migrations.map((m) => m.folderMillis));
  const unknown = rows.filter((r) => !known.has(r.hash));
  const newerThanApp = unknown.some((r) => Number(r.createdAt) > lastKnown);
  const firstMissing = migrations.findIndex((m) => !applied.has(m.hash));
  const lastApplied = migrations.findLastIndex((m) => applied.has(m.hash));
  const gap = firstMissing !== -1 && firstMissing < lastApplied;
  const stranger = unknown.some((r) => Number(r.createdAt) <= lastKnown);
  return {
    applied: rows.length,
    pending: migrations.filter((m) => !applied.has(m.hash)),
    newerThanApp,
    unrecognised: !newerThanApp && (gap || stranger),
  };
}

export function runMigrations(sqlite: Database.Database, pending: MigrationMeta[]): void {
  if (pending.length === 0) return;
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric)`);
    const record = sqlite.prepare(`INSERT INTO ${TABLE} (hash, created_at) VALUES (?, ?)`);
    sqlite.transaction(() => {
      for (const migration of pending) {
        for (const statement of migration.sql) {
          if (statement.trim()) sqlite.exec(statement);
        }
        record.run(migration.hash, migration.folderMillis);
      }
      // Derived keys SQL cannot compute (clients' search and sort keys) for rows the migrations
      // gave empty ones, in the same transaction: a database never opens with clients unsearchable.
      fillMissingClientKeys(sqlite);
      const broken = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
      if (broken.length > 0) {
        const first = broken[0]!;
        throw new DatabaseOpenError(
          'migration_failed',
          `Updating the database would break ${broken.length} link(s), first in ${first.table} → ${first.parent}. Nothing was changed.`,
        );
      }
    })();
    sqlite.pragma(`user_version = ${sqlite.prepare(`SELECT count(*) AS n FROM ${TABLE}`).pluck().get() as number}`);
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
