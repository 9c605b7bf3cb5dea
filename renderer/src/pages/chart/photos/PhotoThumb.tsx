import type { PhotoRecord } from '../../../../../api/contract/photos';
import { usePhotoSrc } from './usePhotoSrc';
import { photoName } from './labels';

/** One thumbnail in a session's strip: a button that puts the photo into the comparison. */
export function PhotoThumb({ photo, marketing, onCompare }: { photo: PhotoRecord; marketing: string; onCompare: () => void }) {
  const { src, error } = usePhotoSrc(photo.id, 'thumb');
  return (
    <figure className="photo-thumb">
      <button type="button" className="photo-thumb-button" onClick={onCompare} aria-label={`Compare ${photoName(photo)}`}>
        {src ? <img src={src} alt={photoName(photo)} /> : <span className="photo-placeholder">{error ?? 'Loading…'}</span>}
      </button>
      <figcaption>
        {photo.angle} · {photo.phase}
        <span className="photo-marketing">{marketing}</span>
      </figcaption>
    </figure>
  );
}
