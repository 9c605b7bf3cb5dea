// Reads an export (db/export.ts) back into an EMPTY database: clinic.json first, then every chart,
// rows with their original ids, all in one transaction. Refuses a database that already holds data,
// so an import can never mix two clinics' charts.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMAT, exportableTables, type ChartExport, type ClinicExport } from './export';
import { countedStep, singleStep, type OnProgress } from './progress';

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
    throw new ImportError(
      `${file} could not be read as JSON (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`,
    );
  }
}

function readClinic(folder: string): ClinicExport {
  const clinicFile = path.join(folder, 'clinic.json');
  if (!fs.existsSync(clinicFile))
    throw new ImportError(`${folder} is not a Stipple export (clinic.json is missing). Nothing was imported.`);
  const clinic = readJson(clinicFile) as ClinicExport;
  if (clinic?.format !== EXPORT_FORMAT || clinic.kind !== 'clinic')
    throw new ImportError(`${clinicFile} is not a Stipple export file. Nothing was imported.`);
  return clinic;
}

function readChart(file: string): ChartExport {
  const chart = readJson(file) as ChartExport;
  if (chart?.format !== EXPORT_FORMAT || chart.kind !== 'chart' || typeof chart.client !== 'object' || chart.client === null) {
    throw new ImportError(`${path.basename(file)} is not a Stipple chart file. Nothing was imported.`);
  }
  return chart;
}

/**
 * Inserts the export's rows with their original ids, one chart file at a time, all in ONE
 * transaction: foreign keys are checked at the commit, so the order of files does not matter, and
 * a bad file anywhere leaves the database empty as it was.
 */
export function importClinic(
  sqlite: Database.Database,
  folder: string,
  inTransaction?: (sqlite: Database.Database, result: ImportResult) => void,
  onProgress?: OnProgress,
): ImportResult {
  const clinic = singleStep(onProgress, 'Reading the clinic’s own records (clinic.json)', () => readClinic(folder));
  const tables = exportableTables(sqlite);
  const nonEmpty = tables.filter((t) => (sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number) > 0);
  if (nonEmpty.length > 0) {
    throw new ImportError(
      `The database already holds data (${nonEmpty.join(', ')}). Import into a new, empty database. Nothing was imported.`,
    );
  }
  const chartDir = path.join(folder, 'charts');
  const files = fs.existsSync(chartDir)
    ? fs
        .readdirSync(chartDir)
        .filter((n) => n.endsWith('.json'))
        .sort()
    : [];

  const columnsOf = new Map(
    tables.map((t) => [t, new Set((sqlite.pragma(`table_info("${t}")`) as { name: string }[]).map((c) => c.name))]),
  );
  const statements = new Map<string, Database.Statement>();
  const rows: Record<string, number> = Object.fromEntries(tables.map((t) => [t, 0]));
  const insert = (table: string, row: Row) => {
    const columns = columnsOf.get(table);
    if (!columns)
      throw new ImportError(`The export has a table this Stipple does not know (${table}): update Stipple first. Nothing was imported.`);
    const cols = Object.keys(row).filter((c) => columns.has(c));
    const key = `${table}|${cols.join(',')}`;
    let statement = statements.get(key);
    if (!statement) {
      statement = sqlite.prepare(
        `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
      );
      statements.set(key, statement);
    }
    statement.run(...cols.map((c) => toSqlValue(row[c])));
    rows[table] = (rows[table] ?? 0) + 1;
  };

  // IMMEDIATE: the write lock first, so another connection writing meanwhile waits for this one
  // rather than the two colliding half way (and the audit entry's "last hash" read is the latest).
  sqlite
    .transaction(() => {
      sqlite.pragma('defer_foreign_keys = ON');
      for (const [t, list] of Object.entries(clinic.tables ?? {})) for (const row of list) insert(t, row);
      const reading = countedStep(onProgress, 'Reading charts', files.length);
      files.forEach((name, i) => {
        const chart = readChart(path.join(chartDir, name));
        insert('clients', chart.client);
        for (const [t, list] of Object.entries(chart.tables ?? {})) for (const row of list) insert(t, row);
        reading.tick(i + 1);
      });
      reading.end();
      const broken = singleStep(
        onProgress,
        'Checking the links between records',
        () => sqlite.pragma('foreign_key_check') as { table: string }[],
      );
      if (broken.length > 0)
        throw new ImportError(`The export has ${broken.length} broken link(s) (first in ${broken[0]!.table}). Nothing was imported.`);
      inTransaction?.(sqlite, { charts: files.length, rows });
    })
    .immediate();
  return { charts: files.length, rows };
}

function toSqlValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}
