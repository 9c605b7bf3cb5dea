// The recovery key: the database key itself, written so a person can copy it onto paper and type it
// back on another computer. Why the key itself and not a second key that wraps it: every backup is
// encrypted with the database key, so the key itself opens any backup on its own, with nothing else
// to carry (a wrapping key would need its wrapped copy to travel beside every backup, and a backup
// found without it would be lost). The price: a new recovery key means a new database key.
//
// Format: 256 bits as 52 Crockford base32 digits (no I, L, O or U to misread), in 13 groups of four
// digits plus one check digit each, then a 14th group of five digits checking the whole key:
//   7K2Q-M  …  (14 groups of 5). Each group's check digit catches any one wrong digit in its group (the
// weights are odd, so no substitution cancels out) and a group typed in the wrong place (the group's
// number is in its check); the last group catches whatever the group checks miss. Pure: the renderer
// and the API use the same code.
import { inEnglish, says, type Says, type SaysValue } from './i18n/says';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_GROUPS = 13;
const GROUP_DATA = 4;
export const RECOVERY_GROUPS = DATA_GROUPS + 1;
export const RECOVERY_GROUP_LENGTH = 5;
const TOTAL = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH;
/** The largest prime below 2^25: the last group holds a 25-bit polynomial hash of every digit. */
const PRIME = 33_554_393;

export type RecoveryKeyCheck =
  | { ok: true; key: string }
  | {
      ok: false;
      /** In English; `says` is the same by message id, for the reader's language. */
      message: string;
      says: Says;
      /** The group (1 to 14) found wrong, when the checks can tell. */
      group: number | null;
    };

function valueOf(char: string): number {
  return ALPHABET.indexOf(char);
}

function groupCheck(values: readonly number[], group: number): number {
  const weighted = values.reduce((sum, v, i) => sum + v * (2 * i + 1), 0);
  return (weighted + group * 9 + 1) % 32;
}

function wholeCheck(values: readonly number[]): string {
  let h = 0;
  for (const v of values) h = (h * 37 + v + 1) % PRIME;
  let out = '';
  for (let i = 0; i < RECOVERY_GROUP_LENGTH; i++) {
    out = ALPHABET[h % 32]! + out;
    h = Math.floor(h / 32);
  }
  return out;
}

/** 64 hex digits (the database key) as the 14 groups of the recovery key. */
export function recoveryKeyGroups(hexKey: string): string[] {
  if (!/^[0-9a-f]{64}$/i.test(hexKey)) throw new Error('A database key is 64 hexadecimal digits.');
  let bits = '';
  for (const hex of hexKey) bits += parseInt(hex, 16).toString(2).padStart(4, '0');
  bits += '0000'; // 256 bits to 260: 52 digits of 5 bits
  const values: number[] = [];
  for (let i = 0; i < bits.length; i += 5) values.push(parseInt(bits.slice(i, i + 5), 2));
  const groups: string[] = [];
  for (let g = 0; g < DATA_GROUPS; g++) {
    const part = values.slice(g * GROUP_DATA, (g + 1) * GROUP_DATA);
    groups.push(part.map((v) => ALPHABET[v]).join('') + ALPHABET[groupCheck(part, g)]);
  }
  groups.push(wholeCheck(values));
  return groups;
}

export function formatRecoveryKey(hexKey: string): string {
  return recoveryKeyGroups(hexKey).join('-');
}

/** What a person typed, the way Crockford base32 reads it: any case, I and L as 1, O as 0. */
function normalise(text: string): string {
  return text.toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
}

/** A typed key refused: the problem by id, its English, and the group found wrong. */
function refused(group: number | null, id: Says['id'], values?: Record<string, SaysValue>): RecoveryKeyCheck {
  const problem = says(id, values);
  return { ok: false, group, message: inEnglish(problem), says: problem };
}

/** Reads a typed recovery key back into the database key, or says in one sentence what is wrong. */
export function parseRecoveryKey(typed: string): RecoveryKeyCheck {
  const text = normalise(typed.trim());
  if (text === '') return refused(null, 'dataErrors.recovery.empty');
  // Typed with separators: each group can be checked for its own length.
  const parts = text.split(/[\s\-–—_.]+/).filter(Boolean);
  if (parts.length === RECOVERY_GROUPS) {
    const short = parts.findIndex((p) => p.length !== RECOVERY_GROUP_LENGTH);
    if (short >= 0)
      return refused(short + 1, 'dataErrors.recovery.groupLength', {
        group: short + 1,
        typed: parts[short]!,
        length: parts[short]!.length,
        per: RECOVERY_GROUP_LENGTH,
      });
  }
  const digits = parts.join('');
  const stray = [...digits].findIndex((c) => valueOf(c) < 0);
  if (stray >= 0) {
    const group = Math.floor(stray / RECOVERY_GROUP_LENGTH) + 1;
    const char = digits[stray]!;
    return group <= RECOVERY_GROUPS
      ? refused(group, 'dataErrors.recovery.strayIn', { char, group })
      : refused(null, 'dataErrors.recovery.stray', { char });
  }
  if (digits.length !== TOTAL)
    return refused(null, 'dataErrors.recovery.length', {
      groups: RECOVERY_GROUPS,
      per: RECOVERY_GROUP_LENGTH,
      total: TOTAL,
      count: digits.length,
    });

  const values: number[] = [];
  for (let g = 0; g < DATA_GROUPS; g++) {
    const group = digits.slice(g * RECOVERY_GROUP_LENGTH, (g + 1) * RECOVERY_GROUP_LENGTH);
    const part = [...group.slice(0, GROUP_DATA)].map(valueOf);
    if (valueOf(group[GROUP_DATA]!) !== groupCheck(part, g))
      return refused(g + 1, 'dataErrors.recovery.typoShown', { group: g + 1, typed: group });
    values.push(...part);
  }
  const last = digits.slice(DATA_GROUPS * RECOVERY_GROUP_LENGTH);
  if (last !== wholeCheck(values)) return refused(RECOVERY_GROUPS, 'dataErrors.recovery.lastGroup', { typed: last });
  // The last data digit carries 1 bit of key and 4 of padding.
  if ((values[values.length - 1]! & 0b1111) !== 0) return refused(DATA_GROUPS, 'dataErrors.recovery.typo', { group: DATA_GROUPS });
  let bits = values.map((v) => v.toString(2).padStart(5, '0')).join('');
  bits = bits.slice(0, 256);
  let hex = '';
  for (let i = 0; i < bits.length; i += 4) hex += parseInt(bits.slice(i, i + 4), 2).toString(16);
  return { ok: true, key: hex };
}

/** The last group, which the owner types back to show the key was written down. */
export function lastRecoveryGroup(hexKey: string): string {
  return recoveryKeyGroups(hexKey)[RECOVERY_GROUPS - 1]!;
}

/** Whether a retyped last group is the key's (normalised as a typed key is). */
export function isLastGroup(hexKey: string, typed: string): boolean {
  return normalise(typed.trim().replace(/[\s-]+/g, '')) === lastRecoveryGroup(hexKey);
}
