// Removing an erased client's files (photos, signed documents) from beside a database or its
// backups, once the erasure has committed; a file another kept record still uses stays.
import type Database from 'better-sqlite3';
import { CLIENT_FILE_KINDS, type ClientFile, type ClientFileKind } from './client-parts';
import { removePhotoFile } from './photo-store';

/** The client's files, by kind, as the erasure found them (before deleting their rows). */
export function clientFilesOf(sqlite: Database.Database, clientId: number): ClientFile[] {
  const seen = new Set<string>();
  const files: ClientFile[] = [];
  for (const k of CLIENT_FILE_KINDS)
    for (const hash of sqlite.prepare(k.hashes).pluck().all({ clientId }) as string[]) {
      if (seen.has(`${k.kind}:${hash}`)) continue;
      seen.add(`${k.kind}:${hash}`);
      files.push({ kind: k.kind, hash });
    }
  return files;
}

/**
 * Deletes each file from the folder its kind keeps it in (`folderOf`), unless a record of `sqlite`
 * (the live database) still uses it. A file not there, or that cannot be removed, is left as an
 * orphan that verify and backups ignore.
 */
export function removeClientFiles(sqlite: Database.Database, files: ClientFile[], folderOf: (kind: ClientFileKind) => string): void {
  for (const kind of CLIENT_FILE_KINDS) {
    const used = sqlite.prepare(kind.stillUsed);
    for (const file of files) {
      if (file.kind !== kind.kind || used.get({ hash: file.hash })) continue;
      try {
        removePhotoFile(folderOf(kind), file.hash); // sealed documents are named as photos are
      } catch {
        // not there, or cannot be removed: the erasure has committed
      }
    }
  }
}
