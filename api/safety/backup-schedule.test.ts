import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../db/backup';
import { backupFolderFor } from '../../db/location';
import { testApi } from '../testing';
import { startBackupSchedule } from './backup-schedule';

let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi();
});
afterEach(() => t.close());

describe('the backup schedule', () => {
  it('backs up on each tick when something changed, and skips when nothing did', async () => {
    let tick: (() => void) | null = null;
    const schedule = startBackupSchedule({
      sqlite: t.open.sqlite,
      databaseFile: t.open.file,
      timers: {
        setInterval: ((fn: () => void) => ((tick = fn), 1)) as unknown as typeof setInterval,
        clearInterval: (() => (tick = null)) as unknown as typeof clearInterval,
      },
      log: () => undefined,
    });
    const folder = backupFolderFor(t.open.file);
    expect(await schedule.backupIfChanged()).not.toBeNull(); // none yet: the first is made at start (this waits for it)
    expect(await schedule.backupIfChanged()).toBeNull(); // nothing changed since
    await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' });
    tick!();
    await new Promise((r) => setTimeout(r, 200));
    expect(listBackups(folder)).toHaveLength(2);
    schedule.stop();
    expect(tick).toBeNull();
  });
});
