import type { PhotoRecord } from '../../../../../api/contract/photos';
import { usePhotoSrc } from './usePhotoSrc';
import { t } from '../../../i18n';
import { phaseLabel, photoName } from './labels';

/**
 * A thumbnail the caller fetched with the others (photos.thumbs): 'loading' while that answer is on
 * its way, `{ src: null }` when it lacked this one (then the thumbnail asks photos.image, which says why).
 */
export type BatchedThumb = { src: string | null } | 'loading';

/** One thumbnail in a session's strip: a button that puts the photo into the comparison. */
export function PhotoThumb({
  photo,
  marketing,
  onCompare,
  batched,
}: {
  photo: PhotoRecord;
  marketing: string;
  onCompare: () => void;
  /** Absent: this thumbnail fetches its own image. */
  batched?: BatchedThumb;
}) {
  const given = batched === undefined || batched === 'loading' ? null : batched.src;
  const own = usePhotoSrc(batched === undefined || (batched !== 'loading' && given === null) ? photo.id : null, 'thumb');
  const src = given ?? own.src;
  return (
    <figure className="photo-thumb">
      <button
        type="button"
        className="photo-thumb-button"
        onClick={onCompare}
        aria-label={t('photos.compare.one', { name: photoName(photo) })}
      >
        {src ? <img src={src} alt={photoName(photo)} /> : <span className="photo-placeholder">{own.error ?? t('photos.loadingOne')}</span>}
      </button>
      <figcaption>
        {photo.angle} · {phaseLabel(photo.phase)}
        <span className="photo-marketing">{marketing}</span>
      </figcaption>
    </figure>
  );
}
