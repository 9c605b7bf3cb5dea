import { describe, expect, it, vi } from 'vitest';
import { DatabaseOpenError } from '../../db/errors';
import type { OpenDatabase } from '../../db/open';
import { OPEN_FAILED_TITLE, explainDamagedChart, openChartOrExplain } from './open-chart';

const options = { migrationsFolder: '/app/migrations' };

describe('openChartOrExplain', () => {
  it('returns the open database and shows nothing when it opens', async () => {
    const open = { close: vi.fn() } as unknown as OpenDatabase;
    const showError = vi.fn();
    const openDatabase = vi.fn(async () => open);
    await expect(openChartOrExplain({ openDatabase, showError }, '/data/stipple.sqlite', options)).resolves.toBe(open);
    expect(openDatabase).toHaveBeenCalledWith('/data/stipple.sqlite', options);
    expect(showError).not.toHaveBeenCalled();
  });

  it("shows the DatabaseOpenError's own plain message, and no stack", async () => {
    const error = new DatabaseOpenError('newer_version', 'stipple.sqlite was written by a newer version of Stipple.');
    const showError = vi.fn();
    const log = vi.fn();
    const result = await openChartOrExplain(
      { openDatabase: async () => Promise.reject(error), showError, log },
      '/data/stipple.sqlite',
      options,
    );
    expect(result).toBeNull();
    expect(showError).toHaveBeenCalledWith(OPEN_FAILED_TITLE, 'stipple.sqlite was written by a newer version of Stipple.');
    expect(log).toHaveBeenCalledWith(error);
  });

  it('explains an unexpected error in one line without its stack', async () => {
    const error = new Error('Module did not self-register\n    at Object.<anonymous> (/x.js:1:1)');
    const showError = vi.fn();
    await openChartOrExplain({ openDatabase: async () => Promise.reject(error), showError }, '/d.sqlite', options);
    const message = showError.mock.calls[0]?.[1] as string;
    expect(message).toContain('Module did not self-register');
    expect(message).not.toContain('\n');
    expect(message).not.toContain(' at ');
  });

  it('explains damage found by the deferred check in the same plain box', () => {
    const showError = vi.fn();
    const log = vi.fn();
    const message = '/data/stipple.sqlite is damaged (Tree 5 page 9: btreeInitPage() returns error code 11). It was left untouched; restore the latest backup.';
    explainDamagedChart({ showError, log }, message);
    expect(showError).toHaveBeenCalledWith(OPEN_FAILED_TITLE, message);
    expect(log).toHaveBeenCalledWith(message);
  });
});
