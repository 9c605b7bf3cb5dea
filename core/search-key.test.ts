import { describe, expect, it } from 'vitest';
import { nameSearchKeys, nameWords, searchKey } from './search-key';

/** What a person types finds the name when its key begins with the typed word's key. */
const finds = (typed: string, name: string) => {
  const keys = nameSearchKeys('', name);
  return typed
    .split(/\s+/)
    .map(searchKey)
    .filter(Boolean)
    .every((w) => [keys.last, keys.other ?? ''].some((k) => k.startsWith(w)));
};

describe('searchKey: one fold for stored names and typed words', () => {
  it.each([
    // case and accents
    ['Ömer', 'omer'],
    ['ÖMER', 'omer'],
    ['ömer', 'omer'],
    ['Çelik', 'celik'],
    ['Núñez', 'nunez'],
    ['Zoë', 'zoe'],
    ['Wójcik', 'wojcik'],
    ['Dvořák', 'dvorak'],
    ['Ångström', 'angstrom'],
    ['Peña', 'pena'],
    ['Şahin', 'sahin'],
    ['Doğan', 'dogan'],
    ['Nguyễn', 'nguyen'],
    // letters that do not decompose
    ['Łukasz', 'lukasz'],
    ['ŁUKASZ', 'lukasz'],
    ['Ødegaard', 'odegaard'],
    ['Đorđević', 'dordevic'],
    ['Weiß', 'weiss'],
    ['WEISS', 'weiss'],
    ['ẞ', 'ss'],
    ['Ærø', 'aero'],
    ['Œuvray', 'oeuvray'],
    ['Þórsdóttir', 'thorsdottir'],
    ['Aðalsteinsson', 'adalsteinsson'],
    ['Ħal', 'hal'],
    ['ŀl', 'll'],
    // Turkish dotless and dotted i
    ['Yıldız', 'yildiz'],
    ['YILDIZ', 'yildiz'],
    ['İnce', 'ince'],
    ['ınce', 'ince'],
    // compatibility forms
    ['ﬁnn', 'finn'],
    ['Ｍüller', 'muller'],
    ['ǅemo', 'dzemo'],
    // decomposed input folds as precomposed
    ['Zoe\u0308', 'zoe'],
    ['Nu\u0301n\u0303ez', 'nunez'],
    // other scripts keep their letters, case folded
    ['Анна', 'анна'],
    ['АННА', 'анна'],
    ['Иванова', 'иванова'],
    ['Йосип', 'иосип'],
    ['Ёлкин', 'елкин'],
    ['Σίσυφος', 'σισυφοσ'],
    ['ΣΊΣΥΦΟΣ', 'σισυφοσ'],
    // apostrophes, spaces, hyphens and dots go
    ["O'Brien", 'obrien'],
    ['O’Brien', 'obrien'],
    ['Ó Briain', 'obriain'],
    ['García-Márquez', 'garciamarquez'],
    ['St. John', 'stjohn'],
    ['  ', ''],
    ["'", ''],
    ['07700', '07700'],
  ])('%s → %s', (text, key) => {
    expect(searchKey(text)).toBe(key);
  });

  it('gives the query the same key as the name, whichever way it is typed', () => {
    for (const [typed, name] of [
      ['omer', 'Ömer Çelik'],
      ['ömer', 'Ömer Çelik'],
      ['ÖMER', 'Ömer Çelik'],
      ['çelik', 'Çelik'],
      ['celik', 'Çelik'],
      ['lukasz', 'Łukasz Wójcik'],
      ['łukasz', 'Łukasz Wójcik'],
      ['wojcik', 'Łukasz Wójcik'],
      ['zoe', 'Zoë'],
      ['nunez', 'Núñez'],
      ['анна', 'Анна'],
      ['иванова', 'Иванова'],
      ['obriain', 'Ó Briain'],
      ['o briain', 'Ó Briain'],
      ['ó briain', 'Ó Briain'],
      ['briain', 'Ó Briain'],
      ['obrien', "O'Brien"],
      ["o'brien", "O'Brien"],
      ['o brien', "O'Brien"],
      ['garcia', 'Núñez García'],
    ] as const)
      expect(finds(typed, name), `${typed} finds ${name}`).toBe(true);
  });

  it('does not transliterate, and does not match what differs', () => {
    expect(finds('ivanova', 'Иванова')).toBe(false);
    expect(finds('anna', 'Анна')).toBe(false);
    expect(finds('omar', 'Ömer')).toBe(false);
    expect(finds('briainx', 'Ó Briain')).toBe(false);
  });
});

describe('nameSearchKeys', () => {
  it('keeps the whole names and one more word to find a client by', () => {
    expect(nameSearchKeys('Ömer', 'Çelik')).toEqual({ first: 'omer', last: 'celik', other: null });
    expect(nameSearchKeys('Siobhán', 'Ó Briain')).toEqual({ first: 'siobhan', last: 'obriain', other: 'briain' });
    expect(nameSearchKeys('Pat', "O'Brien")).toEqual({ first: 'pat', last: 'obrien', other: 'brien' });
    expect(nameSearchKeys('Ana', 'Núñez García')).toEqual({ first: 'ana', last: 'nunezgarcia', other: 'garcia' });
    expect(nameSearchKeys('Ana María', 'Núñez')).toEqual({ first: 'anamaria', last: 'nunez', other: 'maria' });
    expect(nameSearchKeys('Ana María', 'de la Cruz')).toEqual({ first: 'anamaria', last: 'delacruz', other: 'cruz' });
  });

  it('splits words at spaces, hyphens, apostrophes and dots', () => {
    expect(nameWords('Mac Giolla-Phádraig O’Neill St.John')).toEqual(['mac', 'giolla', 'phadraig', 'o', 'neill', 'st', 'john']);
    expect(nameWords(' - ')).toEqual([]);
  });
});
