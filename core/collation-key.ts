// Sort keys that put names in the clinic's locale's order when compared byte by byte, as SQLite
// compares TEXT: so the client list sorts in an index by locale ("Çelik" with the C's, "Ó Briain"
// with the O's, "Öztürk" after "Oz…" in English and after the O's in Turkish, as Intl.Collator does).
//
// JavaScript has no ICU sort key (Intl.Collator only compares), and SQLite here has no ICU. So the
// key is built from the platform's own collator: the letters of the scripts a clinic types (Latin,
// Greek, Cyrillic, Armenian, Hebrew, Arabic, digits, punctuation) are sorted once per locale with
// Intl.Collator, and each gets weights for the three levels the collator compares — the base letter
// (primary), its accent (secondary), its case (tertiary). A key is the primary weights of the
// whole text, then its secondaries, then its tertiaries, as ICU's own keys are laid out. Letters
// that sort as two (German "ß" as "ss", "æ" as "ae" where it is not a letter of its own) and pairs
// that sort as one (Czech "ch", Danish "aa") are found by asking the collator, not listed by hand.
// Characters outside the table (Han, emoji) sort after every letter, by code point. Not modelled: a
// pair that sorts as one followed by an accent on its second letter (Danish "aä", ICU's canonical
// closure), which no name has.
// core/collation-key.test.ts compares the keys' order with Intl.Collator on generated names.

interface Weights {
  /** Primary weights: one per letter, two for a letter that sorts as two, none for an ignorable. */
  p: number[];
  s: number;
  t: number;
}

const RANGES: readonly [number, number][] = [
  [0x20, 0x7e], // ASCII: letters, digits, space and punctuation
  [0xa0, 0x24f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x370, 0x3ff], // Greek
  [0x400, 0x52f], // Cyrillic and its supplement
  [0x531, 0x58a], // Armenian
  [0x5d0, 0x5ea], // Hebrew letters
  [0x620, 0x64a], // Arabic letters
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x2010, 0x2019], // dashes and typographic quotes (’)
];

const ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const PRIMARY_BASE = 0x800; // weights as 3-byte UTF-8 characters, below the surrogates
const RANK_BASE = 0x02; // secondary and tertiary ranks; 0x01 separates the levels
const LEVEL_SEPARATOR = '\u0001';

function repertoire(): string[] {
  const chars: string[] = [];
  for (const [from, to] of RANGES)
    for (let cp = from; cp <= to; cp++) {
      const c = String.fromCodePoint(cp);
      if (c.normalize('NFC') === c && /[\p{L}\p{N}\p{P}\p{S}\p{Zs}]/u.test(c)) chars.push(c);
    }
  return chars;
}

export interface CollationTable {
  readonly locale: string;
  readonly weights: ReadonlyMap<string, Weights>;
  /** Pairs of letters that sort as one, as typed in any case ("ch", "Ch", "CH"). */
  readonly contractions: ReadonlySet<string>;
  readonly unknownWeight: number;
}

function buildTable(locale: string): CollationTable {
  const full = new Intl.Collator(locale, { usage: 'sort', sensitivity: 'variant' }).compare;
  const base = new Intl.Collator(locale, { usage: 'sort', sensitivity: 'base' }).compare;
  const accent = new Intl.Collator(locale, { usage: 'sort', sensitivity: 'accent' }).compare;

  // Pairs the collator sorts as one letter: "xy" after "x" + the letter that follows y in this
  // locale, against the order a letter-by-letter key would give (Czech "ch" after "h", Hungarian
  // "sz" after every "s…").
  const chars = repertoire().sort((a, b) => full(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  const letterAfter = (y: string): string | undefined => {
    const at = chars.indexOf(y);
    return chars.slice(at + 1).find((c) => base(c, y) !== 0 && /\p{L}/u.test(c) && base(c, '') !== 0);
  };
  const contractions = new Set<string>();
  for (const y of ASCII_LETTERS) {
    const next = letterAfter(y);
    if (next === undefined) continue;
    for (const x of ASCII_LETTERS)
      if (full(x + y, x + next) > 0)
        for (const v of [x + y, x.toUpperCase() + y, x.toUpperCase() + y.toUpperCase(), x + y.toUpperCase()]) contractions.add(v);
  }

  const elements = [...chars, ...contractions].sort((a, b) => full(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  const weights = new Map<string, Weights>();
  // Primary groups: runs the collator cannot tell apart at base strength.
  const groups: string[][] = [];
  for (const e of elements) {
    if (base(e, '') === 0) {
      weights.set(e, { p: [], s: 0, t: 0 }); // ignorable: no weight at any level
      continue;
    }
    const last = groups.at(-1);
    if (last && base(last[0]!, e) === 0) last.push(e);
    else groups.push([e]);
  }
  const maxTertiary = new Map<number, number>();
  groups.forEach((group, g) => {
    let s = 0;
    let t = 0;
    group.forEach((e, i) => {
      if (i > 0) {
        const prev = group[i - 1]!;
        if (accent(prev, e) !== 0) {
          s++;
          t = 0;
        } else if (full(prev, e) !== 0) t++;
      }
      weights.set(e, { p: [g + 1], s, t });
      maxTertiary.set(g + 1, Math.max(maxTertiary.get(g + 1) ?? 0, t));
    });
  });

  // Letters that sort as two ("ß" = "ss"): a Latin letter of its own group, equal at base strength
  // to the nearest ASCII letter before it followed by some letter.
  const asciiGroup = new Map([...ASCII_LETTERS].map((c) => [c, weights.get(c)!.p[0]!]));
  groups.forEach((group, g) => {
    const first = group[0]!;
    const cp = first.codePointAt(0)!;
    const latin = (cp >= 0xa0 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff);
    if (!latin || first.length !== 1 || !/\p{L}/u.test(first) || group.some((e) => /^[a-z]$/i.test(e))) return;
    const before = [...ASCII_LETTERS]
      .filter((c) => asciiGroup.get(c)! <= g + 1)
      .sort((a, b) => asciiGroup.get(a)! - asciiGroup.get(b)!)
      .at(-1);
    if (!before) return;
    const second = [...ASCII_LETTERS].find((y) => base(first, before + y) === 0);
    if (!second) return;
    const p = [asciiGroup.get(before)!, asciiGroup.get(second)!];
    const extra = Math.max(maxTertiary.get(p[0]!) ?? 0, maxTertiary.get(p[1]!) ?? 0) + 1;
    for (const e of group) weights.set(e, { p, s: 0, t: extra + weights.get(e)!.t });
  });
  return { locale, weights, contractions, unknownWeight: groups.length + 1 };
}

const tables = new Map<string, CollationTable>();

/** The table for a locale, built once per process (a few milliseconds). */
export function collationTable(locale: string): CollationTable {
  let table = tables.get(locale);
  if (!table) {
    table = buildTable(locale);
    tables.set(locale, table);
  }
  return table;
}

const rank = (r: number) => String.fromCharCode(RANK_BASE + r);
const LOWEST_RANK = String.fromCharCode(RANK_BASE);
/** Trailing lowest ranks change no comparison (the level separator sorts below them): dropped. */
const trimLowest = (s: string) => {
  let end = s.length;
  while (end > 0 && s[end - 1] === LOWEST_RANK) end--;
  return s.slice(0, end);
};

/** The text's sort key in the table's locale: compare keys as UTF-8 bytes (SQLite's BINARY). */
export function collationKey(table: CollationTable, text: string): string {
  const chars = [...text.normalize('NFC')];
  let primary = '';
  let secondary = '';
  let tertiary = '';
  for (let i = 0; i < chars.length; i++) {
    const pair = i + 1 < chars.length ? chars[i]! + chars[i + 1]! : '';
    const token = table.contractions.has(pair) ? pair : chars[i]!;
    if (token === pair) i++;
    const w = table.weights.get(token);
    if (!w) {
      // Not in the table: after every letter, by code point (then as a plain character).
      primary += String.fromCharCode(PRIMARY_BASE + table.unknownWeight) + token;
      secondary += rank(0);
      tertiary += rank(0);
      continue;
    }
    for (const p of w.p) {
      primary += String.fromCharCode(PRIMARY_BASE + p);
      secondary += rank(w.s);
      tertiary += rank(w.t);
    }
  }
  return `${primary}${LEVEL_SEPARATOR}${trimLowest(secondary)}${LEVEL_SEPARATOR}${trimLowest(tertiary)}`;
}

/** Sort keys for a locale, as a function (the table is looked up once). */
export function collationKeyer(locale: string): (text: string) => string {
  const table = collationTable(locale);
  return (text) => collationKey(table, text);
}
