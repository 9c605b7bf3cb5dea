// The owner's message templates for the to-contact list, one per reason, with the placeholders each
// client's details fill in. The API refuses a placeholder it does not know beside the field.
import { useState } from 'react';
import type { ClinicSettings } from '../../../../api/contract/settings';
import { TEMPLATE_FIELDS } from '../../../../core/contact';
import { call } from '../../api/client';
import { ChangedUnderneath } from '../../components/ChangedUnderneath';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { savesYoursOnly, useSettingsForm } from './useSettingsForm';
import { t } from '../../i18n';
import type { MessageId } from '../../../../core/i18n/translate';

const TEMPLATES = [
  ['contactTemplateBooking', 'settings.templates.booking'],
  ['contactTemplateDeposit', 'settings.templates.deposit'],
  ['contactTemplateWindow', 'settings.templates.window'],
  ['contactTemplateRecall', 'settings.templates.recall'],
] as const satisfies readonly (readonly [string, MessageId])[];
type Key = (typeof TEMPLATES)[number][0];
type Values = Record<Key, string>;

const asTyped = (s: ClinicSettings): Values => ({
  contactTemplateBooking: s.contactTemplateBooking,
  contactTemplateDeposit: s.contactTemplateDeposit,
  contactTemplateWindow: s.contactTemplateWindow,
  contactTemplateRecall: s.contactTemplateRecall,
});

export function ContactTemplateSettings() {
  const { settings, values, setValues, changedUnderneath, edited, saved: stored } = useSettingsForm(asTyped);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!values) return settings.error ? <ErrorNotice message={settings.error.message} /> : null;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSaved(false);
    setMessage(null);
    setBusy(true);
    const result = await call('settings.update', edited());
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      if (!result.error.fields) setMessage(result.error.message);
      return;
    }
    setErrors({});
    setSaved(true);
    stored(result.data);
  }

  return (
    <form className="form settings-section" onSubmit={submit} noValidate aria-labelledby="contact-templates-heading">
      <h2 id="contact-templates-heading">{t('settings.templates.title')}</h2>
      <p className="muted">{t('settings.templates.fills', { fields: TEMPLATE_FIELDS.map((f) => `{${f}}`).join(', ') })}</p>
      <ChangedUnderneath show={changedUnderneath && !busy} what={t('settings.templates.changedWhat')} then={savesYoursOnly()} />
      {message && <ErrorNotice message={message} />}
      {TEMPLATES.map(([key, label]) => (
        <Field key={key} label={t(label)} error={errors[key]}>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={values[key]}
              onChange={(e) => {
                setSaved(false);
                setValues({ ...values, [key]: e.target.value });
              }}
            />
          )}
        </Field>
      ))}
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={busy}>
          {t('settings.templates.save')}
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
