// Whole-clinic export in open formats, so the clinic can take its data anywhere:
//   charts/<id>-<name>.json  one file per client: the client row and every row that belongs to them
//   clinic.json              staff (without PIN hashes), settings, pigments, templates, the audit log
//   csv/<table>.csv          every table as CSV (UTF-8, header row)
//   README.md                what each file and column holds
// Rows are exported as stored (snake_case columns), so db/import.ts can rebuild the same charts.
// Ownership is read from the foreign keys, so tables added later are exported without changes here.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describeColumns } from './export-readme';

export const EXPORT_FORMAT = 'stipple-export';
export const EXPORT_VERSION = 1;
/** Columns never exported: secrets that are of no use outside this installation. */
export const SECRET_COLUMNS: Record<string, string[]> = { staff: ['pin_hash'] };

type Row = Record<string, unknown>;

export interface ChartExport {
  format: typeof EXPORT_FORMAT;
  kind: 'chart';
  version: number;
  schemaVersion: number;
  exportedAt: string;
  client: Row;
  /** Table → rows belonging to this client, in an order that satisfies the foreign keys. */
  tables: Record<string, Row[]>;
}

export interface ClinicExport {
  format: typeof EXPORT_FORMAT;
  kind: 'clinic';
  version: number;
  schemaVersion: number;
  exportedAt: string;
  tables: Record<string, Row[]>;
}

export interface ExportResult {
  folder: string;
  charts: number;
  tables: Record<string, number>;
  files: number;
}

interface Fk {
  table: string;
  from: string;
}

/** Ordinary tables in foreign-key order (parents first), without SQLite's and drizzle's bookkeeping. */
export function exportableTables(sqlite: Database.Database): string[] {
  const rows = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'`)
    .all() as { name: string; sql: string }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
  const names = rows.map((r) => r.name).filter((n) => !virtual.includes(n) && !virtual.some((v) => n.startsWith(`${v}_`)));
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const fk of foreignKeys(sqlite, name)) if (names.includes(fk.table) && fk.table !== name) visit(fk.table, path);
    ordered.push(name);
  };
  for (const n of names.sort()) visit(n, new Set());
  return ordered;
}

function foreignKeys(sqlite: Database.Database, table: string): Fk[] {
  return sqlite.pragma(`foreign_key_list("${table}")`) as Fk[];
}

/** For each chart table, the columns that lead (directly or through a parent) to the client, best first. */
export function chartOwnership(sqlite: Database.Database, tables: string[]): Map<string, { column: string; parent: string }[]> {
  const owned = new Map<string, { column: string; parent: string }[]>();
  for (const t of tables) {
    if (t === 'clients') continue;
    // A direct client_id first; then links to tables already known to be a chart's. A row may leave
    // one link empty (a deposit not yet applied to a session), so every candidate is kept.
    const links = foreignKeys(sqlite, t)
      .filter((f) => f.table === 'clients' || owned.has(f.table))
      .sort((a, b) => Number(b.table === 'clients') - Number(a.table === 'clients'))
      .map((f) => ({ column: f.from, parent: f.table }));
    if (links.length > 0) owned.set(t, links);
  }
  return owned;
}

function selectRows(sqlite: Database.Database, table: string): Row[] {
  const secret = SECRET_COLUMNS[table] ?? [];
  const rows = sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Row[];
  if (secret.length === 0) return rows;
  return rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !secret.includes(k))));
}

export function schemaVersion(sqlite: Database.Database): number {
  try {
    return sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
  } catch {
    return 0;
  }
}

/** Groups every chart row by the client it belongs to. */
export function collectCharts(sqlite: Database.Database, now: Date = new Date()): { charts: ChartExport[]; clinic: ClinicExport } {
  const tables = exportableTables(sqlite);
  const owners = chartOwnership(sqlite, tables);
  const base = { format: EXPORT_FORMAT, version: EXPORT_VERSION, schemaVersion: schemaVersion(sqlite), exportedAt: now.toISOString() } as const;
  const clientOf = new Map<string, Map<unknown, number>>(); // table → row id → client id
  const charts = new Map<number, ChartExport>();
  const clinic: ClinicExport = { ...base, kind: 'clinic', tables: {} };

  for (const c of selectRows(sqlite, 'clients')) {
    charts.set(c.id as number, { ...base, kind: 'chart', client: c, tables: {} });
  }
  clientOf.set('clients', new Map([...charts.keys()].map((id) => [id, id])));

  for (const t of tables) {
    if (t === 'clients') continue;
    const owner = owners.get(t);
    const rows = selectRows(sqlite, t);
    if (!owner) {
      clinic.tables[t] = rows;
      continue;
    }
    const mine = new Map<unknown, number>();
    for (const row of rows) {
      let clientId: number | undefined;
      for (const link of owner) {
        clientId ??= row[link.column] == null ? undefined : clientOf.get(link.parent)?.get(row[link.column]);
      }
      if (clientId === undefined) continue; // a link to nothing cannot happen with foreign keys on
      if ('id' in row) mine.set(row.id, clientId);
      const chart = charts.get(clientId)!;
      (chart.tables[t] ??= []).push(row);
    }
    clientOf.set(t, mine);
  }
  return { charts: [...charts.values()], clinic };
}

export function chartFileName(chart: ChartExport): string {
  const name = `${String(chart.client.last_name ?? '')}-${String(chart.client.first_name ?? '')}`
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9-]+/g, '')
    .slice(0, 60);
  return `${String(chart.client.id).padStart(6, '0')}-${name || 'client'}.json`;
}

/** Writes the whole export into `folder` (created; must be empty or new). */
export function exportClinic(sqlite: Database.Database, folder: string, now: Date = new Date()): ExportResult {
  if (fs.existsSync(folder) && fs.readdirSync(folder).length > 0) {
    throw new Error(`${folder} is not empty. Choose a new or empty folder for the export.`);
  }
  // One read transaction: every file describes the same moment.
  const run = sqlite.transaction(() => {
    const { charts, clinic } = collectCharts(sqlite, now);
    fs.mkdirSync(path.join(folder, 'charts'), { recursive: true });
    fs.mkdirSync(path.join(folder, 'csv'), { recursive: true });
    for (const chart of charts) {
      fs.writeFileSync(path.join(folder, 'charts', chartFileName(chart)), `${JSON.stringify(chart, null, 2)}\n`);
    }
    fs.writeFileSync(path.join(folder, 'clinic.json'), `${JSON.stringify(clinic, null, 2)}\n`);
    const tableCounts: Record<string, number> = {};
    for (const t of exportableTables(sqlite)) {
      const columns = (sqlite.pragma(`table_info("${t}")`) as { name: string }[]).map((c) => c.name).filter((c) => !(SECRET_COLUMNS[t] ?? []).includes(c));
      const rows = selectRows(sqlite, t);
      tableCounts[t] = rows.length;
      // A BOM so spreadsheet programs read the file as UTF-8 (names with accents survive).
      fs.writeFileSync(path.join(folder, 'csv', `${t}.csv`), `\uFEFF${Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c])) })}\n`);
    }
    fs.writeFileSync(path.join(folder, 'README.md'), describeColumns(sqlite, exportableTables(sqlite), now));
    return { folder, charts: charts.length, tables: tableCounts, files: charts.length + Object.keys(tableCounts).length + 2 };
  });
  return run.deferred();
}
