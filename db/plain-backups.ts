// Backups written before encryption arrived are plain SQLite files anyone can read. They are found
// here so the owner can be told (Settings: encrypt or remove them); nothing removes them unasked.
import fs from 'node:fs';
import path from 'node:path';
import { hasPlainHeader } from './cipher';

export interface PlainBackup {
  file: string;
  bytes: number;
  modified: Date;
}

/** The unencrypted SQLite files in each folder (automatic, pre-migration and hand-made backups alike). */
export function listPlainBackups(folders: readonly string[]): PlainBackup[] {
  const found: PlainBackup[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue; // a second folder that is not plugged in
    }
    for (const name of names.filter((n) => n.endsWith('.sqlite')).sort()) {
      const file = path.join(folder, name);
      try {
        const stat = fs.statSync(file);
        if (stat.isFile() && hasPlainHeader(file)) found.push({ file, bytes: stat.size, modified: stat.mtime });
      } catch {
        // removed while we looked
      }
    }
  }
  return found;
}
