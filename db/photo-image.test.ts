import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { jpegWithGps, metadataOf } from '../tests/fixtures/photos';
import { PhotoImageError, processPhoto } from './photo-image';

describe('processPhoto', () => {
  it('turns the picture upright and strips every piece of metadata', async () => {
    const input = await jpegWithGps({ width: 400, height: 300, orientation: 6 });
    const before = await metadataOf(input);
    expect(before.hasGps).toBe(true);
    expect(before.namesCamera).toBe(true);
    expect(before.orientation).toBe(6);

    const out = await processPhoto(input, 'IMG_0001.jpg');
    // Orientation 6 is a quarter turn: 400×300 stored sideways is 300×400 upright.
    expect([out.width, out.height]).toEqual([300, 400]);
    for (const bytes of [out.full, out.thumb]) {
      const after = await metadataOf(bytes);
      expect(after.format).toBe('jpeg');
      expect(after.exif).toBeNull();
      expect(after.hasGps).toBe(false);
      expect(after.icc).toBeNull();
      expect(after.xmp).toBeNull();
      expect(after.iptc).toBeNull();
      expect(after.orientation).toBeNull();
      expect(after.namesCamera).toBe(false);
    }
    const thumb = await sharp(out.thumb).metadata();
    expect(Math.max(thumb.width, thumb.height)).toBe(320);
  });

  it('refuses a file that is not an image, naming it', async () => {
    await expect(processPhoto(Buffer.from('just some notes, not a photo'), 'notes.jpg')).rejects.toThrow(
      /^notes\.jpg is not a picture Stipple can read/,
    );
    await expect(processPhoto(Buffer.alloc(0), 'empty.jpg')).rejects.toBeInstanceOf(PhotoImageError);
  });

  it('refuses a truncated JPEG', async () => {
    const whole = await jpegWithGps({ width: 800, height: 600 });
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
    await expect(processPhoto(cut, 'cut.jpg')).rejects.toThrow(/^cut\.jpg is /);
  });

  it('refuses a picture of more pixels than the limit before decoding it (a bomb)', async () => {
    // A tiny PNG file that claims 20000×10000 pixels: 200 megapixels.
    const bomb = await sharp({ create: { width: 20000, height: 10000, channels: 3, background: '#000' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(2_000_000);
    await expect(processPhoto(bomb, 'bomb.png')).rejects.toThrow(/^bomb\.png is 200 megapixels/);
  });
});
