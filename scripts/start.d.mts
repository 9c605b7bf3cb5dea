// Types for start.mjs, so its unit test is type-checked under the strict tsconfig.
export interface ElectronRuntime {
  executable: string;
  version: string;
}

export interface StartDeps {
  print(message: string): void;
  ensureElectronRuntime(): Promise<ElectronRuntime | null>;
  /** Path of better_sqlite3.node built for this Electron version, or null if it cannot be built. */
  ensureNativeBinding(electronVersion: string): Promise<string | null>;
  /** Runs `electron-vite build`; false if it failed. */
  build(): Promise<boolean>;
  /** Runs Electron on the built app; resolves to its exit code. */
  launch(executable: string, extraEnv: Record<string, string>): Promise<number>;
}

export const NO_RUNTIME_MESSAGE: string;
export const NO_NATIVE_MESSAGE: string;
export const INSTALL_TIMEOUT_MS: number;
export function start(deps: StartDeps): Promise<number>;
export function findElectronRuntime(electronDir: string): ElectronRuntime | null;
export function ensureElectronRuntime(electronDir: string, runInstaller: () => boolean): ElectronRuntime | null;
export function nativeBindingPath(root: string, electronVersion: string): string;
export function electronGypArgs(version: string): string[];
export function buildNativeBinding(options: {
  require: NodeJS.Require;
  target: string;
  gypArgs: string[];
  log: (message: string) => void;
}): string | null;
export function gypEnv(env: Record<string, string | undefined>): Record<string, string | undefined>;
