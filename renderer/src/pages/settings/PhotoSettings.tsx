import { useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { ChangedUnderneath } from '../../components/ChangedUnderneath';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { savesYoursOnly, useSettingsForm } from './useSettingsForm';
import { t } from '../../i18n';

/** The angles every session's photos are taken at, one a line, in the order the chart shows them. */
export function PhotoSettings() {
  const { values, setValues, changedUnderneath, saved: stored } = useSettingsForm((s) => ({ angles: s.photoAngles.join('\n') }));
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!values) return null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const photoAngles = values!.angles
      .split('\n')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    const result = await call('settings.update', { photoAngles });
    setBusy(false);
    if (!result.ok) {
      const fields = result.error.fields ?? {};
      setError(Object.entries(fields).find(([k]) => k.startsWith('photoAngles'))?.[1] ?? null);
      if (!result.error.fields) setMessage(result.error.message);
      return;
    }
    setError(null);
    setMessage(null);
    setSaved(true);
    stored(result.data);
  }

  return (
    <form className="form settings-section" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="photo-settings-heading">
      <h2 id="photo-settings-heading">{t('settings.photos.title')}</h2>
      <ChangedUnderneath show={changedUnderneath && !busy} what={t('settings.photos.changedWhat')} then={savesYoursOnly()} />
      {message && <ErrorNotice message={message} />}
      <Field label={t('settings.photos.angles')} error={error ?? undefined} hint={t('settings.photos.angles.hint')}>
        {(p) => (
          <textarea
            {...p}
            rows={7}
            value={values.angles}
            onChange={(e) => {
              setSaved(false);
              setValues({ angles: e.target.value });
            }}
          />
        )}
      </Field>
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={busy}>
          {t('settings.photos.save')}
        </button>
        {saved && (
          <span className="saved-note" role="status">
            {t('settings.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
