// Reads an export (db/export.ts) back into an EMPTY database: clinic.json first, then every chart,
// rows with their original ids, all in one transaction. Refuses a database that already holds data,
// so an import can never mix two clinics' charts.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMAT, exportableTables, type ChartExport, type ClinicExport } from './export';

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface ImportResult {
  charts: number;
  rows: Record<string, number>;
}

type Row = Record<string, unknown>;

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ImportError(`${file} could not be read as JSON (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`);
  }
}

export function readExport(folder: string): { clinic: ClinicExport; charts: ChartExport[] } {
  const clinicFile = path.join(folder, 'clinic.json');
  if (!fs.existsSync(clinicFile)) throw new ImportError(`${folder} is not a Stipple export (clinic.json is missing). Nothing was imported.`);
  const clinic = readJson(clinicFile) as ClinicExport;
  if (clinic?.format !== EXPORT_FORMAT || clinic.kind !== 'clinic') throw new ImportError(`${clinicFile} is not a Stipple export file. Nothing was imported.`);
  const chartDir = path.join(folder, 'charts');
  const names = fs.existsSync(chartDir) ? fs.readdirSync(chartDir).filter((n) => n.endsWith('.json')).sort() : [];
  const charts = names.map((n) => {
    const chart = readJson(path.join(chartDir, n)) as ChartExport;
    if (chart?.format !== EXPORT_FORMAT || chart.kind !== 'chart' || typeof chart.client !== 'object') {
      throw new ImportError(`${n} is not a Stipple chart file. Nothing was imported.`);
    }
    return chart;
  });
  return { clinic, charts };
}

export function importClinic(
  sqlite: Database.Database,
  folder: string,
  inTransaction?: (sqlite: Database.Database, result: ImportResult) => void,
): ImportResult {
  const { clinic, charts } = readExport(folder);
  const tables = exportableTables(sqlite);
  const nonEmpty = tables.filter((t) => (sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number) > 0);
  if (nonEmpty.length > 0) {
    throw new ImportError(`The database already holds data (${nonEmpty.join(', ')}). Import into a new, empty database. Nothing was imported.`);
  }

  const byTable = new Map<string, Row[]>();
  const add = (t: string, rows: Row[] | undefined) => {
    if (rows?.length) byTable.set(t, [...(byTable.get(t) ?? []), ...rows]);
  };
  for (const [t, rows] of Object.entries(clinic.tables ?? {})) add(t, rows);
  add('clients', charts.map((c) => c.client));
  for (const chart of charts) for (const [t, rows] of Object.entries(chart.tables ?? {})) add(t, rows);
  const unknown = [...byTable.keys()].filter((t) => !tables.includes(t));
  if (unknown.length > 0) throw new ImportError(`The export has tables this Stipple does not know (${unknown.join(', ')}): update Stipple first. Nothing was imported.`);

  const rows: Record<string, number> = {};
  sqlite.transaction(() => {
    sqlite.pragma('defer_foreign_keys = ON');
    for (const t of tables) {
      const list = (byTable.get(t) ?? []).sort((a, b) => Number(a.id ?? 0) - Number(b.id ?? 0));
      const columns = new Set((sqlite.pragma(`table_info("${t}")`) as { name: string }[]).map((c) => c.name));
      for (const row of list) {
        const cols = Object.keys(row).filter((c) => columns.has(c));
        sqlite
          .prepare(`INSERT INTO "${t}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`)
          .run(...cols.map((c) => toSqlValue(row[c])));
      }
      rows[t] = list.length;
    }
    const broken = sqlite.pragma('foreign_key_check') as { table: string }[];
    if (broken.length > 0) throw new ImportError(`The export has ${broken.length} broken link(s) (first in ${broken[0]!.table}). Nothing was imported.`);
    inTransaction?.(sqlite, { charts: charts.length, rows });
  })();
  return { charts: charts.length, rows };
}

function toSqlValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}
