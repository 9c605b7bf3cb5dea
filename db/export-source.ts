// Reading an export's files for db/import.ts: an encrypted export (db/export-cipher.ts) is opened
// with its passphrase and every file is checked before it is parsed; a plain one (this version's
// or an export from before exports were encrypted) is read as it is. Errors are ImportError with
// the field a person should look at.
import fs from 'node:fs';
import path from 'node:path';
import { ExportKeyError, openExportKeys, openSealed, SEALED_SUFFIX } from './export-cipher';
import { EXPORT_FORMAT, EXPORT_HEADER, EXPORT_MANIFEST, type ExportHeader, type ExportManifest } from './export';
import { inEnglish, says, type Says } from '../core/i18n/says';

export type ImportField = 'folder' | 'passphrase' | 'overrideReason';

/** `message` in English; `says` the same by message id, for the caller's language. */
export class ImportError extends Error {
  constructor(
    readonly says: Says,
    /** Which input the message belongs beside. */
    readonly field: ImportField = 'folder',
  ) {
    super(inEnglish(says));
    this.name = 'ImportError';
  }
}

export interface ExportSource {
  encrypted: boolean;
  /** The manifest, when the export has one (every export since they were encrypted). */
  manifest: ExportManifest | null;
  /** Chart files by their plain path ('charts/000001.json'), in order. */
  charts: string[];
  /** A file's text, by its plain path; checked whole first when the export is encrypted. */
  read(relative: string): string;
  /** A binary file (a photo) by its plain path; checked whole first when the export is encrypted. */
  readBytes(relative: string): Buffer;
  exists(relative: string): boolean;
}

function parse<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new ImportError(
      says('dataErrors.import.notJson', { name: what, detail: error instanceof Error ? error.message : String(error) }),
    );
  }
}

function readHeader(folder: string): ExportHeader | null {
  const file = path.join(folder, EXPORT_HEADER);
  if (!fs.existsSync(file)) return null; // an export from before exports had a header: plain
  const header = parse<ExportHeader>(fs.readFileSync(file, 'utf8'), file);
  if (header?.format !== EXPORT_FORMAT || header.kind !== 'export')
    throw new ImportError(says('dataErrors.import.fileNotExport', { file }));
  return header;
}

export function openExport(folder: string, passphrase: string | undefined): ExportSource {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new ImportError(says('dataErrors.import.noFolder', { folder }));
  const header = readHeader(folder);
  const at = (relative: string) => path.join(folder, ...relative.split('/'));
  if (!header?.encrypted) {
    const exists = (relative: string) => fs.existsSync(at(relative));
    const manifest = exists(EXPORT_MANIFEST) ? parse<ExportManifest>(fs.readFileSync(at(EXPORT_MANIFEST), 'utf8'), EXPORT_MANIFEST) : null;
    const chartDir = at('charts');
    const charts = fs.existsSync(chartDir)
      ? fs
          .readdirSync(chartDir)
          .filter((n) => n.endsWith('.json'))
          .sort()
          .map((n) => `charts/${n}`)
      : [];
    const readBytes = (relative: string) => {
      if (!exists(relative)) throw new ImportError(says('dataErrors.import.missing', { file: relative }));
      return fs.readFileSync(at(relative));
    };
    return { encrypted: false, manifest, charts, exists, read: (relative) => fs.readFileSync(at(relative), 'utf8'), readBytes };
  }
  if (!passphrase) throw new ImportError(says('dataErrors.import.passphraseNeeded'), 'passphrase');
  let fileKey: Buffer;
  try {
    fileKey = openExportKeys(passphrase, header.encryption);
  } catch (error) {
    if (error instanceof ExportKeyError) throw new ImportError(error.says, 'passphrase');
    throw error;
  }
  const exists = (relative: string) => fs.existsSync(at(relative) + SEALED_SUFFIX);
  const readBytes = (relative: string): Buffer => {
    const file = at(relative) + SEALED_SUFFIX;
    if (!fs.existsSync(file)) throw new ImportError(says('dataErrors.import.missing', { file: `${relative}${SEALED_SUFFIX}` }));
    const plain = openSealed(fs.readFileSync(file), fileKey, relative);
    if (!plain) throw new ImportError(says('dataErrors.import.sealedChanged', { file: `${relative}${SEALED_SUFFIX}` }));
    return plain;
  };
  const read = (relative: string): string => readBytes(relative).toString('utf8');
  if (!exists(EXPORT_MANIFEST)) throw new ImportError(says('dataErrors.import.noManifest', { file: `${EXPORT_MANIFEST}${SEALED_SUFFIX}` }));
  const manifest = parse<ExportManifest>(read(EXPORT_MANIFEST), EXPORT_MANIFEST);
  const charts = manifest.files.filter((f) => f.startsWith('charts/')).sort();
  // Every sealed chart on disk must be one the export wrote: nothing added beside them.
  const listed = new Set(charts);
  const onDisk = fs.existsSync(at('charts')) ? fs.readdirSync(at('charts')) : [];
  const extra = onDisk.filter((n) => !listed.has(`charts/${n.replace(/\.enc$/, '')}`));
  if (extra.length > 0) throw new ImportError(says('dataErrors.import.extraFiles', { file: `charts/${extra[0]}` }));
  return { encrypted: true, manifest, charts, exists, read, readBytes };
}
