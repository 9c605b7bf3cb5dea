import { useId, useState, type DragEvent } from 'react';
import type { ChartRecord } from '../../../../../api/contract/chart';
import { PHOTO_PHASES, type PhotoPhase } from '../../../../../core/photos';
import { call } from '../../../api/client';
import { t } from '../../../i18n';
import { phaseLabel, sessionName } from './labels';
import { fileToBase64 } from './usePhotoSrc';

type Session = ChartRecord['sessions'][number];
interface Pending {
  file: File;
  angle: string;
}

/** Photos from a folder or a phone's files: a file picker or a drop, each assigned to an angle. */
export function PhotoImport({ clientId, sessions, angles }: { clientId: number; sessions: Session[]; angles: string[] }) {
  const id = useId();
  const latest = [...sessions].reverse().find((s) => s.status === 'performed') ?? sessions.at(-1)!;
  const [sessionId, setSessionId] = useState(latest.id);
  const [phase, setPhase] = useState<PhotoPhase>('before');
  const [pending, setPending] = useState<Pending[]>([]);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [outcome, setOutcome] = useState<{ stored: number; refused: string[] } | null>(null);

  const add = (files: FileList | File[]) => {
    const list = [...files];
    setPending((now) => [...now, ...list.map((file, i) => ({ file, angle: angles[(now.length + i) % angles.length]! }))]);
    setOutcome(null);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    add(e.dataTransfer.files);
  };

  const submit = async () => {
    setBusy(true);
    let stored = 0;
    const refused: string[] = [];
    // One call per photo: a phone's photo is several megabytes, and one refused never holds up the rest.
    for (const p of pending) {
      const r = await call('photos.import', {
        clientId,
        sessionId,
        files: [{ name: p.file.name, angle: p.angle, phase, data: await fileToBase64(p.file) }],
      });
      if (!r.ok)
        refused.push(t('photos.import.refused', { file: p.file.name, message: Object.values(r.error.fields ?? {})[0] ?? r.error.message }));
      else {
        stored += r.data.stored.length;
        refused.push(...r.data.refused.map((x) => x.message));
      }
    }
    setBusy(false);
    setPending([]);
    setOutcome({ stored, refused });
  };

  return (
    <div className="photo-import">
      <h3>{t('photos.import.title')}</h3>
      <div className="photo-import-choices">
        <label htmlFor={`${id}-session`}>{t('photos.field.session')}</label>
        <select id={`${id}-session`} value={sessionId} onChange={(e) => setSessionId(Number(e.target.value))}>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {sessionName({ sessionKind: s.kind, sessionNumber: s.number })}
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
      <div
        className={`photo-drop${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="photo-drop"
      >
        <label htmlFor={`${id}-files`}>{t('photos.import.choose')}</label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          accept="image/*"
          onChange={(e) => {
            if (e.target.files) add(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      {pending.length > 0 && (
        <>
          <ul className="photo-pending" aria-label={t('photos.import.pending')}>
            {pending.map((p, i) => (
              <li key={`${p.file.name}-${i}`}>
                <span className="photo-pending-name">{p.file.name}</span>
                <label>
                  {t('photos.field.angle')}{' '}
                  <select
                    aria-label={t('photos.import.angleOf', { file: p.file.name })}
                    value={p.angle}
                    onChange={(e) => setPending((now) => now.map((x, j) => (j === i ? { ...x, angle: e.target.value } : x)))}
                  >
                    {angles.map((a) => (
                      <option key={a} value={a}>
                        {a}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="button" className="link-button" onClick={() => setPending((now) => now.filter((_x, j) => j !== i))}>
                  {t('photos.import.leaveOut')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button primary" disabled={busy} onClick={() => void submit()}>
            {busy ? t('photos.import.adding') : t('photos.import.add', { count: pending.length })}
          </button>
        </>
      )}
      {outcome && (
        <div role="status" className="photo-outcome">
          <p>{t('photos.import.added', { count: outcome.stored })}</p>
          {outcome.refused.length > 0 && (
            <ul className="field-error">
              {outcome.refused.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
