// Drizzle over a connection opened elsewhere (a task's own, in a worker), as openDatabase() sets it up.
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from './open';
import * as schema from './schema';
import { withStatementCache } from './statement-cache';

export function drizzleOn(sqlite: Database.Database): Db {
  return drizzle(withStatementCache(sqlite), { schema });
}
