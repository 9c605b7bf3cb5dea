// Photos: consent, import (processed by db/photo-image.ts, stored by db/photo-store.ts), the images
// themselves, and removal with a reason. The files live beside the database, sealed with a key
// derived from the database key; each photo's row and audit entry are written in one transaction.
import { and, eq } from 'drizzle-orm';
import { keyOf } from '../../db/cipher';
import { PhotoImageError, processPhoto } from '../../db/photo-image';
import { photoKey, photosFolderFor, readPhoto, removePhotoFile, storePhoto } from '../../db/photo-store';
import { photoById, photosOfClient, type PhotoRow } from '../../db/queries/photos';
import { photoConsents, photos, sessions } from '../../db/schema';
import { afterCommit } from '../after-commit';
import { writeAudit } from '../audit';
import { readerLocale, type HandlerContext } from '../context';
import type { PhotoConsentRecord, PhotoRecord } from '../contract/photos';
import { fail } from '../result';
import { getClient } from './clients';
import { readSettings } from './settings';
import type { HandlerMap } from './types';
import { msg, wordsOf, type Text } from '../contract/words';

/** Where this database's photos are and the key that seals them; refused when it has neither. */
export function photoPlace(ctx: HandlerContext): { folder: string; key: Buffer } {
  const database = ctx.files?.database;
  const key = keyOf(ctx.sqlite);
  if (!database || key === null) throw fail.rule(msg('refusals.photos.onDisk'));
  return { folder: photosFolderFor(database), key: photoKey(key) };
}

export function consentOf(ctx: HandlerContext, clientId: number): PhotoConsentRecord {
  const row = ctx.db.select().from(photoConsents).where(eq(photoConsents.clientId, clientId)).get();
  return row
    ? { clientId, clinicalAt: row.clinicalAt, clinicalBy: row.clinicalBy, marketing: row.marketing }
    : { clientId, clinicalAt: null, clinicalBy: null, marketing: false };
}

function toRecord(row: PhotoRow): PhotoRecord {
  const { thumbHash: _t, removedAt: _r, ...record } = row;
  return record;
}

/** What the trail keeps of a photo: its row as stored (the hash included). */
function auditImage(ctx: HandlerContext, id: number) {
  const row = ctx.db.select().from(photos).where(eq(photos.id, id)).get();
  if (!row) throw fail.notFound(msg('refusals.record.thePhoto'));
  const { createdAt: _c, ...image } = row;
  return image;
}

/** Deletes those of `hashes` that no kept photo uses, as the database stands after the commit. */
function removeUnusedPhotoFiles(ctx: HandlerContext, folder: string, hashes: string[]): void {
  const used = ctx.sqlite.prepare('SELECT 1 FROM photos WHERE removed_at IS NULL AND (hash = ? OR thumb_hash = ?) LIMIT 1');
  for (const hash of hashes) {
    if (used.get(hash, hash)) continue;
    try {
      removePhotoFile(folder, hash);
    } catch {
      // Left as an orphan: harmless, and the change it belongs to has already committed.
    }
  }
}

export const photoHandlers: HandlerMap<
  'photos.list' | 'photos.image' | 'photos.thumbs' | 'photos.setConsent' | 'photos.import' | 'photos.remove'
> = {
  'photos.list'(ctx, { clientId }) {
    getClient(ctx, clientId);
    return {
      consent: consentOf(ctx, clientId),
      angles: readSettings(ctx).photoAngles,
      photos: photosOfClient(ctx.sqlite, clientId).map(toRecord),
    };
  },

  'photos.thumbs'(ctx, { clientId }) {
    getClient(ctx, clientId);
    const { folder, key } = photoPlace(ctx);
    const thumbs = photosOfClient(ctx.sqlite, clientId).flatMap((row) => {
      const bytes = readPhoto(folder, row.thumbHash, key);
      return bytes ? [{ id: row.id, mime: 'image/jpeg' as const, base64: bytes.toString('base64') }] : [];
    });
    return { thumbs };
  },

  'photos.image'(ctx, { id, size }) {
    const row = photoById(ctx.sqlite, id);
    if (!row || row.removedAt !== null) throw fail.notFound(msg('refusals.record.thePhoto'));
    const { folder, key } = photoPlace(ctx);
    const bytes = readPhoto(folder, size === 'thumb' ? row.thumbHash : row.hash, key);
    if (!bytes) throw fail.rule(msg('refusals.photos.fileMissing'));
    return { id, mime: 'image/jpeg' as const, base64: bytes.toString('base64') };
  },

  'photos.setConsent'(ctx, { clientId, clinical, marketing }) {
    getClient(ctx, clientId);
    if (marketing && !clinical) throw fail.field('marketing', msg('refusals.photos.clinicalFirst'));
    const before = ctx.db.select().from(photoConsents).where(eq(photoConsents.clientId, clientId)).get();
    const current = consentOf(ctx, clientId);
    const clinicalAt = clinical ? (current.clinicalAt ?? ctx.now().toISOString()) : null;
    const clinicalBy = clinical ? (current.clinicalAt ? current.clinicalBy : ctx.actorId) : null;
    const values = { clinicalAt, clinicalBy, marketing };
    const row = before
      ? ctx.db
          .update(photoConsents)
          .set({ ...values, updatedAt: ctx.now().toISOString(), version: before.version + 1 })
          .where(eq(photoConsents.id, before.id))
          .returning()
          .get()
      : ctx.db
          .insert(photoConsents)
          .values({ clientId, ...values })
          .returning()
          .get();
    const image = { id: row.id, clientId, clinicalAt, clinicalBy, marketing };
    writeAudit(ctx, {
      entity: 'photo_consent',
      entityId: row.id,
      action: before ? 'update' : 'create',
      ...(before
        ? { before: { id: before.id, clientId, clinicalAt: before.clinicalAt, clinicalBy: before.clinicalBy, marketing: before.marketing } }
        : {}),
      after: image,
    });
    return { clientId, clinicalAt, clinicalBy, marketing };
  },

  async 'photos.import'(ctx, { clientId, sessionId, files }) {
    getClient(ctx, clientId);
    const session = ctx.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.clientId, clientId)))
      .get();
    if (!session) throw fail.field('sessionId', msg('refusals.photos.notTheirSession'));
    if (consentOf(ctx, clientId).clinicalAt === null) throw fail.rule(msg('refusals.photos.noConsent'));
    const angles = readSettings(ctx).photoAngles;
    const fields: Record<string, Text> = {};
    files.forEach((f, i) => {
      if (!angles.includes(f.angle)) fields[`files.${i}.angle`] = msg('refusals.photos.unknownAngle', { angle: f.angle });
    });
    if (Object.keys(fields).length > 0) throw fail.rule(Object.values(fields)[0]!, fields);
    const { folder, key } = photoPlace(ctx);

    const stored: PhotoRecord[] = [];
    const refused: { name: string; message: string }[] = [];
    for (const file of files) {
      let processed;
      try {
        processed = await processPhoto(Buffer.from(file.data, 'base64'), file.name);
      } catch (error) {
        if (!(error instanceof PhotoImageError)) throw error;
        refused.push({ name: file.name, message: wordsOf(error.says, readerLocale(ctx)) });
        continue;
      }
      // Files first (named by content, so a rerun rewrites nothing), then the row and its entry together.
      const hash = storePhoto(folder, processed.full, key);
      const thumbHash = storePhoto(folder, processed.thumb, key);
      const id = ctx.sqlite
        .transaction(() => {
          const row = ctx.db
            .insert(photos)
            .values({
              clientId,
              sessionId,
              angle: file.angle,
              phase: file.phase,
              hash,
              bytes: processed.full.length,
              width: processed.width,
              height: processed.height,
              thumbHash,
              takenAt: file.takenAt ?? ctx.now().toISOString(),
              takenBy: ctx.actorId,
            })
            .returning({ id: photos.id })
            .get();
          writeAudit(ctx, { entity: 'photo', entityId: row.id, action: 'create', after: auditImage(ctx, row.id) });
          return row.id;
        })
        .immediate();
      stored.push(toRecord(photoById(ctx.sqlite, id)!));
    }
    return { stored, refused };
  },

  'photos.remove'(ctx, { id, reason }) {
    const row = photoById(ctx.sqlite, id);
    if (!row) throw fail.notFound(msg('refusals.record.thePhoto'));
    if (row.removedAt !== null) throw fail.rule(msg('refusals.photos.alreadyRemoved'));
    const before = auditImage(ctx, id);
    const removedAt = ctx.now().toISOString();
    ctx.db.update(photos).set({ removedAt, removedBy: ctx.actorId, removeReason: reason }).where(eq(photos.id, id)).run();
    writeAudit(ctx, { entity: 'photo', entityId: id, action: 'remove', before, after: auditImage(ctx, id), reason });
    // The files go once nothing else points at them (the same picture imported twice shares them),
    // and only after the removal has committed: a rolled-back removal keeps a row that needs them. A
    // file that cannot be deleted stays as an orphan, which verify and backups ignore (they follow
    // the kept rows), so the removal still stands.
    const { folder } = photoPlace(ctx);
    afterCommit(ctx, () => removeUnusedPhotoFiles(ctx, folder, [row.hash, row.thumbHash]));
    return { id, removedAt };
  },
};
