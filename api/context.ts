import type Database from 'better-sqlite3';
import type { Db } from '../db/open';

/** What a handler gets: the database and who is acting. Nothing of Electron or HTTP. */
export interface HandlerContext {
  db: Db;
  sqlite: Database.Database;
  /** The signed-in staff member, or null before anyone has signed in. */
  actorId: number | null;
  now(): Date;
  /** The database file and its migrations, for backup and restore. */
  files?: { database: string; migrationsFolder: string | null };
}
