// Reads an export (db/export.ts) back into an EMPTY database: clinic.json first, then every chart,
// rows with their original ids, all in one transaction. Refuses a database that already holds data,
// so an import can never mix two clinics' charts.
// An export is a file from elsewhere, so it is never trusted with credentials or history:
//   - it never brings a PIN: whatever a staff row says, its pin_hash is replaced by the mark that
//     this person chooses a PIN at their first sign-in (an edited export cannot plant an owner with
//     a known PIN; inactive staff get none), and wrong-PIN counts are not imported;
//   - its audit trail must check out (the hash chain, and no entries cut off the end), or the import
//     is refused, unless an owner gives a reason to import it anyway, written to the new audit trail.
//     The entries are keyed with the secret of the database they came from (db/audit-chain.ts): an
//     encrypted export carries it, sealed; a plain one cannot, so its trail checks out here only
//     under this database's own secret (the same key) or the old unkeyed rule. Once checked (or let
//     in over a reason, which the import's own entry records), the entries are chained again under
//     this database's secret, so its own `verify` checks them from now on.
import type Database from 'better-sqlite3';
import type { ChartExport, ClinicExport } from './export';
import { refreshClientKeys } from './client-keys';
import { chartDocumentFolder, chartPhotoFolder, EXPORT_FORMAT, exportableTables, NOT_EXPORTED } from './export';
import { keyOf } from './cipher';
import { isPhotoHash, photoKey, photosFolderFor, sha256, storePhoto } from './photo-store';
import { documentKey, documentsFolderFor } from './document-store';
import { ImportError, openExport, type ExportSource } from './export-source';
import { countedStep, singleStep, type OnProgress } from './progress';
import { PIN_AT_FIRST_SIGN_IN } from './queries/sign-in';
import { rebuildRetentionTallies } from './queries/retention-breakdown';
import { AUDIT_GENESIS, auditSecretOf, checkAuditRows, sealEntry, type AuditRow, type AuditSecret } from './audit-chain';
import { SEEDED_ROW_SQL } from './seeded-rows';
import { says } from '../core/i18n/says';

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
const NOT_IMPORTED = new Set(NOT_EXPORTED);

function readClinic(source: ExportSource, folder: string): ClinicExport {
  if (!source.exists('clinic.json')) throw new ImportError(says('dataErrors.import.notExport', { folder }));
  const clinic = parseJson(source.read('clinic.json'), 'clinic.json') as ClinicExport;
  if (clinic?.format !== EXPORT_FORMAT || clinic.kind !== 'clinic')
    throw new ImportError(says('dataErrors.import.clinicNotExport', { folder }));
  return clinic;
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportError(says('dataErrors.import.notJson', { name, detail: error instanceof Error ? error.message : String(error) }));
  }
}

function readChart(source: ExportSource, relative: string): ChartExport {
  const name = relative.split('/').pop()!;
  const chart = parseJson(source.read(relative), name) as ChartExport;
  if (chart?.format !== EXPORT_FORMAT || chart.kind !== 'chart' || typeof chart.client !== 'object' || chart.client === null) {
    throw new ImportError(says('dataErrors.import.notChart', { name }));
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

/** The export's audit entries as the chain functions read them, in id order. */
function auditRowsIn(clinic: ClinicExport): AuditRow[] {
  return (clinic.tables?.audit_log ?? [])
    .map((r) => ({
      id: Number(r.id),
      at: r.at as string,
      staffId: (r.staff_id ?? null) as number | null,
      entity: r.entity as string,
      entityId: r.entity_id as string,
      action: r.action as string,
      // As they will be stored (toSqlValue), so what is checked is what is written.
      before: toSqlValue(r.before) as string | null,
      after: toSqlValue(r.after) as string | null,
      reason: toSqlValue(r.reason) as string | null,
      prevHash: r.prev_hash as string,
      hash: r.hash as string,
      salt: (r.salt ?? null) as string | null,
      contentHash: (r.content_hash ?? null) as string | null,
      redactedBy: (r.redacted_by ?? null) as number | null,
    }))
    .sort((a, b) => a.id - b.id);
}

/**
 * What is wrong with the export's audit trail, or null: its chain under the rule it was written
 * with, and its end where the export recorded it.
 */
function auditProblem(rows: AuditRow[], source: ExportSource, own: AuditSecret | null): string | null {
  const head = source.manifest?.audit;
  const carried = head?.secret ? Buffer.from(head.secret, 'base64') : null;
  // The export's own secret when it carries one; else this database's (the same key) or the old rule.
  const rules: (AuditSecret | null)[] = carried ? [carried] : [...(own ? [own] : []), null];
  const checks = rules.map((rule) => checkAuditRows(rows, rule));
  const good = checks.find((c) => c.ok);
  if (!good) {
    const furthest = checks.reduce((a, b) => (b.entries > a.entries ? b : a));
    if (!carried && furthest.entries <= 1)
      return 'a plain export does not carry the secret its entries are keyed with, so they cannot be checked on this computer (an encrypted export can be)';
    return furthest.problem;
  }
  if (!head) return null;
  const last = rows.at(-1);
  if (rows.length !== head.entries || (last?.id ?? null) !== head.lastId || (last?.hash ?? null) !== head.lastHash)
    return `it holds ${rows.length} entries where the export wrote ${head.entries}, ending elsewhere (entries were removed or added)`;
  return null;
}

/**
 * The entries chained again under this database's secret and the content rule, in order: new
 * prev_hash, hash, salt and content hash by id (an entry of an older rule gets its salt here; a
 * redacted one keeps its content hash).
 */
function rechained(
  rows: AuditRow[],
  secret: AuditSecret,
): Map<number, { prev_hash: string; hash: string; salt: string | null; content_hash: string }> {
  const out = new Map<number, { prev_hash: string; hash: string; salt: string | null; content_hash: string }>();
  let prev = AUDIT_GENESIS;
  for (const { id, prevHash: _p, hash: _h, salt, contentHash, redactedBy: _r, ...body } of rows) {
    const sealed = sealEntry(secret, prev, body, { salt, contentHash });
    out.set(id, { prev_hash: prev, hash: sealed.hash, salt: sealed.salt, content_hash: sealed.contentHash });
    prev = sealed.hash;
  }
  return out;
}

/**
 * Inserts the export's rows with their original ids, one chart file at a time, all in ONE
 * transaction: foreign keys are checked at the commit, so the order of files does not matter, and
 * a bad file anywhere leaves the database empty as it was.
 */
export function importClinic(sqlite: Database.Database, folder: string, options: ImportOptions = {}): ImportResult {
  const { onProgress } = options;
  const reason = options.overrideReason == null ? null : options.overrideReason.trim();
  if (reason === '') throw new ImportError(says('dataErrors.import.sayWhy'), 'overrideReason');
  const source = singleStep(onProgress, 'Opening the export', () => openExport(folder, options.passphrase));
  const clinic = singleStep(onProgress, 'Reading the clinic’s own records (clinic.json)', () => readClinic(source, folder));
  const tables = exportableTables(sqlite);
  const nonEmpty = tables.filter(
    (t) =>
      (sqlite
        .prepare(`SELECT count(*) FROM "${t}" WHERE NOT (${SEEDED_ROW_SQL[t] ?? '0'})`)
        .pluck()
        .get() as number) > 0,
  );
  if (nonEmpty.length > 0) {
    throw new ImportError(says('dataErrors.import.notEmpty', { tables: nonEmpty.join(', ') }));
  }
  // The trail is checked before anything is written (it is all in clinic.json).
  const auditRows = auditRowsIn(clinic);
  const ownSecret = auditSecretOf(sqlite);
  const problem = singleStep(onProgress, 'Checking the audit trail', () => auditProblem(auditRows, source, ownSecret));
  if (problem && reason === null) throw new ImportError(says('dataErrors.import.auditFails', { problem }), 'overrideReason');
  const chainedHere = ownSecret ? rechained(auditRows, ownSecret) : null;
  const files = source.charts;
  const missing = (source.manifest?.files ?? []).find((f) => !source.exists(f));
  if (missing) throw new ImportError(says('dataErrors.import.missingWritten', { file: missing }));

  const columnsOf = new Map(
    tables.map((t) => [t, new Set((sqlite.pragma(`table_info("${t}")`) as { name: string }[]).map((c) => c.name))]),
  );
  const statements = new Map<string, Database.Statement>();
  const rows: Record<string, number> = Object.fromEntries(tables.map((t) => [t, 0]));
  const insert = (table: string, given: Row) => {
    if (NOT_IMPORTED.has(table)) return;
    const columns = columnsOf.get(table);
    if (!columns) throw new ImportError(says('dataErrors.import.unknownTable', { table }));
    const row: Row = { ...withoutCredentials(table, given), ...(table === 'audit_log' ? chainedHere?.get(Number(given.id)) : undefined) };
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
      // The export's own documents replace the questionnaire the migrations wrote; an export from
      // before documents existed keeps it, and its intakes point at it as a migrated database's do.
      const ownDocuments = (clinic.tables?.clinic_documents ?? []).length > 0;
      if (ownDocuments) sqlite.exec('DELETE FROM clinic_documents');
      for (const [t, list] of Object.entries(clinic.tables ?? {})) for (const row of list) insert(t, row);
      const reading = countedStep(onProgress, 'Reading charts', files.length);
      files.forEach((relative, i) => {
        const chart = readChart(source, relative);
        insert('clients', chart.client);
        for (const [t, list] of Object.entries(chart.tables ?? {})) for (const row of list) insert(t, row);
        storeChartPhotos(sqlite, source, relative, chart);
        storeChartDocuments(sqlite, source, relative, chart);
        reading.tick(i + 1);
      });
      reading.end();
      const broken = singleStep(
        onProgress,
        'Checking the links between records',
        () => sqlite.pragma('foreign_key_check') as { table: string }[],
      );
      if (broken.length > 0)
        throw new ImportError(says('dataErrors.import.brokenLinks', { count: broken.length, table: broken[0]!.table }));
      if (!ownDocuments)
        sqlite.exec(
          "UPDATE intakes SET questionnaire_id = (SELECT id FROM clinic_documents WHERE kind = 'questionnaire' AND version = 1) WHERE questionnaire_id IS NULL",
        );
      rebuildRetentionTallies(sqlite); // derived from the charts just read, never exported
      // Search and sort keys follow this build's folding and the imported clinic's locale and
      // country, whatever the export held (an older export has none).
      refreshClientKeys(sqlite);
      result = { charts: files.length, rows, encrypted: source.encrypted, auditProblem: problem };
      options.inTransaction?.(sqlite, result);
    })
    .immediate();
  return result;
}

/**
 * A chart's photos from photos/<chart>/ into this database's photo folder, sealed with its key. Each
 * must hash to the name its row gives it: a photo swapped or edited in the export is refused.
 */
function storeChartPhotos(sqlite: Database.Database, source: ExportSource, chartFile: string, chart: ChartExport): void {
  const rows = (chart.tables?.photos ?? []).filter((r) => r.removed_at === null || r.removed_at === undefined);
  if (rows.length === 0) return;
  const key = keyOf(sqlite);
  if (key === null) throw new ImportError(says('dataErrors.import.photosNeedKey'));
  const folder = photosFolderFor(sqlite.name);
  const dir = chartPhotoFolder(chartFile.replace(/^charts\//, ''));
  for (const hash of new Set(rows.flatMap((r) => [String(r.hash), String(r.thumb_hash)]))) {
    if (!isPhotoHash(hash)) throw new ImportError(says('dataErrors.import.photoNotHash', { file: chartFile }));
    const bytes = source.readBytes(`${dir}/${hash}.jpg`);
    if (sha256(bytes) !== hash) throw new ImportError(says('dataErrors.import.hashDiffers', { file: `${dir}/${hash}.jpg` }));
    storePhoto(folder, bytes, photoKey(key));
  }
}

/** A chart's signed documents' files from documents/<chart>/, each checked against its row's SHA-256. */
function storeChartDocuments(sqlite: Database.Database, source: ExportSource, chartFile: string, chart: ChartExport): void {
  const rows = chart.tables?.signed_documents ?? [];
  const files = rows.flatMap((r) => [
    ...(typeof r.pdf_sha256 === 'string' ? [[r.pdf_sha256, 'pdf'] as const] : []),
    ...(typeof r.scan_sha256 === 'string' ? [[r.scan_sha256, 'jpg'] as const] : []),
  ]);
  if (files.length === 0) return;
  const key = keyOf(sqlite);
  if (key === null) throw new ImportError(says('dataErrors.import.documentsNeedKey'));
  const dir = chartDocumentFolder(chartFile.replace(/^charts\//, ''));
  for (const [hash, ext] of files) {
    if (!isPhotoHash(hash)) throw new ImportError(says('dataErrors.import.documentNotHash', { file: chartFile }));
    const bytes = source.readBytes(`${dir}/${hash}.${ext}`);
    if (sha256(bytes) !== hash) throw new ImportError(says('dataErrors.import.hashDiffers', { file: `${dir}/${hash}.${ext}` }));
    storePhoto(documentsFolderFor(sqlite.name), bytes, documentKey(key));
  }
}

function toSqlValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}
