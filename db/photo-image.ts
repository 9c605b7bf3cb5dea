// Every image on its way in: decoded by sharp with a pixel limit (a decompression bomb or a
// 200-megapixel picture is refused before it is decoded whole), turned upright by its EXIF
// orientation, then re-encoded as a JPEG without any metadata (sharp keeps none unless asked:
// no GPS, camera, owner or EXIF at all), and a thumbnail made from that. A file that is not an image,
// or is cut short, is refused with a sentence naming it.
import sharp, { type Metadata } from 'sharp';
import { MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, THUMB_SIZE } from '../core/photos';

export interface ProcessedPhoto {
  full: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
}

export class PhotoImageError extends Error {}

export async function processPhoto(
  bytes: Buffer,
  name: string,
  limits = { pixels: MAX_PHOTO_PIXELS, bytes: MAX_PHOTO_BYTES },
): Promise<ProcessedPhoto> {
  if (bytes.length === 0) throw new PhotoImageError(`${name} is empty: it is not a photo. Nothing was stored from it.`);
  if (bytes.length > limits.bytes)
    throw new PhotoImageError(
      `${name} is larger than ${Math.round(limits.bytes / 1024 / 1024)} MB: too large for a photo. Nothing was stored from it.`,
    );
  // failOn 'truncated': a JPEG cut short is an error, not a picture with a grey bottom.
  const input = { limitInputPixels: limits.pixels, failOn: 'truncated' as const, sequentialRead: true };
  let meta: Metadata;
  try {
    // The header only (no pixels are decoded), so the size is told before the limit refuses it.
    meta = await sharp(bytes, { ...input, limitInputPixels: false }).metadata();
  } catch {
    throw new PhotoImageError(`${name} is not a picture Stipple can read (a JPEG, PNG, WebP or TIFF). Nothing was stored from it.`);
  }
  if ((meta.width ?? 0) * (meta.height ?? 0) > limits.pixels)
    throw new PhotoImageError(
      `${name} is ${Math.round(((meta.width ?? 0) * (meta.height ?? 0)) / 1e6)} megapixels, more than Stipple takes in (${Math.round(limits.pixels / 1e6)}). Nothing was stored from it.`,
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
    throw new PhotoImageError(`${name} is damaged or cut short, so it cannot be read as a picture. Nothing was stored from it.`);
  }
}
