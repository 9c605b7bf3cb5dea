// The messages between the main process and the API process (a utilityProcess holding the
// database). Windows are named by their webContents id; the API process keeps one caller session
// per window, so the main process never knows who is signed in where.
import type { ServerEvent } from '../../api/contract/events';
import type { CallEnvelope } from '../../api/contract/call-envelope';
import type { ApiResult } from '../../api/result';
import type { DatabaseKey } from '../../db/cipher';

export type ToApiProcess =
  /**
   * The first message: the database key, which only the main process can unwrap (safeStorage). It
   * comes over the port, never in the arguments, which other users of the computer can list.
   */
  | {
      kind: 'start';
      databaseKey: DatabaseKey;
      keyProtection: 'keychain' | 'passphrase';
      /** For a refused open's words. */ locale?: string;
    }
  /** `envelope`: checked by the main process (api/contract/call-envelope.ts). */
  | { kind: 'call'; id: number; window: number; channel: string; input: unknown; envelope?: CallEnvelope }
  /** The window is gone: its session ends. */
  | { kind: 'closed'; window: number }
  /** Back up if anything changed, close the database, then exit. */
  | { kind: 'quit' };

export type FromApiProcess =
  /** `locale`: the clinic's locale setting, for the app's own language at the next start. */
  | { kind: 'ready'; locale?: string }
  /** The database could not be opened: a plain sentence for the clinic. */
  | { kind: 'failed'; message: string }
  /** The deferred integrity check found the file damaged. */
  | { kind: 'damaged'; message: string }
  | { kind: 'result'; id: number; result: ApiResult<unknown> }
  | { kind: 'event'; window: number; event: ServerEvent }
  | { kind: 'closed' };

/** Electron's process.parentPort in the API process, or a stand-in (tests: child_process IPC). */
export interface PortLike<In, Out> {
  postMessage(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

/** The API process's startup arguments (argv after the script). */
export interface ApiProcessArgs {
  databaseFile: string;
  migrationsFolder: string;
  nativeBinding?: string;
}

export function encodeArgs(args: ApiProcessArgs): string[] {
  return [JSON.stringify(args)];
}

export function decodeArgs(argv: readonly string[]): ApiProcessArgs {
  const parsed = JSON.parse(argv[argv.length - 1] ?? '{}') as Partial<ApiProcessArgs>;
  if (typeof parsed.databaseFile !== 'string' || typeof parsed.migrationsFolder !== 'string') {
    throw new Error('The API process was started without its database and migrations.');
  }
  return parsed as ApiProcessArgs;
}
