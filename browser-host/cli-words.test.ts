// The browser host's start-up sentences read the terminal's language (the clinic's is in the
// database, not open yet): German for a German terminal, English as before otherwise.
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../db/errors';
import { startupMessage, terminalLocale } from './cli';

describe('the browser host’s start-up words', () => {
  it('follow the terminal’s locale', () => {
    expect(terminalLocale({ LANG: 'de_DE.UTF-8' })).toBe('de-DE');
    expect(terminalLocale({ LC_ALL: 'C', LANG: 'es_ES.UTF-8' })).toBe('es-ES');
    expect(terminalLocale({})).toBe('en-GB');
    const inUse = Object.assign(new Error('listen'), { code: 'EADDRINUSE' });
    expect(startupMessage(inUse, 8443, 'de-DE')).toBe(
      'Port 8443 auf 127.0.0.1 ist bereits belegt. Wählen Sie mit --port einen anderen, oder 0 für einen beliebigen freien Port.',
    );
    expect(startupMessage(inUse, 8443, 'en-GB')).toBe(
      'Port 8443 on 127.0.0.1 is already in use. Choose another with --port, or 0 for any free port.',
    );
    const newer = DatabaseOpenError.says('newer_version', 'startup.open.newer', { file: 'chart.sqlite' });
    expect(startupMessage(newer, 0, 'de-DE')).toMatch(/^chart\.sqlite wurde von einer neueren Version von Stipple geschrieben/);
  });
});
