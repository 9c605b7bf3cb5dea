// Is there a signature on the pad? The drawn PNG is decoded (with a pixel limit) and its ink
// counted: a blank pad, a tap or a tiny tick is not a signature. The renderer asks signature_pad
// first; this is the check that holds whatever sent the image.
import sharp from 'sharp';

const MAX_PIXELS = 4096 * 4096;
/** Ink must span at least this share of the pad's width… */
const MIN_SPAN = 0.1;
/** …and cover at least this share of its area (a 600×200 pad: 180 pixels of ink). */
const MIN_INK = 0.0015;

export interface SignatureInk {
  /** Pixels with ink (opaque enough and dark enough). */
  inked: number;
  width: number;
  height: number;
  /** The width of the box around the ink, in pixels. */
  span: number;
}

/** The ink on a drawn signature, or null when the bytes are not a PNG that can be read. */
export async function signatureInk(png: Buffer): Promise<SignatureInk | null> {
  try {
    const { data, info } = await sharp(png, { limitInputPixels: MAX_PIXELS })
      .png()
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    let inked = 0;
    let left = info.width;
    let right = -1;
    for (let i = 0, px = 0; i < data.length; i += info.channels, px++) {
      const alpha = data[i + 3]!;
      const light = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
      if (alpha < 64 || light > 200) continue;
      inked++;
      const x = px % info.width;
      if (x < left) left = x;
      if (x > right) right = x;
    }
    return { inked, width: info.width, height: info.height, span: right < left ? 0 : right - left + 1 };
  } catch {
    return null;
  }
}

/** Whether the ink amounts to a signature rather than a blank or near-blank pad. */
export function isSigned(ink: SignatureInk): boolean {
  return ink.span >= ink.width * MIN_SPAN && ink.inked >= ink.width * ink.height * MIN_INK;
}

export function pngBytesOf(dataUrl: string): Buffer {
  return Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
}
