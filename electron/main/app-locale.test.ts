import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FromApiProcess } from '../api-process/protocol';
import { connectApiProcess } from './api-process-client';
import { localeFileIn, rememberedLocale, rememberLocale } from './app-locale';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const folder = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-locale-'));
  dirs.push(d);
  return d;
};

describe('the app locale kept between starts', () => {
  it('has none on a first start, then the locale the database reported', () => {
    const file = localeFileIn(folder());
    expect(rememberedLocale(file, fs)).toBeNull();
    expect(rememberLocale(file, 'de-DE', null, fs)).toBe(true);
    expect(rememberedLocale(file, fs)).toBe('de-DE');
    // The same locale again: nothing to change for the next start.
    expect(rememberLocale(file, 'de-DE', 'de-DE', fs)).toBe(false);
  });
  it('keeps en-GB for a malformed setting, and ignores a file that is not its own', () => {
    const file = localeFileIn(folder());
    rememberLocale(file, 'not a locale!!', null, fs);
    expect(rememberedLocale(file, fs)).toBe('en-GB');
    fs.writeFileSync(file, '{"locale": 42}');
    expect(rememberedLocale(file, fs)).toBeNull();
    fs.writeFileSync(file, 'garbage');
    expect(rememberedLocale(file, fs)).toBeNull();
  });
});

describe('the locale the data service reports', () => {
  it('comes with its ready message, for the main process to keep', async () => {
    let send!: (m: FromApiProcess) => void;
    const client = connectApiProcess({
      postMessage: () => undefined,
      on: (event: 'message' | 'exit', listener: (value: never) => void) => {
        if (event === 'message') send = listener as (m: FromApiProcess) => void;
      },
      kill: () => true,
    });
    send({ kind: 'ready', locale: 'en-US' });
    expect(await client.started).toEqual({ ok: true, locale: 'en-US' });
  });
});
