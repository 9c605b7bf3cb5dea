// The demo clinic's retention model: how the pigment of a session held by the next one, as a stated,
// seeded rule, so the retention breakdown has something true to find (bench/demo-retention.test.ts
// checks that it finds it). One random draw per zone, like the flat weights it replaces.
//
//   start from   held well 45, slight fading 30, heavy fading 12, patchy 8, too dark 5 (out of 100)
//   dilution     each step weaker than 1:1 (1:2, 1:3, 1:4) moves 6 from held well to heavy fading
//   skin         Fitzpatrick V and VI: 12 more from held well to heavy fading, 4 from slight fading to patchy
//   shade        the darkest shades (darkness 4 and over) on Fitzpatrick I and II: 20 from held well to too dark
import type { RetentionRating } from '../core/vocabulary';
import type { Random } from './random';

export interface RetentionFactors {
  fitzpatrick: number;
  /** The pigment's place in the shade order (bench/demo-names.ts PIGMENTS). */
  darkness: number;
  /** 'pigment:water', e.g. '1:3'. */
  dilution: string;
}

export function retentionWeights({ fitzpatrick, darkness, dilution }: RetentionFactors): [RetentionRating, number][] {
  let held = 45;
  let slight = 30;
  let heavy = 12;
  let patchy = 8;
  let dark = 5;
  const water = Number(/^1:(\d+)$/.exec(dilution)?.[1] ?? 1);
  const weaker = Math.max(0, water - 1) * 6;
  held -= weaker;
  heavy += weaker;
  if (fitzpatrick >= 5) {
    held -= 12;
    heavy += 12;
    slight -= 4;
    patchy += 4;
  }
  if (fitzpatrick <= 2 && darkness >= 4) {
    held -= 20;
    dark += 20;
  }
  return [
    ['held_well', Math.max(3, held)],
    ['slight_fading', slight],
    ['heavy_fading', heavy],
    ['patchy', patchy],
    ['too_dark', dark],
  ];
}

export function drawRetention(rnd: Random, factors: RetentionFactors): RetentionRating {
  return rnd.weighted(retentionWeights(factors));
}
