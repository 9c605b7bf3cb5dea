// Photo angles and phases: the same angles every session, so session 1, 2 and 3 line up.
/** The clinic's angles unless the owner changes them (Settings); a scar case may add "scar". */
export const DEFAULT_PHOTO_ANGLES = ['front', 'hairline close-up', 'left side', 'right side', 'top/crown', 'back'] as const;
export const SCAR_ANGLE = 'scar';
export const PHOTO_PHASES = ['before', 'after'] as const;
export type PhotoPhase = (typeof PHOTO_PHASES)[number];

/** The largest picture taken in (pixels): a 100-megapixel camera's; larger is refused as a bomb. */
export const MAX_PHOTO_PIXELS = 100_000_000;
/** The largest file taken in (bytes), before decoding. */
export const MAX_PHOTO_BYTES = 25 * 1024 * 1024;
/** The thumbnail's longer side, in pixels. */
export const THUMB_SIZE = 320;

/** Which of the default angles show each treated zone: the session form shows those of the previous session. */
export const ANGLES_OF_ZONE: Record<string, readonly string[]> = {
  frontal_hairline: ['front', 'hairline close-up'],
  left_temple: ['left side', 'front'],
  right_temple: ['right side', 'front'],
  mid_scalp: ['top/crown'],
  crown: ['top/crown', 'back'],
  sides_back: ['back', 'left side', 'right side'],
  scar: ['scar'],
};

/** The angles that show any of `zones`. */
export function anglesOfZones(zones: readonly string[]): Set<string> {
  return new Set(zones.flatMap((z) => ANGLES_OF_ZONE[z] ?? []));
}
