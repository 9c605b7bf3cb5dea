import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolderFor, databaseFileIn, userDataFolder } from './location';

describe('the app database location', () => {
  it('matches Electron’s userData folder for an app named Stipple', () => {
    expect(userDataFolder('linux', {}, '/home/jo')).toBe('/home/jo/.config/Stipple');
    expect(userDataFolder('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/jo')).toBe('/cfg/Stipple');
    expect(userDataFolder('darwin', {}, '/Users/jo')).toBe('/Users/jo/Library/Application Support/Stipple');
    expect(userDataFolder('win32', { APPDATA: 'C:\\Users\\jo\\AppData\\Roaming' }, 'C:\\Users\\jo')).toBe(
      'C:\\Users\\jo\\AppData\\Roaming\\Stipple',
    );
  });

  it('keeps backups beside the database', () => {
    const file = databaseFileIn('/data/Stipple');
    expect(file).toBe(path.join('/data/Stipple', 'stipple.sqlite'));
    expect(backupFolderFor(file)).toBe(path.join('/data/Stipple', 'backups'));
  });
});
