// Photos: a client's photo consent, each session's photos at the clinic's angles, and the images
// themselves (served through the API, so every transport's session check covers them).
import { z } from 'zod';
import { MAX_PHOTO_BYTES, PHOTO_PHASES } from '../../core/photos';
import { id, instant, requiredText } from './common';
import { change, query, task } from './define';
import { msg, zodText } from './words';

export const photoRecord = z.object({
  id,
  clientId: id,
  sessionId: id,
  /** The session's number within its plan, and its kind, for labels ("Session 2", "Touch-up 1"). */
  sessionNumber: z.number().int().positive(),
  sessionKind: z.string(),
  angle: z.string(),
  phase: z.enum(PHOTO_PHASES),
  hash: z.string(),
  bytes: z.number().int().nonnegative(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  takenAt: z.string(),
  takenBy: z.number().int().nullable(),
  takenByName: z.string().nullable(),
});
export type PhotoRecord = z.infer<typeof photoRecord>;

export const photoConsent = z.object({
  clientId: id,
  /** When the client agreed to clinical photos; null: not (yet), and no photo can be taken. */
  clinicalAt: z.string().nullable(),
  clinicalBy: z.number().int().nullable(),
  /** May the photos be used for marketing: a separate yes/no, off unless the client agreed. */
  marketing: z.boolean(),
});
export type PhotoConsentRecord = z.infer<typeof photoConsent>;

// base64 of a file up to the byte limit: 4 characters for every 3 bytes.
const MAX_BASE64 = Math.ceil(MAX_PHOTO_BYTES / 3) * 4;
const photoFile = z.object({
  /** The file's name, to name it in a refusal ("IMG_0042.HEIC is not a picture…"). */
  name: requiredText(msg('checks.label.fileName'), 260),
  angle: requiredText(msg('checks.label.angle'), 40),
  phase: z.enum(PHOTO_PHASES, { error: zodText(msg('checks.photos.sayPhase')) }),
  data: z
    .string()
    .max(MAX_BASE64, { error: zodText(msg('checks.photos.tooLarge', { mb: String(Math.round(MAX_PHOTO_BYTES / 1024 / 1024)) })) })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: zodText(msg('checks.any.fileBroken')) }),
  /** When it was taken (a capture says now; an import may know better); absent: now. */
  takenAt: instant(msg('checks.label.whenTaken')).optional(),
});

export const photosContract = {
  'photos.list': query(
    z.object({ clientId: id }),
    z.object({ consent: photoConsent, angles: z.array(z.string()), photos: z.array(photoRecord) }),
  ),
  /** One image: the thumbnail or the whole photo, as base64 JPEG. */
  'photos.image': query(
    z.object({ id, size: z.enum(['thumb', 'full']).default('thumb') }),
    z.object({ id, mime: z.literal('image/jpeg'), base64: z.string() }),
  ),
  /**
   * Every kept photo's thumbnail of one client, in one answer: a chart's strips need them all at
   * once, and 60 calls of photos.image cost a second where one costs tens of milliseconds. A
   * thumbnail whose file is missing or altered is left out (the strip asks photos.image, which says so).
   */
  'photos.thumbs': query(
    z.object({ clientId: id }),
    z.object({ thumbs: z.array(z.object({ id, mime: z.literal('image/jpeg'), base64: z.string() })) }),
  ),
  'photos.setConsent': change(
    z.object({
      clientId: id,
      clinical: z.boolean({ error: zodText(msg('checks.photos.sayClinical')) }),
      marketing: z.boolean().default(false),
    }),
    photoConsent,
    { invalidates: ['photos.list', 'photos.thumbs'] },
  ),
  /**
   * Takes in photos of one session (a capture, or files from a folder or a phone). Each file is
   * processed on its own: one that is not a picture is refused with a sentence naming it, and the
   * others go through. A task: decoding runs off the dispatcher's transaction.
   */
  'photos.import': task(
    z.object({
      clientId: id,
      sessionId: id,
      files: z
        .array(photoFile)
        .min(1, { error: zodText(msg('checks.photos.choosePhoto')) })
        .max(24, { error: zodText(msg('checks.photos.tooMany')) }),
    }),
    z.object({ stored: z.array(photoRecord), refused: z.array(z.object({ name: z.string(), message: z.string() })) }),
    { invalidates: ['photos.list', 'photos.thumbs'] },
  ),
  'photos.remove': change(
    z.object({ id, reason: requiredText(msg('checks.label.whyPhotoRemoved'), 500) }),
    z.object({ id, removedAt: z.string() }),
    // A removed photo's image is no longer served.
    { invalidates: ['photos.list', 'photos.thumbs', 'photos.image'] },
  ),
} as const;
