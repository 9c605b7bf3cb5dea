import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, isLastGroup, lastRecoveryGroup, parseRecoveryKey, recoveryKeyGroups } from './recovery-key';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const keys = Array.from({ length: 200 }, () => crypto.randomBytes(32).toString('hex'));

describe('recovery key', () => {
  it('reads back every key it writes, in any case and with I, L, O typed for 1, 1, 0', () => {
    for (const key of keys) {
      const text = formatRecoveryKey(key);
      expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){13}[0-9A-HJKMNP-TV-Z]{5}$/);
      expect(parseRecoveryKey(text)).toEqual({ ok: true, key });
      const sloppy = text.toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o').replace(/-/g, ' ');
      expect(parseRecoveryKey(sloppy)).toEqual({ ok: true, key });
      expect(parseRecoveryKey(text.replace(/-/g, ''))).toEqual({ ok: true, key });
    }
  });

  it('names the group of every single wrong character, wherever it is', () => {
    for (const key of keys.slice(0, 8)) {
      const groups = recoveryKeyGroups(key);
      for (let g = 0; g < groups.length; g++) {
        for (let i = 0; i < 5; i++) {
          for (const c of ALPHABET) {
            if (c === groups[g]![i]) continue;
            const typo = groups.map((x, j) => (j === g ? x.slice(0, i) + c + x.slice(i + 1) : x));
            const r = parseRecoveryKey(typo.join('-'));
            expect(r.ok).toBe(false);
            if (!r.ok) {
              expect(r.group).toBe(g + 1);
              expect(r.message).toContain(g === 13 ? 'The last group' : `Group ${g + 1}`);
            }
          }
        }
      }
    }
  });

  it('catches two groups swapped and two neighbouring characters swapped', () => {
    let caught = 0;
    let tried = 0;
    for (const key of keys) {
      const groups = recoveryKeyGroups(key);
      const swapped = [...groups];
      [swapped[2], swapped[5]] = [swapped[5]!, swapped[2]!];
      expect(parseRecoveryKey(swapped.join('-')).ok).toBe(false);
      const g = groups[4]!;
      if (g[0] === g[1]) continue;
      tried++;
      const turned = groups.map((x, j) => (j === 4 ? x[1]! + x[0]! + x.slice(2) : x));
      if (!parseRecoveryKey(turned.join('-')).ok) caught++;
    }
    expect(caught).toBe(tried);
  });

  it('says plainly what is wrong with a short group, a stray character or a missing group', () => {
    const groups = recoveryKeyGroups(keys[0]!);
    const short = groups.map((x, j) => (j === 3 ? x.slice(0, 4) : x)).join('-');
    expect(parseRecoveryKey(short)).toMatchObject({ ok: false, group: 4, message: expect.stringMatching(/^Group 4 .* has 4 characters/) });
    const stray = groups.map((x, j) => (j === 6 ? `U${x.slice(1)}` : x)).join('-');
    expect(parseRecoveryKey(stray)).toMatchObject({ ok: false, group: 7, message: expect.stringContaining('look at group 7') });
    expect(parseRecoveryKey(groups.slice(0, 13).join('-'))).toMatchObject({ ok: false, message: expect.stringContaining('this has 65') });
    expect(parseRecoveryKey('  ')).toMatchObject({ ok: false, message: 'Type the recovery key from the printed sheet.' });
  });

  it('checks the retyped last group', () => {
    const key = keys[1]!;
    expect(isLastGroup(key, lastRecoveryGroup(key).toLowerCase())).toBe(true);
    expect(isLastGroup(key, recoveryKeyGroups(key)[0]!)).toBe(false);
  });
});
