// verify's look at photos: every kept photo's file (and its thumbnail) must be beside the database
// in photos/, open with the key and hash to its name. Names a missing or altered photo in words.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import type { DatabaseKey } from './cipher';
import { openPhoto, photoFile, photoKey } from './photo-store';
import { storedPhotoFiles } from './queries/photos';

export interface PhotoCheck {
  /** Files checked (each photo has two: the picture and its thumbnail). */
  checked: number;
  problems: string[];
}

export function checkPhotoFiles(sqlite: Database.Database, folder: string, key: DatabaseKey): PhotoCheck {
  const files = storedPhotoFiles(sqlite);
  const sealKey = photoKey(key);
  const problems: string[] = [];
  const describe = sqlite.prepare(`SELECT p.angle, p.phase, s.number FROM photos p JOIN sessions s ON s.id = p.session_id WHERE p.id = ?`);
  for (const f of files) {
    const file = photoFile(folder, f.hash);
    let sealed: Buffer | null;
    try {
      sealed = fs.readFileSync(file);
    } catch {
      sealed = null;
    }
    const ok = sealed !== null && openPhoto(sealed, sealKey, f.hash) !== null;
    if (ok) continue;
    const d = describe.get(f.photoId) as { angle: string; phase: string; number: number } | undefined;
    const what = `The ${f.kind} of photo ${f.photoId} of client ${f.clientId}${d ? ` (${d.angle}, ${d.phase}, session ${d.number})` : ''}`;
    problems.push(
      sealed === null
        ? `${what} is missing: ${file} does not exist.`
        : `${what} was altered: ${file} does not match its SHA-256 ${f.hash.slice(0, 12)}….`,
    );
  }
  return { checked: files.length, problems };
}
