import { useEffect, useId, useState } from 'react';
import { ReactCompareSlider, ReactCompareSliderImage } from 'react-compare-slider';
import type { PhotoRecord } from '../../../../../api/contract/photos';
import { t } from '../../../i18n';
import { photoName, sessionPhase } from './labels';
import { usePhotoSrc } from './usePhotoSrc';

const ZOOMS = [1, 1.5, 2, 3] as const;

/** The same angle from two sessions, side by side or under a before/after slider, with zoom. */
export function PhotoCompare({
  photos,
  angles,
  focus,
  marketing,
}: {
  photos: PhotoRecord[];
  angles: string[];
  focus: PhotoRecord | null;
  marketing: string;
}) {
  const taken = angles.filter((a) => photos.some((p) => p.angle === a));
  const [angle, setAngle] = useState(taken[0] ?? angles[0]!);
  const atAngle = photos.filter((p) => p.angle === angle);
  const [leftId, setLeftId] = useState<number | null>(null);
  const [rightId, setRightId] = useState<number | null>(null);
  const [mode, setMode] = useState<'side' | 'slider'>('side');
  const [zoom, setZoom] = useState<number>(1);
  const id = useId();

  // A thumbnail chosen in a strip: its angle, and it on the right against the first of that angle.
  useEffect(() => {
    if (!focus) return;
    setAngle(focus.angle);
    const first = photos.find((p) => p.angle === focus.angle && p.id !== focus.id);
    setLeftId(first?.id ?? focus.id);
    setRightId(focus.id);
  }, [focus, photos]);

  const firstBefore = atAngle.find((p) => p.phase === 'before') ?? atAngle[0];
  const lastAfter = [...atAngle].reverse().find((p) => p.phase === 'after') ?? atAngle.at(-1);
  const left = atAngle.find((p) => p.id === leftId) ?? firstBefore;
  const right = atAngle.find((p) => p.id === rightId) ?? lastAfter;

  return (
    <div className="photo-compare" aria-labelledby="photo-compare-title">
      <h3 id="photo-compare-title">{t('photos.compare.title')}</h3>
      <div className="photo-compare-controls">
        <label htmlFor={`${id}-angle`}>{t('photos.compare.angle')}</label>
        <select
          id={`${id}-angle`}
          value={angle}
          onChange={(e) => {
            setAngle(e.target.value);
            setLeftId(null);
            setRightId(null);
          }}
        >
          {taken.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
        <PhotoChoice label={t('photos.compare.left')} photos={atAngle} value={left} onChange={setLeftId} />
        <PhotoChoice label={t('photos.compare.right')} photos={atAngle} value={right} onChange={setRightId} />
        {firstBefore && lastAfter && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setLeftId(firstBefore.id);
              setRightId(lastAfter.id);
            }}
          >
            {t('photos.compare.pair', { first: sessionPhase(firstBefore), last: sessionPhase(lastAfter) })}
          </button>
        )}
        <fieldset className="photo-compare-mode">
          <legend>{t('photos.compare.show')}</legend>
          <label>
            <input type="radio" name="photo-compare-mode" checked={mode === 'side'} onChange={() => setMode('side')} />{' '}
            {t('photos.compare.side')}
          </label>
          <label>
            <input type="radio" name="photo-compare-mode" checked={mode === 'slider'} onChange={() => setMode('slider')} />{' '}
            {t('photos.compare.slider')}
          </label>
        </fieldset>
        <label htmlFor={`${id}-zoom`}>{t('photos.compare.zoom')}</label>
        <select id={`${id}-zoom`} value={zoom} onChange={(e) => setZoom(Number(e.target.value))}>
          {ZOOMS.map((z) => (
            <option key={z} value={z}>
              {z * 100}%
            </option>
          ))}
        </select>
      </div>
      {left && right && <ComparePair left={left} right={right} mode={mode} zoom={zoom} />}
      <p className="photo-marketing">{marketing}</p>
    </div>
  );
}

function PhotoChoice({
  label,
  photos,
  value,
  onChange,
}: {
  label: string;
  photos: PhotoRecord[];
  value: PhotoRecord | undefined;
  onChange: (id: number) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value?.id ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
        {photos.map((p) => (
          <option key={p.id} value={p.id}>
            {photoName(p)}
          </option>
        ))}
      </select>
    </>
  );
}

function ComparePair({ left, right, mode, zoom }: { left: PhotoRecord; right: PhotoRecord; mode: 'side' | 'slider'; zoom: number }) {
  const a = usePhotoSrc(left.id, 'full');
  const b = usePhotoSrc(right.id, 'full');
  const style = { transform: `scale(${zoom})`, transformOrigin: 'top center' };
  if (!a.src || !b.src) return <p className="muted">{a.error ?? b.error ?? t('photos.loadingPair')}</p>;
  if (mode === 'slider')
    return (
      <div className="photo-zoom" data-testid="photo-slider" tabIndex={0} role="group" aria-label={t('photos.compare.sliderLabel')}>
        <div style={style}>
          <ReactCompareSlider
            keyboardIncrement="5%"
            itemOne={<ReactCompareSliderImage src={a.src} alt={photoName(left)} />}
            itemTwo={<ReactCompareSliderImage src={b.src} alt={photoName(right)} />}
          />
        </div>
      </div>
    );
  return (
    <div className="photo-side-by-side" data-testid="photo-side-by-side">
      {[
        { p: left, src: a.src },
        { p: right, src: b.src },
      ].map(({ p, src }) => (
        // Focusable so the arrow keys pan a zoomed photo.
        <figure key={p.id} className="photo-zoom" tabIndex={0} aria-label={t('photos.compare.pan', { name: photoName(p) })}>
          <img src={src} alt={photoName(p)} style={style} data-photo-hash={p.hash} />
          <figcaption>{photoName(p)}</figcaption>
        </figure>
      ))}
    </div>
  );
}
