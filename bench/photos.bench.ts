// Taking in a 12-megapixel JPEG as Stipple does (EXIF rotation, every piece of metadata stripped,
// re-encoded, a thumbnail, both hashed and sealed into the photo folder) beside a plain re-encode of
// the same file by sharp in the same run: the baseline is what any import costs at the least.
// Target: under 1 s median.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { processPhoto } from '../db/photo-image';
import { photoKey, storePhoto } from '../db/photo-store';
import { compare, type Timing } from './stats';

export const photoImportBench = {
  name: 'photo import: a 12 MP JPEG (rotate, strip, re-encode, thumbnail, seal)',
  targetMs: 1000,
  async run(repeats = 7): Promise<{ app: Timing; raw: Timing }> {
    // 4000×3000 with texture (noise compresses like a photo does), GPS and orientation in its EXIF.
    const noise = await sharp({
      create: { width: 4000, height: 3000, channels: 3, background: '#8a6a5a', noise: { type: 'gaussian', mean: 128, sigma: 40 } },
    })
      .jpeg({ quality: 90 })
      .withExif({ IFD0: { Make: 'PhoneCo' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-bench-photos-'));
    const key = photoKey('5e'.repeat(32));
    try {
      const inputs = Array.from({ length: repeats }, (_v, i) => i);
      return await compare(
        inputs,
        async () => {
          const p = await processPhoto(noise, 'bench.jpg');
          storePhoto(folder, p.full, key);
          storePhoto(folder, p.thumb, key);
          fs.rmSync(folder, { recursive: true, force: true }); // each run writes its files anew
        },
        () => sharp(noise).jpeg({ quality: 88 }).toBuffer(),
        1,
      );
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  },
};
