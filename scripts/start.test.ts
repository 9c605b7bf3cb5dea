import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  NO_NATIVE_MESSAGE,
  NO_RUNTIME_MESSAGE,
  electronGypArgs,
  ensureElectronRuntime,
  findElectronRuntime,
  gypEnv,
  nativeBindingPath,
  start,
  type StartDeps,
} from './start.mjs';

const runtime = { executable: '/repo/node_modules/electron/dist/electron', version: '45.4.1' };

function deps(overrides: Partial<StartDeps> = {}) {
  return {
    print: vi.fn<StartDeps['print']>(),
    ensureElectronRuntime: vi.fn<StartDeps['ensureElectronRuntime']>(async () => runtime),
    ensureNativeBinding: vi.fn<StartDeps['ensureNativeBinding']>(async () => '/repo/.native/electron-45.4.1/better_sqlite3.node'),
    build: vi.fn<StartDeps['build']>(async () => true),
    launch: vi.fn<StartDeps['launch']>(async () => 0),
    ...overrides,
  };
}

describe('start', () => {
  it('without the Electron runtime: prints the plain message, exits 1, builds and launches nothing', async () => {
    const d = deps({ ensureElectronRuntime: vi.fn(async () => null) });
    await expect(start(d)).resolves.toBe(1);
    expect(d.print).toHaveBeenCalledExactlyOnceWith(NO_RUNTIME_MESSAGE);
    expect(NO_RUNTIME_MESSAGE).toContain('npm run browser');
    expect(NO_RUNTIME_MESSAGE).not.toMatch(/\n|\bat \S+:\d+/);
    expect(d.ensureNativeBinding).not.toHaveBeenCalled();
    expect(d.build).not.toHaveBeenCalled();
    expect(d.launch).not.toHaveBeenCalled();
  });

  it('without an Electron build of better-sqlite3: explains, exits 1, launches nothing', async () => {
    const d = deps({ ensureNativeBinding: vi.fn(async () => null) });
    await expect(start(d)).resolves.toBe(1);
    expect(d.ensureNativeBinding).toHaveBeenCalledWith('45.4.1');
    expect(d.print).toHaveBeenCalledExactlyOnceWith(NO_NATIVE_MESSAGE);
    expect(d.launch).not.toHaveBeenCalled();
  });

  it('when the build fails: exits 1 without launching', async () => {
    const d = deps({ build: vi.fn(async () => false) });
    await expect(start(d)).resolves.toBe(1);
    expect(d.launch).not.toHaveBeenCalled();
  });

  it('with everything in place: builds, then launches Electron pointing at the Electron binding', async () => {
    const d = deps({ launch: vi.fn(async () => 3) });
    await expect(start(d)).resolves.toBe(3);
    expect(d.build).toHaveBeenCalledOnce();
    expect(d.launch).toHaveBeenCalledWith(runtime.executable, {
      STIPPLE_NATIVE_BINDING: '/repo/.native/electron-45.4.1/better_sqlite3.node',
    });
    expect(d.print).not.toHaveBeenCalled();
  });
});

describe('finding the Electron runtime', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  function electronPackage({ pathTxt, binary }: { pathTxt?: string; binary?: string }) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-electron-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: '45.4.1' }));
    if (pathTxt !== undefined) fs.writeFileSync(path.join(dir, 'path.txt'), pathTxt);
    if (binary) {
      fs.mkdirSync(path.dirname(path.join(dir, 'dist', binary)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'dist', binary), '');
    }
    return dir;
  }

  it('finds nothing when path.txt is missing (the download never happened)', () => {
    expect(findElectronRuntime(electronPackage({}))).toBeNull();
  });

  it('finds nothing when path.txt names a binary that is not there', () => {
    expect(findElectronRuntime(electronPackage({ pathTxt: 'electron' }))).toBeNull();
  });

  it('finds the binary named by path.txt', () => {
    const dir = electronPackage({ pathTxt: 'electron', binary: 'electron' });
    expect(findElectronRuntime(dir)).toEqual({ executable: path.join(dir, 'dist', 'electron'), version: '45.4.1' });
  });

  it('runs the installer once when missing, and gives up if it fails', () => {
    const installer = vi.fn(() => false);
    expect(ensureElectronRuntime(electronPackage({}), installer)).toBeNull();
    expect(installer).toHaveBeenCalledOnce();
  });

  it('uses the runtime the installer fetched', () => {
    const dir = electronPackage({});
    const installer = vi.fn(() => {
      fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
      fs.mkdirSync(path.join(dir, 'dist'));
      fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
      return true;
    });
    expect(ensureElectronRuntime(dir, installer)?.version).toBe('45.4.1');
  });

  it('does not run the installer when the runtime is already there', () => {
    const installer = vi.fn(() => true);
    ensureElectronRuntime(electronPackage({ pathTxt: 'electron', binary: 'electron' }), installer);
    expect(installer).not.toHaveBeenCalled();
  });
});

describe('nativeBindingPath', () => {
  it('keeps one build per Electron version under .native, outside node_modules', () => {
    expect(nativeBindingPath('/repo', '45.4.1')).toBe(path.join('/repo', '.native', 'electron-45.4.1', 'better_sqlite3.node'));
  });
});

describe('the Electron build of better-sqlite3', () => {
  it('compiles against Electron headers', () => {
    expect(electronGypArgs('45.4.1')).toEqual(['--runtime=electron', '--target=45.4.1', '--dist-url=https://electronjs.org/headers']);
  });

  it("drops npm config that would make node-gyp compile for Node instead (it overrides node-gyp's arguments)", () => {
    const env = gypEnv({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.0.0',
      npm_config_runtime: 'node',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_package_config_node_gyp_nodedir: '/usr',
      npm_config_proxy: 'http://proxy:3128',
    });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_proxy: 'http://proxy:3128' });
  });
});
