import { describe, expect, it } from 'vitest';
import { ZONES } from './vocabulary';
import { anglesOfZones, ANGLES_OF_ZONE, DEFAULT_PHOTO_ANGLES, SCAR_ANGLE } from './photos';

describe('the angles that show a zone', () => {
  it('names an angle for every zone, each one of the default angles or scar', () => {
    const known = new Set<string>([...DEFAULT_PHOTO_ANGLES, SCAR_ANGLE]);
    for (const zone of ZONES) {
      expect(ANGLES_OF_ZONE[zone]?.length, zone).toBeGreaterThan(0);
      for (const angle of ANGLES_OF_ZONE[zone]!) expect(known.has(angle), `${zone}: ${angle}`).toBe(true);
    }
  });

  it('gathers the angles of the zones being rated', () => {
    expect([...anglesOfZones(['frontal_hairline', 'crown'])].sort()).toEqual(['back', 'front', 'hairline close-up', 'top/crown']);
    expect(anglesOfZones([])).toEqual(new Set());
  });
});
