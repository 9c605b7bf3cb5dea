import { useEffect, useId, useRef, useState } from 'react';
import type { ChartRecord } from '../../../../../api/contract/chart';
import type { PhotoRecord } from '../../../../../api/contract/photos';
import { PHOTO_PHASES, type PhotoPhase } from '../../../../../core/photos';
import { call } from '../../../api/client';
import { t } from '../../../i18n';
import { phaseLabel, sessionName } from './labels';
import { usePhotoSrc } from './usePhotoSrc';

type Session = ChartRecord['sessions'][number];

interface ImageCaptureLike {
  takePhoto(): Promise<Blob>;
}
declare global {
  interface Window {
    ImageCapture?: new (track: MediaStreamTrack) => ImageCaptureLike;
  }
}

/** A still from the camera: the full-resolution photo where the camera offers one, else the video frame. */
async function still(video: HTMLVideoElement, track: MediaStreamTrack): Promise<Blob> {
  if (window.ImageCapture) {
    try {
      return await new window.ImageCapture(track).takePhoto();
    } catch {
      // Some cameras (and Chromium's fake one) offer no photo mode: the frame on screen is taken.
    }
  }
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d')!.drawImage(video, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(t('photos.camera.none')))), 'image/jpeg', 0.92),
  );
}

async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/**
 * Photos from a USB or built-in camera, with the same angle from the previous session shown faintly
 * over the live picture so the client sits the same way. The desktop app grants the camera only
 * while this view is open (electron/main/camera-permission.ts).
 */
export function CaptureView({
  clientId,
  sessions,
  angles,
  photos,
  onClose,
}: {
  clientId: number;
  sessions: Session[];
  angles: string[];
  photos: PhotoRecord[];
  onClose: () => void;
}) {
  const id = useId();
  const video = useRef<HTMLVideoElement>(null);
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [cameraId, setCameraId] = useState<string>('');
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sessionId, setSessionId] = useState(sessions.at(-1)!.id);
  const [angle, setAngle] = useState(angles[0]!);
  const [phase, setPhase] = useState<PhotoPhase>('before');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The camera is the app's only while this view is open.
  useEffect(() => {
    void window.stipple?.capture?.(true);
    return () => void window.stipple?.capture?.(false);
  }, []);

  useEffect(() => {
    let live: MediaStream | null = null;
    let cancelled = false;
    const constraints: MediaStreamConstraints = {
      video: cameraId ? { deviceId: { exact: cameraId }, width: { ideal: 4096 }, height: { ideal: 3072 } } : { width: { ideal: 4096 } },
      audio: false,
    };
    navigator.mediaDevices
      .getUserMedia(constraints)
      .then(async (s) => {
        if (cancelled) return s.getTracks().forEach((t) => t.stop());
        live = s;
        setStream(s);
        setProblem(null);
        const devices = await navigator.mediaDevices.enumerateDevices();
        setCameras(devices.filter((d) => d.kind === 'videoinput'));
      })
      .catch(() => setProblem(t('photos.camera.cannotOpen')));
    return () => {
      cancelled = true;
      live?.getTracks().forEach((t) => t.stop());
    };
  }, [cameraId]);

  useEffect(() => {
    if (video.current && stream) video.current.srcObject = stream;
  }, [stream]);

  // The overlay: the same angle from the session before the one being photographed.
  const order = sessions.map((s) => s.id);
  const previous = [...photos]
    .filter((p) => p.angle === angle && order.indexOf(p.sessionId) < order.indexOf(sessionId))
    .sort((a, b) => order.indexOf(a.sessionId) - order.indexOf(b.sessionId) || (a.phase === 'after' ? 1 : -1))
    .at(-1);
  const overlay = usePhotoSrc(previous?.id ?? null, 'full');

  const take = async () => {
    const track = stream?.getVideoTracks()[0];
    if (!track || !video.current) return;
    setBusy(true);
    try {
      const blob = await still(video.current, track);
      const r = await call('photos.import', {
        clientId,
        sessionId,
        files: [{ name: `camera-${angle.replace(/[^a-z0-9]+/gi, '-')}.jpg`, angle, phase, data: await blobToBase64(blob) }],
      });
      if (!r.ok) setMessage(r.error.message);
      else if (r.data.refused.length > 0) setMessage(r.data.refused[0]!.message);
      else setMessage(t('photos.camera.taken', { angle, phase: phaseLabel(phase) }));
    } catch (error) {
      setMessage(error instanceof Error ? error.message : t('photos.camera.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="photo-capture" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('photos.camera.title')}</h3>
      <div className="photo-import-choices">
        <label htmlFor={`${id}-camera`}>{t('photos.camera.title')}</label>
        <select id={`${id}-camera`} value={cameraId} onChange={(e) => setCameraId(e.target.value)}>
          <option value="">{t('photos.camera.default')}</option>
          {cameras.map((c, i) => (
            <option key={c.deviceId || i} value={c.deviceId}>
              {c.label || t('photos.camera.numbered', { n: i + 1 })}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-session`}>{t('photos.field.session')}</label>
        <select id={`${id}-session`} value={sessionId} onChange={(e) => setSessionId(Number(e.target.value))}>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {sessionName({ sessionKind: s.kind, sessionNumber: s.number })}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-angle`}>{t('photos.field.angle')}</label>
        <select id={`${id}-angle`} value={angle} onChange={(e) => setAngle(e.target.value)}>
          {angles.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-phase`}>{t('photos.field.phase')}</label>
        <select id={`${id}-phase`} value={phase} onChange={(e) => setPhase(e.target.value as PhotoPhase)}>
          {PHOTO_PHASES.map((p) => (
            <option key={p} value={p}>
              {phaseLabel(p)}
            </option>
          ))}
        </select>
      </div>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : (
        <div className="photo-live">
          <video ref={video} autoPlay playsInline muted aria-label={t('photos.camera.live')} data-testid="camera-live" />
          {overlay.src && <img className="photo-overlay" src={overlay.src} alt="" data-testid="camera-overlay" />}
        </div>
      )}
      {previous && <p className="muted">{t('photos.camera.overlay', { session: sessionName(previous), angle })}</p>}
      <div className="photo-import-choices">
        <button type="button" className="button primary" disabled={busy || !stream} onClick={() => void take()}>
          {busy ? t('photos.camera.taking') : t('photos.camera.take')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('photos.camera.close')}
        </button>
      </div>
      {message && <p role="status">{message}</p>}
    </div>
  );
}
