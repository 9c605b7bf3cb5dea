// Reads an export (db/export.ts) back into an EMPTY database: clinic.json first, then every chart,
// rows with their original ids, all in one transaction. Refuses a database that already holds data,
// so an import can never mix two clinics' charts.
// An export is a file from elsewhere, so it is never trusted with credentials or history:
//   - it never brings a PIN: whatever a staff row says, its pin_hash is replaced by the mark that
//     this person chooses a PIN at their first sign-in (an edited export cannot plant an owner with
//     a known PIN; inactive staff get none), and wrong-PIN counts are not imported;
//   - its audit trail must check out (the hash chain, and no entries cut off the end), or the import
//     is refused, unless an owner gives a reason to import it anyway, written to the new audit trail.
import type Database from 'better-sqlite3';
import type { ChartExport, ClinicExport } from './export';
import { EXPORT_FORMAT, exportableTables } from './export';
import { ImportError, openExport, type ExportSource } from './export-source';
import { countedStep, singleStep, type OnProgress } from './progress';
import { PIN_AT_FIRST_SIGN_IN } from './queries/sign-in';
import { checkAuditChain } from './verify';

export { ImportError };

export interface ImportResult {
  charts: number;
  rows: Record<string, number>;
  /** Whether the export was encrypted (a plain one when an encrypted one was expected is worth a look). */
  encrypted: boolean;
  /** Set when the audit trail did not check out and the owner imported it anyway: what was wrong. */
  auditProblem: string | null;
}

export interface ImportOptions {
  /** The passphrase of an encrypted export. */
  passphrase?: string;
  /** An owner's reason to import an export whose audit trail does not check out. */
  overrideReason?: string | null;
  /** Runs inside the import's transaction once every row is in: write the audit entry here. */
  inTransaction?: (sqlite: Database.Database, result: ImportResult) => void;
  onProgress?: OnProgress;
}

type Row = Record<string, unknown>;

/** Tables never read from an export: state of the installation that wrote it, not clinic data. */
const NOT_IMPORTED = new Set(['sign_in_attempts']);

export const AUDIT_REFUSED_END =
  'Nothing was imported. If you know why (for example it was repaired by hand), an owner can import it anyway by giving the reason, which is written to the audit trail.';

function readClinic(source: ExportSource, folder: string): ClinicExport {
  if (!source.exists('clinic.json'))
    throw new ImportError(`${folder} is not a Stipple export (clinic.json is missing). Nothing was imported.`);
  const clinic = parseJson(source.read('clinic.json'), 'clinic.json') as ClinicExport;
  if (clinic?.format !== EXPORT_FORMAT || clinic.kind !== 'clinic')
    throw new ImportError(`clinic.json in ${folder} is not a Stipple export file. Nothing was imported.`);
  return clinic;
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportError(
      `${name} could not be read as JSON (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`,
    );
  }
}

function readChart(source: ExportSource, relative: string): ChartExport {
  const name = relative.split('/').pop()!;
  const chart = parseJson(source.read(relative), name) as ChartExport;
  if (chart?.format !== EXPORT_FORMAT || chart.kind !== 'chart' || typeof chart.client !== 'object' || chart.client === null) {
    throw new ImportError(`${name} is not a Stipple chart file. Nothing was imported.`);
  }
  return chart;
}

/**
 * A staff row as it may come in: no PIN of its own, whatever the file says. Active staff choose one
 * at their first sign-in; someone inactive gets theirs from an owner if they are taken back on.
 */
function withoutCredentials(table: string, row: Row): Row {
  if (table !== 'staff') return row;
  const { pin_hash: _dropped, ...rest } = row;
  const active = rest.active === undefined || rest.active === 1 || rest.active === true;
  return { ...rest, pin_hash: active ? PIN_AT_FIRST_SIGN_IN : null };
}

/** The imported audit trail's problem, or null: its chain, and its end where the export recorded it. */
function auditProblem(sqlite: Database.Database, source: ExportSource): string | null {
  const chain = checkAuditChain(sqlite);
  if (!chain.ok) return chain.problem;
  const head = source.manifest?.audit;
  if (!head) return null;
  const last = sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
  if (chain.entries !== head.entries || (last?.id ?? null) !== head.lastId || (last?.hash ?? null) !== head.lastHash)
    return `it holds ${chain.entries} entries where the export wrote ${head.entries}, ending elsewhere (entries were removed or added)`;
  return null;
}

/**
 * Inserts the export's rows with their original ids, one chart file at a time, all in ONE
 * transaction: foreign keys are checked at the commit, so the order of files does not matter, and
 * a bad file anywhere leaves the database empty as it was.
 */
export function importClinic(sqlite: Database.Database, folder: string, options: ImportOptions = {}): ImportResult {
  const { onProgress } = options;
  const reason = options.overrideReason == null ? null : options.overrideReason.trim();
  if (reason === '') throw new ImportError('Say why you are importing an export whose audit trail does not check out.', 'overrideReason');
  const source = singleStep(onProgress, 'Opening the export', () => openExport(folder, options.passphrase));
  const clinic = singleStep(onProgress, 'Reading the clinic’s own records (clinic.json)', () => readClinic(source, folder));
  const tables = exportableTables(sqlite);
  const nonEmpty = tables.filter((t) => (sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number) > 0);
  if (nonEmpty.length > 0) {
    throw new ImportError(
      `The database already holds data (${nonEmpty.join(', ')}). Import into a new, empty database. Nothing was imported.`,
    );
  }
  const files = source.charts;
  const missing = (source.manifest?.files ?? []).find((f) => !source.exists(f));
  if (missing) throw new ImportError(`The export is missing ${missing}, which it was written with. Nothing was imported.`);

  const columnsOf = new Map(
    tables.map((t) => [t, new Set((sqlite.pragma(`table_info("${t}")`) as { name: string }[]).map((c) => c.name))]),
  );
  const statements = new Map<string, Database.Statement>();
  const rows: Record<string, number> = Object.fromEntries(tables.map((t) => [t, 0]));
  const insert = (table: string, given: Row) => {
    if (NOT_IMPORTED.has(table)) return;
    const columns = columnsOf.get(table);
    if (!columns)
      throw new ImportError(`The export has a table this Stipple does not know (${table}): update Stipple first. Nothing was imported.`);
    const row = withoutCredentials(table, given);
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

  let result!: ImportResult;
  // IMMEDIATE: the write lock first, so another connection writing meanwhile waits for this one
  // rather than the two colliding half way (and the audit entry's "last hash" read is the latest).
  sqlite
    .transaction(() => {
      sqlite.pragma('defer_foreign_keys = ON');
      for (const [t, list] of Object.entries(clinic.tables ?? {})) for (const row of list) insert(t, row);
      const reading = countedStep(onProgress, 'Reading charts', files.length);
      files.forEach((relative, i) => {
        const chart = readChart(source, relative);
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
      const problem = singleStep(onProgress, 'Checking the audit trail', () => auditProblem(sqlite, source));
      if (problem && reason === null)
        throw new ImportError(`The export’s audit trail does not check out: ${problem}. ${AUDIT_REFUSED_END}`, 'overrideReason');
      result = { charts: files.length, rows, encrypted: source.encrypted, auditProblem: problem };
      options.inTransaction?.(sqlite, result);
    })
    .immediate();
  return result;
}

function toSqlValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}
