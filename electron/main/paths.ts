// Where everything the main process needs lives, in development and in the packaged app.
// Pure (Electron's values are passed in), so both layouts are unit-tested.
import path from 'node:path';
import { databaseFileIn } from '../../db/location';

export interface PathInputs {
  isPackaged: boolean;
  /** app.getAppPath(): the repo root in development, the app.asar in a packaged app. */
  appPath: string;
  /** process.resourcesPath: where electron-builder puts extraResources. */
  resourcesPath: string;
  /** app.getPath('userData'): per-user, survives updates. */
  userData: string;
  /** Folder of the built main script (out/main). */
  mainDir: string;
  env: Record<string, string | undefined>;
}

export interface AppPaths {
  databaseFile: string;
  migrationsFolder: string;
  rendererIndexFile: string;
  preloadFile: string;
  /** The API process's script, built beside main (out/main/api-process.js). */
  apiProcessFile: string;
  devServerUrl: string | undefined;
  nativeBinding: string | undefined;
}

export function resolveAppPaths(inputs: PathInputs): AppPaths {
  const dev = !inputs.isPackaged;
  return {
    databaseFile: databaseFileIn(inputs.userData),
    migrationsFolder: dev ? path.join(inputs.appPath, 'db', 'migrations') : path.join(inputs.resourcesPath, 'migrations'),
    rendererIndexFile: path.join(inputs.mainDir, '..', 'renderer', 'index.html'),
    // CommonJS: a sandboxed preload cannot be an ES module.
    preloadFile: path.join(inputs.mainDir, '..', 'preload', 'index.cjs'),
    apiProcessFile: path.join(inputs.mainDir, 'api-process.js'),
    // Environment overrides are for development only: in a packaged app an environment variable
    // must not be able to point the window at a web server or load a different native library.
    devServerUrl: dev ? nonEmpty(inputs.env['ELECTRON_RENDERER_URL']) : undefined,
    nativeBinding: dev ? nonEmpty(inputs.env['STIPPLE_NATIVE_BINDING']) : undefined,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value : undefined;
}
