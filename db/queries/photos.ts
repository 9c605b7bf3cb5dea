// A client's photos with their session's number and kind, and the hashes every copy must hold.
import type Database from 'better-sqlite3';
import { preparedOnce } from '../prepared';

export interface PhotoRow {
  id: number;
  clientId: number;
  sessionId: number;
  sessionNumber: number;
  sessionKind: string;
  angle: string;
  phase: 'before' | 'after';
  hash: string;
  bytes: number;
  width: number;
  height: number;
  thumbHash: string;
  takenAt: string;
  takenBy: number | null;
  takenByName: string | null;
  removedAt: string | null;
}

const SELECT = `SELECT p.id, p.client_id AS clientId, p.session_id AS sessionId, s.number AS sessionNumber, s.kind AS sessionKind,
  p.angle, p.phase, p.hash, p.bytes, p.width, p.height, p.thumb_hash AS thumbHash, p.taken_at AS takenAt,
  p.taken_by AS takenBy, st.name AS takenByName, p.removed_at AS removedAt
  FROM photos p JOIN sessions s ON s.id = p.session_id LEFT JOIN staff st ON st.id = p.taken_by`;

const byClient = preparedOnce(`${SELECT} WHERE p.client_id = ? AND p.removed_at IS NULL ORDER BY s.booked_for, s.number, p.id`);
const byId = preparedOnce(`${SELECT} WHERE p.id = ?`);

export function photosOfClient(sqlite: Database.Database, clientId: number): PhotoRow[] {
  return byClient(sqlite).all(clientId) as PhotoRow[];
}

export function photoById(sqlite: Database.Database, id: number): PhotoRow | undefined {
  return byId(sqlite).get(id) as PhotoRow | undefined;
}

/** Every file the kept photos need (the image and its thumbnail), with the photo each belongs to. */
export function storedPhotoFiles(
  sqlite: Database.Database,
): { photoId: number; clientId: number; hash: string; kind: 'photo' | 'thumbnail' }[] {
  const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'photos'").get();
  if (!hasTable) return [];
  const rows = sqlite
    .prepare('SELECT id, client_id AS clientId, hash, thumb_hash AS thumbHash FROM photos WHERE removed_at IS NULL ORDER BY id')
    .all() as { id: number; clientId: number; hash: string; thumbHash: string }[];
  return rows.flatMap((r) => [
    { photoId: r.id, clientId: r.clientId, hash: r.hash, kind: 'photo' as const },
    { photoId: r.id, clientId: r.clientId, hash: r.thumbHash, kind: 'thumbnail' as const },
  ]);
}
