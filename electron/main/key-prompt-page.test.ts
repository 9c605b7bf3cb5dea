// The passphrase page reads the system's language (the clinic's is inside the database not yet
// open): German words and lang="de" for a German system, English as before otherwise; values are
// escaped and the policy that allows only its own script stays the same in every language.
import { describe, expect, it } from 'vitest';
import { keyPromptHtml } from './key-prompt-page';
import { systemLocale } from './system-locale';

const csp = (html: string) => /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];

describe('the passphrase page in the system’s language', () => {
  it('is German for a German system, with its own problem sentence in German', () => {
    const locale = systemLocale({ getPreferredSystemLanguages: () => ['de-DE', 'en-US'], getLocale: () => 'en-US' });
    expect(locale).toBe('de-DE');
    const html = keyPromptHtml({ mode: 'enter-passphrase', problem: { id: 'startup.prompt.wrongPassphrase' } }, locale);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<h1>Stipple entsperren</h1>');
    expect(html).toContain('Diese Passphrase öffnet die Karteidatenbank nicht.');
    expect(html).toContain('>Stipple beenden</button>');
    expect(html).toContain('data-differ="Die beiden Passphrasen stimmen nicht überein.');
  });

  it('is English by default, word for word as before', () => {
    const html = keyPromptHtml({ mode: 'create-passphrase', problem: null });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Choose a passphrase for Stipple</h1>');
    expect(html).toContain('<label for="again">The same passphrase again</label>');
    expect(systemLocale({ getLocale: () => '' })).toBe('en-GB');
  });

  it('escapes the file name and a worded problem, and keeps one script policy in every language', () => {
    const request = { mode: 'recovery-key' as const, problem: 'Group 2 <b>x</b>', file: '/data/<img src=x>.sqlite' };
    const de = keyPromptHtml(request, 'de-DE');
    expect(de).toContain('(/data/&#60;img src=x&#62;.sqlite)');
    expect(de).toContain('Group 2 &#60;b&#62;x&#60;/b&#62;');
    expect(de).not.toContain('<img');
    expect(csp(de)).toMatch(
      /^default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[^']+'; form-action 'none'; base-uri 'none'$/,
    );
    expect(csp(de)).toBe(csp(keyPromptHtml(request, 'en-GB')));
    expect(keyPromptHtml(request, 'es-ES')).toContain('<html lang="es">');
  });
});
