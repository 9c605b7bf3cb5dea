// For the task tests: a clinic with real charts (through the API) plus many plain clients, quickly.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Progress } from './types';

/** `count` more clients written straight into the database: enough for an export to take a while. */
export function addPlainClients(sqlite: Database.Database, count: number): void {
  const insert = sqlite.prepare(
    "INSERT INTO clients (first_name, last_name, phone, phone_digits) VALUES (?, ?, '0700 123 456', '0700123456')",
  );
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(`Pat${i}`, `Lindqvist${i % 97}`);
  })();
}

/** Every file under `folder`, by relative path, with its content. */
export function folderContents(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else out[path.relative(folder, full)] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(folder);
  return out;
}

/** Every row of every table (SQLite's bookkeeping left out), to compare two databases. */
/**
 * An audit entry's salt is random, so its content hash and the chain's hashes differ between two
 * databases that hold the same entries: the entries are compared without them.
 */
const columnsOf = (table: string) =>
  table === 'audit_log' ? 'id, at, staff_id, entity, entity_id, action, before, after, reason, redacted_by' : '*';

export function tableRows(sqlite: Database.Database, without: string[] = []): Record<string, unknown[]> {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables
      .filter((t) => !without.includes(t))
      .map((t) => [
        t,
        sqlite
          .prepare(`SELECT ${columnsOf(t)} FROM "${t}" ORDER BY rowid`)
          .raw()
          .all(),
      ]),
  );
}

/** The rules every task's progress keeps: in order within a step, from 0, ending at done === total. */
export function progressProblems(events: Progress[]): string[] {
  const problems: string[] = [];
  if (events.length === 0) return ['no progress at all'];
  let previous: Progress | null = null;
  for (const e of events) {
    if (!Number.isInteger(e.done) || !Number.isInteger(e.total) || e.done < 0 || e.done > e.total)
      problems.push(`out of range: ${JSON.stringify(e)}`);
    if (e.step.trim() === '') problems.push('a step without words');
    if (previous && previous.step === e.step && e.done < previous.done)
      problems.push(`went back: ${JSON.stringify(previous)} then ${JSON.stringify(e)}`);
    if ((!previous || previous.step !== e.step) && e.done !== 0) problems.push(`a step that did not start at 0: ${JSON.stringify(e)}`);
    if (previous && previous.step !== e.step && previous.done !== previous.total)
      problems.push(`a step left unfinished: ${JSON.stringify(previous)}`);
    previous = e;
  }
  if (previous && previous.done !== previous.total) problems.push(`ended before done === total: ${JSON.stringify(previous)}`);
  return problems;
}
