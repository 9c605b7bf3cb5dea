import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../db/testing';
import { rendererBuildReason } from './build-renderer';

function touch(file: string, secondsAgo: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, '');
  const t = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(file, t, t);
}

describe('rendererBuildReason', () => {
  it('is missing without out/renderer/index.html, stale when a source is newer, else null', () => {
    const root = tempDir('stipple-build-');
    touch(path.join(root, 'renderer', 'src', 'main.tsx'), 100);
    touch(path.join(root, 'core', 'zones.ts'), 100);
    for (const dir of ['renderer/src', 'renderer', 'core']) touch(path.join(root, dir), 100);
    expect(rendererBuildReason(root)).toBe('missing');

    touch(path.join(root, 'out', 'renderer', 'index.html'), 50);
    expect(rendererBuildReason(root)).toBeNull();

    touch(path.join(root, 'core', 'zones.ts'), 10);
    expect(rendererBuildReason(root)).toBe('stale');
  });
});
