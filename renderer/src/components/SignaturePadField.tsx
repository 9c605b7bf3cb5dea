// A signature pad (signature_pad 5) for touch, pen or mouse, with its label, a Clear button and the
// error beside it. The canvas is sized to its box at the screen's pixel density, and redrawn from
// the strokes when that changes (a rotated tablet, a window resized), so lines stay sharp and kept.
import { useEffect, useId, useRef, useState } from 'react';
import SignaturePad from 'signature_pad';
import { t } from '../i18n';

/** A pad with fewer points than this is a tap, not a signature (the API checks the ink too). */
const MIN_POINTS = 12;

export interface SignatureValue {
  /** The signature as a PNG data: URL, or null while the pad is empty or holds only a tap. */
  png: string | null;
}

interface Props {
  label: string;
  /** The Clear button's name; "Clear <label>" when not given. */
  clearLabel?: string;
  hint?: string;
  error?: string | undefined;
  onChange: (value: SignatureValue) => void;
}

export function SignaturePadField({ label, clearLabel, hint, error, onChange }: Props) {
  const id = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;
  const [empty, setEmpty] = useState(true);

  useEffect(() => {
    const canvas = canvasRef.current!;
    const pad = new SignaturePad(canvas, { penColor: '#111111', minWidth: 0.8, maxWidth: 2.6 });
    padRef.current = pad;
    const report = () => {
      const points = pad.toData().reduce((n, g) => n + g.points.length, 0);
      setEmpty(pad.isEmpty());
      changed.current({ png: points >= MIN_POINTS ? pad.toDataURL('image/png') : null });
    };
    const resize = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const width = canvas.offsetWidth;
      const height = canvas.offsetHeight;
      if (canvas.width === Math.round(width * ratio) && canvas.height === Math.round(height * ratio)) return;
      const strokes = pad.toData();
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.getContext('2d')!.scale(ratio, ratio);
      pad.clear(); // the canvas was reset by the new size; draw the strokes again at it
      if (strokes.length > 0) pad.fromData(strokes);
    };
    resize();
    const observer = new ResizeObserver(resize);
    observer.observe(canvas);
    pad.addEventListener('endStroke', report);
    return () => {
      observer.disconnect();
      pad.removeEventListener('endStroke', report);
      pad.off();
      padRef.current = null;
    };
  }, []);

  const describedBy = [error ? `${id}-error` : null, hint && !error ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field signature-field${error ? ' field-invalid' : ''}`}>
      <span className="label-like" id={`${id}-label`}>
        {label}
      </span>
      <canvas
        ref={canvasRef}
        className="signature-pad"
        role="img"
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy}
        aria-invalid={Boolean(error)}
      />
      <div className="signature-actions">
        <span className="muted">{empty ? t('consent.pad.prompt') : t('consent.pad.signed')}</span>
        <button
          type="button"
          className="button"
          onClick={() => {
            padRef.current?.clear();
            setEmpty(true);
            onChange({ png: null });
          }}
        >
          {clearLabel ?? `Clear ${label.toLowerCase()}`}
        </button>
      </div>
      {hint && !error && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
