// What to suggest after the retention check: fading → one step darker or a stronger dilution;
// too dark or spread → one step lighter or a weaker dilution. The practitioner decides.
import type { RetentionRating } from './vocabulary';

export interface PigmentOption {
  brand: string;
  shade: string;
  darkness: number;
}

export interface ShadeSuggestion {
  direction: 'darker' | 'lighter';
  /** The next pigment of the same brand in that direction, if the list has one. */
  pigment: PigmentOption | null;
  /** The dilution one step stronger (darker) or weaker (lighter), if the dilution reads as "pigment:water". */
  dilution: string | null;
}

const FADING: RetentionRating[] = ['slight_fading', 'heavy_fading', 'patchy'];

export function suggestShade(
  ratings: RetentionRating[],
  current: { brand: string | null; shade: string | null; dilution: string | null },
  list: PigmentOption[],
): ShadeSuggestion | null {
  const fading = ratings.some((r) => FADING.includes(r));
  const tooDark = ratings.includes('too_dark');
  if (fading === tooDark) return null; // nothing to suggest, or the zones pull both ways
  const direction = fading ? 'darker' : 'lighter';
  const here = list.find((p) => p.brand === current.brand && p.shade === current.shade);
  let pigment: PigmentOption | null = null;
  if (here) {
    const sameBrand = list.filter((p) => p.brand === here.brand && p.shade !== here.shade);
    const candidates =
      direction === 'darker'
        ? sameBrand.filter((p) => p.darkness > here.darkness).sort((a, b) => a.darkness - b.darkness)
        : sameBrand.filter((p) => p.darkness < here.darkness).sort((a, b) => b.darkness - a.darkness);
    pigment = candidates[0] ?? null;
  }
  return { direction, pigment, dilution: stepDilution(current.dilution, direction) };
}

/** "1:3" (pigment:water) → "1:2" when darker, "1:4" when lighter; null if it is not a ratio or cannot go further. */
export function stepDilution(dilution: string | null, direction: 'darker' | 'lighter'): string | null {
  const m = /^\s*(\d+)\s*:\s*(\d+)\s*$/.exec(dilution ?? '');
  if (!m) return null;
  const pigment = Number(m[1]);
  const water = Number(m[2]);
  if (direction === 'darker') return water > 0 ? `${pigment}:${water - 1}` : null;
  return `${pigment}:${water + 1}`;
}
