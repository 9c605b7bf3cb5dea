import type { PhotoRecord } from '../../../../../api/contract/photos';

export function sessionName(p: Pick<PhotoRecord, 'sessionKind' | 'sessionNumber'>): string {
  return p.sessionKind === 'touch_up' ? `Touch-up ${p.sessionNumber}` : `Session ${p.sessionNumber}`;
}

export function photoName(p: PhotoRecord): string {
  return `${sessionName(p)} ${p.phase}, ${p.angle}`;
}
