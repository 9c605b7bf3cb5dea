import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { AREAS } from './areas';
import { LANGUAGES, languageOf } from './languages';
import { en, type MessageId } from './messages-en';
import { catalogOf, translate } from './translate';

/** Every placeholder of a message with its kind ("count:plural", "name:argument"), nested ones too. */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) {
      into.add(`${el.value}:${el.type}`);
    }
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(`${el.value}:${el.type}`);
      for (const option of Object.values(el.options)) placeholders(option.value, into);
    }
    if (el.type === TYPE.tag) placeholders(el.children, into);
  }
  return into;
}

const ids = Object.keys(en) as MessageId[];

describe('message catalogs', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every message English has, and no other', (language) => {
    const catalog = catalogOf(language) as Record<string, string>;
    expect(Object.keys(catalog).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(catalog[id]?.trim(), id).toBeTruthy();
  });

  it.each(LANGUAGES)('%s: every message parses and has the placeholders of its English one', (language) => {
    const catalog = catalogOf(language);
    for (const id of ids) {
      const want = [...placeholders(parse(en[id]))].sort();
      expect([...placeholders(parse(catalog[id]))].sort(), `${language} ${id}`).toEqual(want);
    }
  });

  it('a locale reads the catalog of its language, and English for a language not shipped', () => {
    expect(languageOf('de-AT')).toBe('de');
    expect(languageOf('es-MX')).toBe('es');
    expect(languageOf('en-IE')).toBe('en');
    expect(languageOf('tr-TR')).toBe('en');
    expect(languageOf('not a locale')).toBe('en');
    expect(translate('de-DE', 'nav.clients')).toBe('Kunden');
    expect(translate('es-ES', 'nav.clients')).toBe('Clientes');
    expect(translate('pl-PL', 'nav.clients')).toBe('Clients');
  });

  it('fills placeholders in the locale given', () => {
    expect(translate('de-DE', 'staff.language.clinic', { language: 'Deutsch' })).toBe('Die der Praxis (Deutsch)');
    expect(translate('en-GB', 'staff.language.clinic', { language: 'English' })).toBe('The clinic’s (English)');
  });

  it("each area's ids start with its name, so no two areas can give one id two meanings", () => {
    const seen = new Set<string>();
    for (const [name, messages] of Object.entries(AREAS)) {
      for (const id of Object.keys(messages.en)) {
        expect(id.startsWith(`${name}.`), `${id} in area ${name}`).toBe(true);
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
    }
  });
});
