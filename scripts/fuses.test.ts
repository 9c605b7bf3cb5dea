// The packaged app's fuses: the configuration, and the afterPack hook run on a file laid out as
// an Electron binary's fuse wire is (the sentinel, version 1, nine fuses), read back afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../db/testing';
import { applyFuses } from './after-pack.mjs';
import { electronBinaryOf, STIPPLE_FUSES } from './fuses.mjs';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

function fakeElectronBinary(): string {
  const file = path.join(tempDir(), 'Stipple');
  const wire = Buffer.from([1, 9, ...Array<number>(9).fill(FuseState.ENABLE)]);
  fs.writeFileSync(file, Buffer.concat([Buffer.alloc(4096, 0x90), Buffer.from(SENTINEL), wire, Buffer.alloc(4096, 0x90)]));
  return file;
}

describe('Electron fuses', () => {
  it('turn off running as Node, NODE_OPTIONS and --inspect; turn on asar-only, asar integrity and cookie encryption', () => {
    expect(STIPPLE_FUSES).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
    });
  });

  it('are flipped by the afterPack hook electron-builder runs, and read back as set', async () => {
    const binary = fakeElectronBinary();
    await applyFuses(binary);
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(fs.readFileSync(path.resolve(import.meta.dirname, '../electron-builder.yml'), 'utf8')).toMatch(
      /^afterPack: scripts\/after-pack\.mjs$/m,
    );
  });

  it('refuses a file that is not an Electron binary', async () => {
    const file = path.join(tempDir(), 'not-electron');
    fs.writeFileSync(file, 'hello');
    await expect(applyFuses(file)).rejects.toThrow(/Could not find sentinel/);
  });

  it('finds the packed binary on each platform', () => {
    const packager = { executableName: 'stipple', appInfo: { productFilename: 'Stipple' } };
    expect(electronBinaryOf({ appOutDir: '/out', electronPlatformName: 'linux', packager })).toBe('/out/stipple');
    expect(electronBinaryOf({ appOutDir: '/out', electronPlatformName: 'win32', packager })).toBe('/out/Stipple.exe');
    expect(electronBinaryOf({ appOutDir: '/out', electronPlatformName: 'darwin', packager })).toBe('/out/Stipple.app');
  });
});
