// Where Stipple keeps its database on each platform: Electron's userData folder for an app named
// "Stipple". The Electron main process and the command line both use this, so `npm run stipple`
// finds the same file the app writes without being told.
import path from 'node:path';

export const APP_NAME = 'Stipple';
export const DATABASE_FILE_NAME = 'stipple.sqlite';

/** The per-user data folder Electron's app.getPath('userData') gives an app called Stipple. */
export function userDataFolder(platform: NodeJS.Platform, env: Record<string, string | undefined>, home: string): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_NAME);
}

export function databaseFileIn(userData: string): string {
  return path.join(userData, DATABASE_FILE_NAME);
}

/** Automatic backups live beside the database, in backups/. */
export function backupFolderFor(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'backups');
}
