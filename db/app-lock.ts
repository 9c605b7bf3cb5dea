// One writer: the app (Electron's API process, or the browser host) holds `<database>.lock` while
// it has the chart open, so the command line's restore and import can refuse instead of swapping
// rows under open windows. The file names the process; a lock left by a process that is gone
// (a crash, a power cut) is taken over.
import fs from 'node:fs';

export interface AppLock {
  /** Removes the lock file (on close). */
  release(): void;
}

interface LockContent {
  pid: number;
  app: string;
  since: string;
}

export const lockFileOf = (databaseFile: string) => `${databaseFile}.lock`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

function read(file: string): LockContent | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockContent>;
    return typeof parsed.pid === 'number' && typeof parsed.app === 'string' ? (parsed as LockContent) : null;
  } catch {
    return null;
  }
}

/** Who has the database open, or null when nobody living does. */
export function appHoldingDatabase(databaseFile: string): LockContent | null {
  const held = read(lockFileOf(databaseFile));
  return held && held.pid !== process.pid && alive(held.pid) ? held : null;
}

/** Takes the lock for this process (`app`: how a person would name it, "Stipple", "the browser host"). */
export function holdAppLock(databaseFile: string, app: string, now: Date = new Date()): AppLock {
  const file = lockFileOf(databaseFile);
  const content = JSON.stringify({ pid: process.pid, app, since: now.toISOString() } satisfies LockContent);
  // A live holder was refused before this point by the single-instance rules; a stale one is replaced.
  fs.writeFileSync(file, content, { mode: 0o600 });
  return {
    release() {
      if (read(file)?.pid === process.pid) fs.rmSync(file, { force: true });
    },
  };
}

/** The plain sentence for a command that must not run while the app has the database open, or null. */
export function refusalWhileOpen(databaseFile: string, command: string): string | null {
  const held = appHoldingDatabase(databaseFile);
  if (!held) return null;
  return `${held.app} has ${databaseFile} open (process ${held.pid}, since ${held.since}). Quit ${held.app} first, then run ${command} again; nothing was changed.`;
}
