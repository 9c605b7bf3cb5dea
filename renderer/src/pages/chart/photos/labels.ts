import type { PhotoRecord } from '../../../../../api/contract/photos';
import type { PhotoPhase } from '../../../../../core/photos';
import { t } from '../../../i18n';

export function sessionName(p: Pick<PhotoRecord, 'sessionKind' | 'sessionNumber'>): string {
  return t('photos.session', { kind: p.sessionKind, number: p.sessionNumber });
}

export const phaseLabel = (phase: PhotoPhase): string => t(`photos.phase.${phase}`);

/** "Session 2 after": which photo of the session, without its angle. */
export function sessionPhase(p: PhotoRecord): string {
  return t('photos.sessionPhase', { session: sessionName(p), phase: phaseLabel(p.phase) });
}

export function photoName(p: PhotoRecord): string {
  return t('photos.name', { session: sessionName(p), phase: phaseLabel(p.phase), angle: p.angle });
}

export const marketingLabel = (agreed: boolean): string => t(agreed ? 'photos.marketingAgreed' : 'photos.notForMarketing');
