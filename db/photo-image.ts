// Every image on its way in: decoded by sharp with a pixel limit (a decompression bomb or a
// 200-megapixel picture is refused before it is decoded whole), turned upright by its EXIF
// orientation, then re-encoded as a JPEG without any metadata (sharp keeps none unless asked:
// no GPS, camera, owner or EXIF at all), and a thumbnail made from that. A file that is not an image,
// or is cut short, is refused with a sentence naming it.
import sharp, { type Metadata } from 'sharp';
import { MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, THUMB_SIZE } from '../core/photos';
import { inEnglish, says, type Says } from '../core/i18n/says';

export interface ProcessedPhoto {
  full: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
}

/** `message` in English; `says` the same by message id, for the caller's language. */
export class PhotoImageError extends Error {
  constructor(readonly says: Says) {
    super(inEnglish(says));
    this.name = 'PhotoImageError';
  }
}

export async function processPhoto(
  bytes: Buffer,
  name: string,
  limits = { pixels: MAX_PHOTO_PIXELS, bytes: MAX_PHOTO_BYTES },
): Promise<ProcessedPhoto> {
  if (bytes.length === 0) throw new PhotoImageError(says('dataErrors.photo.empty', { name }));
  if (bytes.length > limits.bytes)
    throw new PhotoImageError(says('dataErrors.photo.tooLarge', { name, mb: Math.round(limits.bytes / 1024 / 1024) }));
  // failOn 'truncated': a JPEG cut short is an error, not a picture with a grey bottom.
  const input = { limitInputPixels: limits.pixels, failOn: 'truncated' as const, sequentialRead: true };
  let meta: Metadata;
  try {
    // The header only (no pixels are decoded), so the size is told before the limit refuses it.
    meta = await sharp(bytes, { ...input, limitInputPixels: false }).metadata();
  } catch {
    throw new PhotoImageError(says('dataErrors.photo.notPicture', { name }));
  }
  if ((meta.width ?? 0) * (meta.height ?? 0) > limits.pixels)
    throw new PhotoImageError(
      says('dataErrors.photo.tooManyPixels', {
        name,
        megapixels: Math.round(((meta.width ?? 0) * (meta.height ?? 0)) / 1e6),
        limit: Math.round(limits.pixels / 1e6),
      }),
    );
  try {
    // One decode of the header, two outputs: the thumbnail from the input itself, so libvips can
    // shrink it while decoding (JPEG shrink-on-load) rather than decode the full picture twice.
    const upright = sharp(bytes, input).rotate();
    const [{ data: full, info }, thumb] = await Promise.all([
      upright.clone().jpeg({ quality: 88 }).toBuffer({ resolveWithObject: true }),
      upright.clone().resize(THUMB_SIZE, THUMB_SIZE, { fit: 'inside' }).jpeg({ quality: 80 }).toBuffer(),
    ]);
    return { full, thumb, width: info.width, height: info.height };
  } catch {
    throw new PhotoImageError(says('dataErrors.photo.damaged', { name }));
  }
}
