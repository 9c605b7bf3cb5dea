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
  it('suggests the nearest shade in each direction, not just any darker or lighter one', () => {
    const range = [
      { brand: 'A', shade: 'Charcoal', darkness: 90 },
      { brand: 'A', shade: 'Soft black', darkness: 70 },
      { brand: 'A', shade: 'Pale', darkness: 10 },
      { brand: 'A', shade: 'Medium', darkness: 50 },
      { brand: 'A', shade: 'Ash', darkness: 30 },
      { brand: 'A', shade: 'Deep', darkness: 60 },
      { brand: 'A', shade: 'Mist', darkness: 20 },
    ];
    expect(suggestShade(['patchy'], current, range)?.pigment?.shade).toBe('Deep');
    expect(suggestShade(['too_dark'], current, range)?.pigment?.shade).toBe('Ash');
  });
  it('does not offer a shade of the same darkness as a step darker or lighter', () => {
    const range = [...list, { brand: 'A', shade: 'Medium warm', darkness: 50 }];
    expect(suggestShade(['heavy_fading'], current, range)?.pigment?.shade).toBe('Dark');
    expect(suggestShade(['too_dark'], current, range)?.pigment?.shade).toBe('Light');
  });
  it('finds the pigment in use by its brand and shade together', () => {
    const twoBrands = [{ brand: 'B', shade: 'Medium', darkness: 30 }, { brand: 'B', shade: 'Dusk', darkness: 40 }, ...list];
    expect(suggestShade(['slight_fading'], current, twoBrands)?.pigment).toEqual(list[2]);
  });
  it('still suggests a dilution when the pigment in use is not on the list', () => {
    expect(suggestShade(['slight_fading'], { brand: 'Gone', shade: 'Retired', dilution: '1:3' }, list)).toEqual({
      direction: 'darker',
      pigment: null,
      dilution: '1:2',
    });
  });
  it('reads dilutions with more than one digit, and nothing else around the ratio', () => {
    expect(stepDilution('1:10', 'darker')).toBe('1:9');
    expect(stepDilution('12:3', 'lighter')).toBe('12:4');
    expect(stepDilution('about 1:3', 'darker')).toBeNull();
    expect(stepDilution('1:3 or so', 'darker')).toBeNull();
    expect(stepDilution(null, 'lighter')).toBeNull();
  });
  it('has no darker pigment past the darkest, and reads only pigment:water dilutions', () => {
    expect(suggestShade(['slight_fading'], { ...current, shade: 'Dark' }, list)?.pigment).toBeNull();
    expect(stepDilution('1:0', 'darker')).toBeNull();
    expect(stepDilution('20%', 'darker')).toBeNull();
    expect(stepDilution(' 2 : 5 ', 'darker')).toBe('2:4');
  });
});
