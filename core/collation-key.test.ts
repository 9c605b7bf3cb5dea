// The keys' byte order against Intl.Collator itself, on generated names in many locales: the list
// sorts in an index by these keys, and must come out as the collator would sort it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collationKey, collationKeyer, collationTable } from './collation-key';

/** SQLite compares TEXT as UTF-8 bytes. */
const byBytes = (a: string, b: string) => Math.sign(Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));

const PIECES = [
  ...'abcdeghilnorstuyzACDEILOSZ',
  ...'çčéèëğıİñóöøşßüżæœåäþđłÇÖÓŁÆÅ',
  ...'абвгдеёжийкнорстуїєАБИНЁ',
  ...'αβγσςΣ',
  ' ',
  "'",
  '’',
  '-',
  'ch',
  'CH',
  'aa',
  'cs',
  'ly',
  'ss',
  'ae',
  '1',
  '9',
  'e\u0301',
  '中',
];
const name = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

const LOCALES = [
  'en-GB',
  'en-US',
  'tr',
  'pl',
  'es',
  'de',
  'da',
  'nb',
  'sv',
  'fi',
  'cs',
  'sk',
  'hu',
  'hr',
  'ro',
  'lt',
  'ga',
  'fr',
  'is',
  'ru',
  'uk',
  'el',
  'vi',
];

describe('collation keys', () => {
  it.each(LOCALES)('order names as Intl.Collator does: %s', (locale) => {
    const key = collationKeyer(locale);
    const compare = new Intl.Collator(locale).compare;
    const { contractions } = collationTable(locale);
    // Not modelled (core/collation-key.ts): a contraction whose second letter carries an accent.
    const modelled = (n: string) => ![...contractions].some((c) => new RegExp(`${c}\\p{M}`, 'u').test(n.normalize('NFD')));
    fc.assert(
      fc.property(name, name, (a, b) => {
        fc.pre(modelled(a) && modelled(b));
        return byBytes(key(a), key(b)) === Math.sign(compare(a, b));
      }),
      { numRuns: 3000, seed: 20 },
    );
  });

  it('puts the names of issue 20 where the collator does, in English and Turkish', () => {
    const names = [
      'Çelik',
      'Celik',
      'Cem',
      'Dal',
      'Ó Briain',
      "O'Brien",
      'Obama',
      'Öztürk',
      'Oz',
      'Zoë',
      'Zoe',
      'Zed',
      'Łukasz',
      'Lukas',
      'Núñez',
      'Nunez',
      'Анна',
      'Иванова',
      'ılgaz',
      'Illa',
      'İnce',
      'Weiß',
      'Weiss',
      'Weist',
    ];
    for (const locale of ['en-GB', 'tr']) {
      const key = collationKeyer(locale);
      const byKey = [...names].sort((a, b) => byBytes(key(a), key(b)));
      expect(byKey).toEqual([...names].sort(new Intl.Collator(locale).compare));
      // "Çelik" with the C's, "Ó Briain" with the O's, never after Z.
      expect(byKey.indexOf('Çelik')).toBeLessThan(byKey.indexOf('Dal'));
      expect(byKey.indexOf('Ó Briain')).toBeLessThan(byKey.indexOf('Zed'));
      expect(byKey.indexOf('Öztürk')).toBeLessThan(byKey.indexOf('Zed'));
    }
    // In Turkish Ç is a letter of its own after C; in English it is a C with a mark.
    const tr = collationKeyer('tr');
    const en = collationKeyer('en-GB');
    expect(byBytes(tr('Çelik'), tr('Cem'))).toBe(1);
    expect(byBytes(en('Çelik'), en('Cem'))).toBe(-1);
  });

  it('finds the letters that sort as two and the pairs that sort as one from the collator', () => {
    expect(collationTable('de').weights.get('ß')!.p).toHaveLength(2);
    expect(collationTable('en-GB').weights.get('æ')!.p).toHaveLength(2);
    expect(collationTable('da').weights.get('æ')!.p).toHaveLength(1); // a letter of its own in Danish
    expect(collationTable('cs').contractions.has('ch')).toBe(true);
    expect(collationTable('da').contractions.has('aa')).toBe(true);
    expect(collationTable('en-GB').contractions.size).toBe(0);
  });

  it('gives the same text the same key, decomposed or not, and never an empty one', () => {
    const table = collationTable('en-GB');
    expect(collationKey(table, 'Zoe\u0308')).toBe(collationKey(table, 'Zoë'));
    expect(collationKey(table, 'Z')).not.toBe('');
    expect(collationKey(table, '')).not.toBe('');
  });
});
