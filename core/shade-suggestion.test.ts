import { describe, expect, it } from 'vitest';
import { stepDilution, suggestShade } from './shade-suggestion';

const list = [
  { brand: 'A', shade: 'Light', darkness: 20 },
  { brand: 'A', shade: 'Medium', darkness: 50 },
  { brand: 'A', shade: 'Dark', darkness: 65 },
  { brand: 'B', shade: 'Darker elsewhere', darkness: 55 },
];
const current = { brand: 'A', shade: 'Medium', dilution: '1:3' };

describe('shade suggestion', () => {
  it('suggests one step darker in the same brand and a stronger dilution when a zone faded', () => {
    expect(suggestShade(['held_well', 'heavy_fading'], current, list)).toEqual({
      direction: 'darker',
      pigment: list[2],
      dilution: '1:2',
    });
  });
  it('suggests lighter when a zone is too dark, and nothing when every zone held', () => {
    expect(suggestShade(['too_dark'], current, list)).toMatchObject({ direction: 'lighter', pigment: list[0], dilution: '1:4' });
    expect(suggestShade(['held_well', 'held_well'], current, list)).toBeNull();
    expect(suggestShade(['patchy', 'too_dark'], current, list)).toBeNull();
  });
  it('has no darker pigment past the darkest, and reads only pigment:water dilutions', () => {
    expect(suggestShade(['slight_fading'], { ...current, shade: 'Dark' }, list)?.pigment).toBeNull();
    expect(stepDilution('1:0', 'darker')).toBeNull();
    expect(stepDilution('20%', 'darker')).toBeNull();
    expect(stepDilution(' 2 : 5 ', 'darker')).toBe('2:4');
  });
});
