// A plain copy of an encrypted export (`npm run stipple -- decrypt-export`), for a spreadsheet or
// another program: every file checked and written out as the plain export would have it, 600 in
// folders made 700. The copy is readable by anyone who gets it; the command line says so.
import fs from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMAT, EXPORT_HEADER, EXPORT_MANIFEST, type ExportHeader } from './export';
import { ImportError, openExport } from './export-source';
import { says } from '../core/i18n/says';

export function decryptExport(folder: string, to: string, passphrase: string | undefined): { files: number } {
  if (fs.existsSync(to) && fs.readdirSync(to).length > 0) throw new ImportError(says('dataErrors.import.targetNotEmpty', { folder: to }));
  const source = openExport(folder, passphrase);
  if (!source.encrypted || !source.manifest) throw new ImportError(says('dataErrors.import.notEncrypted', { folder }));
  const header = JSON.parse(fs.readFileSync(path.join(folder, EXPORT_HEADER), 'utf8')) as ExportHeader;
  const plainHeader: ExportHeader = {
    format: EXPORT_FORMAT,
    kind: 'export',
    version: header.version,
    exportedAt: header.exportedAt,
    encrypted: false,
  };
  const write = (relative: string, text: string) => {
    const file = path.join(to, ...relative.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, text, { mode: 0o600 });
  };
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const relative of source.manifest.files) write(relative, source.read(relative));
  write(EXPORT_MANIFEST, `${JSON.stringify(source.manifest)}\n`);
  write(EXPORT_HEADER, `${JSON.stringify(plainHeader, null, 2)}\n`);
  const readme = path.join(folder, 'README.md');
  if (fs.existsSync(readme))
    write(
      'README.md',
      `${fs.readFileSync(readme, 'utf8')}\n---\n\n**This folder is a decrypted copy: it is NOT encrypted.** Delete it when you are done with it.\n`,
    );
  return { files: source.manifest.files.length };
}
