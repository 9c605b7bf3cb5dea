import { anglesOfZones } from '../../../../../core/photos';
import { useApiQuery } from '../../../api/useApi';
import { t } from '../../../i18n';
import { marketingLabel } from './labels';
import { PhotoThumb } from './PhotoThumb';

/** The previous session's photos of the zones being rated, beside the session form. */
export function PreviousPhotos({ clientId, sessionId, zones }: { clientId: number; sessionId: number; zones: readonly string[] }) {
  // Reception may not see clinical photos: then nothing is shown here.
  const list = useApiQuery('photos.list', { clientId }, { retry: false });
  if (!list.data) return null;
  const angles = anglesOfZones(zones);
  const photos = list.data.photos.filter((p) => p.sessionId === sessionId && angles.has(p.angle));
  if (photos.length === 0) return null;
  const marketing = marketingLabel(list.data.consent.marketing);
  return (
    <div className="previous-photos">
      <h4>{t('photos.previous')}</h4>
      <ul className="photo-thumbs">
        {photos.map((p) => (
          <li key={p.id}>
            <PhotoThumb photo={p} marketing={marketing} onCompare={() => document.getElementById('photos-title')?.scrollIntoView()} />
          </li>
        ))}
      </ul>
    </div>
  );
}
