import { describe, expect, it, vi } from 'vitest';
import { DatabaseOpenError } from '../../db/errors';
import { OPEN_FAILED_TITLE, explainDamagedChart, openFailedTitle, plainOpenMessage } from './open-chart';

describe('plainOpenMessage (what the API process reports when the chart cannot be opened)', () => {
  it("is the DatabaseOpenError's own plain message, with no stack", () => {
    const error = new DatabaseOpenError('newer_version', 'stipple.sqlite was written by a newer version of Stipple.');
    expect(plainOpenMessage(error)).toBe('stipple.sqlite was written by a newer version of Stipple.');
  });

  it('explains an unexpected error in one line without its stack', () => {
    const message = plainOpenMessage(new Error('Module did not self-register\n    at Object.<anonymous> (/x.js:1:1)'));
    expect(message).toContain('Module did not self-register');
    expect(message).not.toContain('\n');
    expect(message).not.toContain(' at ');
  });
});

describe('explainDamagedChart', () => {
  it('explains damage found by the deferred check in the same plain box', () => {
    const showError = vi.fn();
    const log = vi.fn();
    const message =
      '/data/stipple.sqlite is damaged (Tree 5 page 9: btreeInitPage() returns error code 11). It was left untouched; restore the latest backup.';
    explainDamagedChart({ showError, log }, message);
    expect(showError).toHaveBeenCalledWith(OPEN_FAILED_TITLE, message);
    expect(log).toHaveBeenCalledWith(message);
  });
});

describe('the start-up box in the system’s language (the clinic’s is in the database not yet open)', () => {
  it('reads German for a German system and English as before otherwise', () => {
    const locked = DatabaseOpenError.from(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }), '/data/stipple.sqlite');
    expect(plainOpenMessage(locked)).toBe('/data/stipple.sqlite is in use by another program. Close it and try again.');
    expect(plainOpenMessage(locked, 'de-DE')).toBe(
      '/data/stipple.sqlite wird von einem anderen Programm verwendet. Schließen Sie es und versuchen Sie es erneut.',
    );
    expect(locked.says).toEqual({ id: 'startup.open.locked', values: { file: '/data/stipple.sqlite' } });
    expect(openFailedTitle('de-DE')).toBe('Stipple kann seine Karteidatenbank nicht öffnen');
    expect(openFailedTitle()).toBe(OPEN_FAILED_TITLE);
    expect(plainOpenMessage(new Error('boom\n at x'), 'es-ES')).toBe('Stipple no pudo iniciarse por un problema inesperado: boom');
  });
});
