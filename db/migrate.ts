// Runs drizzle-kit's generated migrations with the foreign-key-safe procedure from DESIGN.md:
// foreign keys off on the connection (not inside the transaction, where it is ignored), every
// pending migration in one transaction, `foreign_key_check` before commit, foreign keys back on.
// Drizzle's own bookkeeping table is kept, so drizzle-kit sees the same history.
import type Database from 'better-sqlite3';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { DatabaseOpenError } from './errors';

const TABLE = '__drizzle_migrations';

export function readMigrations(migrationsFolder: string): MigrationMeta[] {
  return readMigrationFiles({ migrationsFolder });
}

export interface MigrationState {
  applied: number;
  pending: MigrationMeta[];
  /** The file has migrations this build of Stipple does not know. */
  newerThanApp: boolean;
}

export function migrationState(sqlite: Database.Database, migrations: MigrationMeta[]): MigrationState {
  const exists = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(TABLE);
  if (!exists) return { applied: 0, pending: migrations, newerThanApp: false };
  const rows = sqlite.prepare(`SELECT hash, created_at AS createdAt FROM ${TABLE} ORDER BY created_at`).all() as {
    hash: string;
    createdAt: number;
  }[];
  const known = new Set(migrations.map((m) => m.hash));
  const lastKnown = migrations.at(-1)?.folderMillis ?? 0;
  const newerThanApp = rows.some((r) => !known.has(r.hash) && Number(r.createdAt) > lastKnown);
  const last = rows.reduce((max, r) => Math.max(max, Number(r.createdAt)), 0);
  return { applied: rows.length, pending: migrations.filter((m) => m.folderMillis > last), newerThanApp };
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
