import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPaths, type PathInputs } from './paths';

const base: PathInputs = {
  isPackaged: false,
  appPath: path.resolve('/repo'),
  resourcesPath: path.resolve('/opt/Stipple/resources'),
  userData: path.resolve('/home/clinic/.config/Stipple'),
  mainDir: path.resolve('/repo/out/main'),
  env: {},
};

describe('resolveAppPaths', () => {
  it('keeps the chart in userData', () => {
    expect(resolveAppPaths(base).databaseFile).toBe(path.resolve('/home/clinic/.config/Stipple/stipple.sqlite'));
  });

  it('uses the repo migrations in development and the shipped copy when packaged', () => {
    expect(resolveAppPaths(base).migrationsFolder).toBe(path.resolve('/repo/db/migrations'));
    expect(resolveAppPaths({ ...base, isPackaged: true }).migrationsFolder).toBe(path.resolve('/opt/Stipple/resources/migrations'));
  });

  it('finds the built renderer and the CommonJS preload beside the main script', () => {
    const paths = resolveAppPaths(base);
    expect(paths.rendererIndexFile).toBe(path.resolve('/repo/out/renderer/index.html'));
    expect(paths.preloadFile).toBe(path.resolve('/repo/out/preload/index.cjs'));
  });

  it('honours the dev server and native binding overrides in development only', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173', STIPPLE_NATIVE_BINDING: '/repo/.native/x.node' };
    const dev = resolveAppPaths({ ...base, env });
    expect(dev.devServerUrl).toBe('http://localhost:5173');
    expect(dev.nativeBinding).toBe('/repo/.native/x.node');

    const packaged = resolveAppPaths({ ...base, isPackaged: true, env });
    expect(packaged.devServerUrl).toBeUndefined();
    expect(packaged.nativeBinding).toBeUndefined();
  });

  it('ignores empty overrides', () => {
    const paths = resolveAppPaths({ ...base, env: { ELECTRON_RENDERER_URL: '', STIPPLE_NATIVE_BINDING: ' ' } });
    expect(paths.devServerUrl).toBeUndefined();
    expect(paths.nativeBinding).toBeUndefined();
  });
});
