// The one normaliser for searching names: stored search keys and the words typed are folded the
// same way, so "ömer", "OMER" and "Ömer" are one key, "łukasz" and "lukasz" too, "O'Brien" and
// "obrien", "Ó Briain" and "obriain". Scripts other than Latin keep their letters (no
// transliteration): "Анна" folds to "анна", which "АННА" and "анна" find, "anna" does not.

/** Letters that carry their mark in the letter itself, so NFKD leaves them whole. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  ǽ: 'ae',
  ǣ: 'ae',
  œ: 'oe',
  ø: 'o',
  ǿ: 'o',
  ł: 'l',
  ƚ: 'l',
  ŀ: 'l',
  đ: 'd',
  ð: 'd',
  ɖ: 'd',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
  ɨ: 'i',
  ŧ: 't',
  ŋ: 'n',
  ĸ: 'k',
  ſ: 's',
  ƒ: 'f',
  ƀ: 'b',
  ǥ: 'g',
  ȼ: 'c',
  ɇ: 'e',
  ɉ: 'j',
  ɍ: 'r',
  ɏ: 'y',
  ƶ: 'z',
  ʉ: 'u',
  ɐ: 'a',
  // Full case folding of Greek: the final sigma is a sigma (JavaScript's lower case keeps it final).
  ς: 'σ',
};

const MARKS = /\p{M}/gu;
/** Whatever is not a letter or a digit: spaces, apostrophes (' ’ ʼ), hyphens, dots. */
const SEPARATORS = /[^\p{L}\p{N}]/gu;
const SPECIAL = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'gu');

/**
 * A text folded for matching: compatibility decomposition (NFKD: "ﬁ" → "fi", full-width letters to
 * plain), the diacritics dropped, full case folding (upper then lower case: "ß" → "ss", final "ς" →
 * "σ", Turkish "İ" and "ı" → "i"), the letters that do not decompose mapped to their base letters,
 * and every space and punctuation mark removed. Empty when nothing of it is a letter or a digit.
 */
export function searchKey(text: string): string {
  const folded = text.normalize('NFKD').replace(MARKS, '').toLowerCase().toUpperCase().toLowerCase();
  return folded
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(SPECIAL, (c) => UNDECOMPOSED[c] ?? c)
    .replace(SEPARATORS, '');
}

/** The words of a name as a person would search them: split at spaces, hyphens and apostrophes. */
export function nameWords(name: string): string[] {
  return name
    .split(/[\s\-‐‑–—'’ʼ.]+/u)
    .map(searchKey)
    .filter((w) => w !== '');
}

export interface NameSearchKeys {
  /** The whole first name, folded ("Ana María" → "anamaria"). */
  first: string;
  /** The whole last name, folded ("Ó Briain" → "obriain", "O'Brien" → "obrien"). */
  last: string;
  /**
   * One more word to find a client by: the last word of a surname of several words ("Núñez García"
   * → "garcia", "Ó Briain" → "briain"), else the last word of a first name of several; null if none.
   * With it, "o briain" finds "Ó Briain" ("o" begins "obriain", "briain" is this word).
   */
  other: string | null;
}

export function nameSearchKeys(firstName: string, lastName: string): NameSearchKeys {
  const lastWords = nameWords(lastName);
  const firstWords = nameWords(firstName);
  const other = lastWords.length > 1 ? lastWords.at(-1)! : firstWords.length > 1 ? firstWords.at(-1)! : null;
  return { first: searchKey(firstName), last: searchKey(lastName), other };
}
