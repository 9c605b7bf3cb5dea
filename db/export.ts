// Whole-clinic export in open formats, so the clinic can take its data anywhere:
//   charts/<id>-<name>.json  one file per client: the client row and every row that belongs to them
//   clinic.json              staff (without PIN hashes), settings, pigments, templates, the audit log
//   csv/<table>.csv          every table as CSV (UTF-8, header row)
//   README.md                what each file and column holds, and how to open the export
//   stipple-export.json      the header: when, and whether and how the files are encrypted
//   manifest.json            every file of the export, so one removed is noticed
// Encrypted by default (db/export-cipher.ts): each data file sealed with a key from the owner's
// passphrase, named `<name>.enc`, and charts named by id only. A plain export is the caller's
// explicit choice ({ plain: true }).
// Rows are exported as stored (snake_case columns), so db/import.ts can rebuild the same charts.
// Ownership is read from the foreign keys, so tables added later are exported without changes here.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { neutraliseFormula } from '../core/csv-cell';
import { auditSecretOf, isChainKeyed } from './audit-chain';
import {
  newExportKeys,
  openExportFile,
  SEALED_SUFFIX,
  writeExportBytes,
  type ExportEncryption,
  type ExportFileWriter,
} from './export-cipher';
import { describeColumns } from './export-readme';
import { countedStep, singleStep, type OnProgress } from './progress';
import { keyOf } from './cipher';
import { photoKey, photosFolderFor, readPhoto } from './photo-store';
import { documentKey, documentsFolderFor } from './document-store';

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
  encrypted: boolean;
}

/** How the export is protected: sealed with a passphrase, or (an explicit choice) plain files. */
export type ExportProtection = { passphrase: string } | { plain: true };

export const EXPORT_HEADER = 'stipple-export.json';
export const EXPORT_MANIFEST = 'manifest.json';

/** The export's plain header: what it is and how it is encrypted (never anything of a client). */
export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  kind: 'export';
  version: number;
  exportedAt: string;
  encrypted: boolean;
  encryption?: ExportEncryption;
}

export interface ExportManifest {
  format: typeof EXPORT_FORMAT;
  kind: 'manifest';
  /** Every data file, by its path inside the export as written in a plain export ('charts/x.json'). */
  files: string[];
  /** The audit trail's last entry, so entries cut off the end of clinic.json are noticed. */
  audit: {
    entries: number;
    lastId: number | null;
    lastHash: string | null;
    /**
     * Encrypted exports only: the secret the entries are keyed with (db/audit-chain.ts), base64, so
     * the importing database can check them; it is under the passphrase like every chart. A plain
     * export never carries it (anyone could then recompute the chain).
     */
    secret?: string;
  };
}

function auditHead(sqlite: Database.Database, encrypted: boolean): ExportManifest['audit'] {
  const last = sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
  const entries = sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  const secret = encrypted && isChainKeyed(sqlite) ? auditSecretOf(sqlite) : null;
  return { entries, lastId: last?.id ?? null, lastHash: last?.hash ?? null, ...(secret ? { secret: secret.toString('base64') } : {}) };
}

interface Fk {
  table: string;
  from: string;
}

/**
 * This computer's own bookkeeping, never carried to another database: paired workstations and
 * pairing codes (their credentials belong to this hub), replay keys of changes, wrong-PIN counts.
 * A restore keeps these from the live database rather than the backup, all but the replay keys
 * (db/restore-kept.ts says why).
 */
// The retention tallies are counts derived from the charts: an import counts them afresh (db/import.ts).
export const NOT_EXPORTED: readonly string[] = [
  'workstations',
  'pairing_codes',
  'change_keys',
  'sign_in_attempts',
  'retention_tallies',
  'retention_similar_tallies',
];

/** Ordinary tables in foreign-key order (parents first), without SQLite's, drizzle's and this computer's bookkeeping. */
export function exportableTables(sqlite: Database.Database): string[] {
  const rows = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'`,
    )
    .all() as { name: string; sql: string }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
  const names = rows
    .map((r) => r.name)
    .filter((n) => !NOT_EXPORTED.includes(n) && !virtual.includes(n) && !virtual.some((v) => n.startsWith(`${v}_`)));
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

function withoutSecrets(table: string, row: Row): Row {
  const secret = SECRET_COLUMNS[table];
  return secret ? Object.fromEntries(Object.entries(row).filter(([k]) => !secret.includes(k))) : row;
}

export function schemaVersion(sqlite: Database.Database): number {
  try {
    return sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
  } catch {
    return 0;
  }
}

/**
 * Which rows belong to which client, as ids only: each chart table's rows are traced to a client
 * through their links (a row whose first link is empty is traced through the next). Integers only,
 * so even a large clinic fits comfortably in memory while the charts are written one at a time.
 */
function chartRowIds(sqlite: Database.Database, tables: string[]): Map<number, Map<string, number[]>> {
  const owners = chartOwnership(sqlite, tables);
  const clientOf = new Map<string, Map<number, number>>();
  const perClient = new Map<number, Map<string, number[]>>();
  const clientIds = sqlite.prepare('SELECT id FROM clients').pluck().all() as number[];
  clientOf.set('clients', new Map(clientIds.map((id) => [id, id])));
  for (const id of clientIds) perClient.set(id, new Map());
  for (const t of tables) {
    const links = owners.get(t);
    if (!links) continue;
    const mine = new Map<number, number>();
    const cols = links.map((l) => `"${l.column}"`).join(', ');
    for (const row of sqlite.prepare(`SELECT rowid, ${cols} FROM "${t}" ORDER BY rowid`).raw().iterate() as IterableIterator<number[]>) {
      const [rowid, ...values] = row;
      let clientId: number | undefined;
      links.forEach((link, i) => {
        const v = values[i];
        if (clientId === undefined && v != null) clientId = clientOf.get(link.parent)?.get(v);
      });
      if (clientId === undefined) continue; // a link to nothing cannot happen with foreign keys on
      mine.set(rowid!, clientId);
      const byTable = perClient.get(clientId)!;
      (byTable.get(t) ?? byTable.set(t, []).get(t)!).push(rowid!);
    }
    clientOf.set(t, mine);
  }
  return perClient;
}

/** Every chart, one at a time: the client row and every row that belongs to them. */
export function* eachChart(sqlite: Database.Database, now: Date = new Date()): Generator<ChartExport> {
  const tables = exportableTables(sqlite);
  const rowIds = chartRowIds(sqlite, tables);
  const base = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schemaVersion: schemaVersion(sqlite),
    exportedAt: now.toISOString(),
  } as const;
  const one = sqlite.prepare('SELECT * FROM clients WHERE id = ?');
  const select = new Map(
    tables.map((t) => [t, sqlite.prepare(`SELECT * FROM "${t}" WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid`)]),
  );
  for (const [clientId, byTable] of [...rowIds].sort((a, b) => a[0] - b[0])) {
    const chart: ChartExport = { ...base, kind: 'chart', client: one.get(clientId) as Row, tables: {} };
    for (const t of tables) {
      const ids = byTable.get(t);
      if (ids) chart.tables[t] = (select.get(t)!.all(JSON.stringify(ids)) as Row[]).map((r) => withoutSecrets(t, r));
    }
    yield chart;
  }
}

/** The tables that belong to no chart: staff, settings, pigments, templates, the audit log. */
export function clinicTables(sqlite: Database.Database): string[] {
  const tables = exportableTables(sqlite);
  const owners = chartOwnership(sqlite, tables);
  return tables.filter((t) => t !== 'clients' && !owners.has(t));
}

/** Plain: id and name, for a person browsing the folder. Encrypted: the id only, so no name shows. */
export function chartFileName(chart: ChartExport, encrypted = false): string {
  if (encrypted) return `${String(chart.client.id).padStart(6, '0')}.json`;
  const name = `${(chart.client.last_name as string | null) ?? ''}-${(chart.client.first_name as string | null) ?? ''}`
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9-]+/g, '')
    .slice(0, 60);
  return `${String(chart.client.id).padStart(6, '0')}-${name || 'client'}.json`;
}

/**
 * Where an export is written before it gets its name: beside the folder, so the final rename stays
 * on one disk. A crash half way leaves this (removed by the next export), never a half export.
 */
export function partialExportFolder(folder: string): string {
  return path.join(path.dirname(folder), `.${path.basename(folder)}.stipple-partial`);
}

const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;

/** Where the export's files go: each one sealed, or plain; every path is recorded for the manifest. */
class ExportFiles {
  readonly written: string[] = [];
  constructor(
    private readonly root: string,
    private readonly fileKey: Buffer | null,
  ) {}
  get encrypted(): boolean {
    return this.fileKey !== null;
  }
  /** `relative`: the path as in a plain export ('charts/x.json'); sealed files get `.enc` added. */
  open(relative: string): ExportFileWriter {
    this.written.push(relative);
    const file = path.join(this.root, ...relative.split('/')) + (this.fileKey ? SEALED_SUFFIX : '');
    return openExportFile(file, FILE_MODE, this.fileKey ? { fileKey: this.fileKey, aad: relative } : null);
  }
  writeBytes(relative: string, bytes: Buffer): void {
    this.written.push(relative);
    const file = path.join(this.root, ...relative.split('/')) + (this.fileKey ? SEALED_SUFFIX : '');
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: FOLDER_MODE });
    writeExportBytes(file, FILE_MODE, bytes, this.fileKey ? { fileKey: this.fileKey, aad: relative } : null);
  }
  writeWhole(relative: string, text: string): void {
    const w = this.open(relative);
    try {
      w.write(text);
    } finally {
      w.close();
    }
  }
}

/**
 * Writes the whole export into `folder` (created; must be empty or new), streaming row by row, into
 * a partial folder that is renamed into place once every file is written. Charts are health
 * records: encrypted unless `protection` says plain, folders made 700 and files 600 (owner only).
 */
export function exportClinic(
  sqlite: Database.Database,
  folder: string,
  protection: ExportProtection,
  now: Date = new Date(),
  onProgress?: OnProgress,
): ExportResult {
  if (fs.existsSync(folder) && fs.readdirSync(folder).length > 0) {
    throw new Error(`${folder} is not empty. Choose a new or empty folder for the export.`);
  }
  // The slow key derivation first, outside the read transaction.
  const keys =
    'passphrase' in protection ? singleStep(onProgress, 'Preparing the encryption', () => newExportKeys(protection.passphrase)) : null;
  const partial = partialExportFolder(folder);
  fs.rmSync(partial, { recursive: true, force: true });
  // One read transaction: every file describes the same moment.
  const run = sqlite.transaction(() => {
    fs.mkdirSync(path.join(partial, 'charts'), { recursive: true, mode: FOLDER_MODE });
    fs.mkdirSync(path.join(partial, 'csv'), { mode: FOLDER_MODE });
    const out = new ExportFiles(partial, keys?.fileKey ?? null);
    const header: ExportHeader = {
      format: EXPORT_FORMAT,
      kind: 'export',
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      encrypted: keys !== null,
      ...(keys ? { encryption: keys.encryption } : {}),
    };
    fs.writeFileSync(path.join(partial, EXPORT_HEADER), `${JSON.stringify(header, null, 2)}\n`, { mode: FILE_MODE });
    const clients = sqlite.prepare('SELECT count(*) FROM clients').pluck().get() as number;
    const writing = countedStep(onProgress, 'Writing charts', clients);
    let charts = 0;
    const photos = photoSource(sqlite);
    const documents = documentSource(sqlite);
    for (const chart of eachChart(sqlite, now)) {
      const name = chartFileName(chart, out.encrypted);
      out.writeWhole(`charts/${name}`, `${JSON.stringify(chart, null, 2)}\n`);
      for (const [relative, bytes] of chartPhotos(chart, name, photos)) out.writeBytes(relative, bytes);
      for (const [relative, bytes] of chartDocuments(chart, name, documents)) out.writeBytes(relative, bytes);
      writing.tick(++charts);
    }
    writing.end();
    singleStep(onProgress, 'Writing the clinic’s own records (clinic.json)', () => writeClinicJson(sqlite, out.open('clinic.json'), now));
    const tables = exportableTables(sqlite);
    const tableCounts: Record<string, number> = {};
    const csv = countedStep(onProgress, 'Writing a spreadsheet (CSV) of each table', tables.length, 1);
    tables.forEach((t, i) => {
      tableCounts[t] = writeCsv(sqlite, t, out.open(`csv/${t}.csv`));
      csv.tick(i + 1);
    });
    csv.end();
    const manifest: ExportManifest = {
      format: EXPORT_FORMAT,
      kind: 'manifest',
      files: [...out.written],
      audit: auditHead(sqlite, out.encrypted),
    };
    out.writeWhole(EXPORT_MANIFEST, `${JSON.stringify(manifest)}\n`);
    fs.writeFileSync(path.join(partial, 'README.md'), describeColumns(sqlite, tables, now, { encrypted: out.encrypted }), {
      mode: FILE_MODE,
    });
    return { folder, charts, tables: tableCounts, files: out.written.length + 2, encrypted: out.encrypted };
  });
  try {
    const result = run.deferred();
    singleStep(onProgress, 'Moving the export into place', () => {
      // An empty folder chosen for the export is replaced by the finished one.
      if (fs.existsSync(folder)) fs.rmdirSync(folder);
      fs.renameSync(partial, folder);
    });
    return result;
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  } finally {
    keys?.fileKey.fill(0);
  }
}

/** Where a chart's photos go in an export: photos/<the chart's file name without .json>/<sha256>.jpg. */
export function chartPhotoFolder(chartName: string): string {
  return `photos/${chartName.replace(/\.json$/, '')}`;
}

type PhotoSource = { folder: string; key: Buffer } | null;

function photoSource(sqlite: Database.Database): PhotoSource {
  const key = keyOf(sqlite);
  return key === null || !sqlite.name ? null : { folder: photosFolderFor(sqlite.name), key: photoKey(key) };
}

/** A chart's kept photos and their thumbnails, plain (metadata was stripped when they came in). */
function* chartPhotos(chart: ChartExport, chartName: string, source: PhotoSource): Generator<[string, Buffer]> {
  const rows = (chart.tables.photos ?? []).filter((r) => r.removed_at === null || r.removed_at === undefined);
  if (rows.length === 0) return;
  const hashes = [...new Set(rows.flatMap((r) => [r.hash as string, r.thumb_hash as string]))];
  for (const hash of hashes) {
    const bytes = source ? readPhoto(source.folder, hash, source.key) : null;
    if (!bytes)
      throw new Error(
        `A photo of client ${String(chart.client.id)} (${hash.slice(0, 12)}…) is missing or was altered, so the export would be incomplete. Run verify, restore the photo from a backup, and export again.`,
      );
    yield [`${chartPhotoFolder(chartName)}/${hash}.jpg`, bytes];
  }
}

/** Where a chart's signed documents go: documents/<the chart's file name>/<sha256>.pdf (a paper scan: .jpg). */
export function chartDocumentFolder(chartName: string): string {
  return `documents/${chartName.replace(/\.json$/, '')}`;
}

function documentSource(sqlite: Database.Database): PhotoSource {
  const key = keyOf(sqlite);
  return key === null || !sqlite.name ? null : { folder: documentsFolderFor(sqlite.name), key: documentKey(key) };
}

/** The files of a chart's signed documents, plain: each PDF as signed, each paper consent's scan. */
export function* chartDocuments(chart: ChartExport, chartName: string, source: PhotoSource): Generator<[string, Buffer]> {
  for (const row of chart.tables.signed_documents ?? []) {
    const files: [unknown, string][] = [
      [row.pdf_sha256, 'pdf'],
      [row.scan_sha256, 'jpg'],
    ];
    for (const [hash, ext] of files) {
      if (typeof hash !== 'string') continue;
      const bytes = source ? readPhoto(source.folder, hash, source.key) : null;
      if (!bytes)
        throw new Error(
          `A signed document of client ${String(chart.client.id)} (${hash.slice(0, 12)}…) is missing or was altered, so the export would be incomplete. Run verify, restore it from a backup, and export again.`,
        );
      yield [`${chartDocumentFolder(chartName)}/${hash}.${ext}`, bytes];
    }
  }
}

/** clinic.json, written one row at a time (the audit log alone can be large). */
function writeClinicJson(sqlite: Database.Database, out: ExportFileWriter, now: Date): void {
  try {
    const head = {
      format: EXPORT_FORMAT,
      kind: 'clinic',
      version: EXPORT_VERSION,
      schemaVersion: schemaVersion(sqlite),
      exportedAt: now.toISOString(),
    };
    out.write(`${JSON.stringify(head, null, 2).slice(0, -2)},\n  "tables": {`);
    clinicTables(sqlite).forEach((t, i) => {
      out.write(`${i === 0 ? '' : ','}\n    ${JSON.stringify(t)}: [`);
      let first = true;
      for (const row of sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).iterate() as IterableIterator<Row>) {
        out.write(`${first ? '' : ','}\n      ${JSON.stringify(withoutSecrets(t, row))}`);
        first = false;
      }
      out.write(first ? ']' : '\n    ]');
    });
    out.write('\n  }\n}\n');
  } finally {
    out.close();
  }
}

/** One table as CSV (with a BOM, so spreadsheet programs read UTF-8 names correctly), in batches. */
function writeCsv(sqlite: Database.Database, table: string, out: ExportFileWriter): number {
  const columns = (sqlite.pragma(`table_info("${table}")`) as { name: string }[])
    .map((c) => c.name)
    .filter((c) => !(SECRET_COLUMNS[table] ?? []).includes(c));
  let count = 0;
  try {
    out.write(`\uFEFF${Papa.unparse({ fields: columns, data: [] }).trimEnd()}`);
    let batch: unknown[][] = [];
    const flush = () => {
      if (batch.length > 0) out.write(`\r\n${Papa.unparse(batch)}`);
      batch = [];
    };
    for (const row of sqlite
      .prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY rowid`)
      .raw()
      .iterate()) {
      batch.push((row as unknown[]).map((cell) => neutraliseFormula(cell as string | number | null)));
      count++;
      if (batch.length === 1000) flush();
    }
    flush();
    out.write('\r\n');
  } finally {
    out.close();
  }
  return count;
}
