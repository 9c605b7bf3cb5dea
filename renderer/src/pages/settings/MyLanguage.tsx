// The signed-in person's own language and region for the app: the clinic's setting unless they pick
// another (a German-speaking practitioner in a Spanish clinic). Saved as it is chosen; the whole app
// redraws in it (<ClinicLocale>).
import { useState } from 'react';
import { languageOf, LANGUAGE_NAMES } from '../../../../core/i18n/languages';
import { usableLocale } from '../../../../core/locale';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { Field } from '../../components/Field';
import { t } from '../../i18n';

/** The locales offered: each shipped language in the regions clinics most often write it. */
const LOCALES = ['en-GB', 'en-IE', 'en-US', 'en-AU', 'de-DE', 'de-AT', 'de-CH', 'es-ES', 'es-MX', 'es-AR'] as const;

/** "Deutsch (Österreich)": each choice in its own language, so a person finds theirs whatever the screen is in. */
function ownName(locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

export function MyLanguage() {
  const auth = useApiQuery('auth.status', {});
  const settings = useApiQuery('settings.get', {});
  const [error, setError] = useState<string | undefined>();
  const actor = auth.data?.actor;
  if (!actor || !settings.data) return null;
  const clinic = usableLocale(settings.data.locale);
  const current = actor.locale ?? '';
  const offered: string[] = actor.locale && !LOCALES.includes(actor.locale as never) ? [...LOCALES, actor.locale] : [...LOCALES];

  async function choose(value: string) {
    setError(undefined);
    const r = await call('staff.setLocale', { staffId: actor!.id, locale: value === '' ? null : value });
    if (!r.ok) setError(r.error.fields?.locale ?? r.error.message);
  }

  return (
    <section className="backup-settings" aria-labelledby="my-language-title">
      <h2 id="my-language-title">{t('staff.language.title')}</h2>
      <div className="form-grid">
        <Field label={t('staff.language')} error={error} hint={t('staff.language.hint')}>
          {(p) => (
            <select {...p} value={current} onChange={(e) => void choose(e.target.value)}>
              <option value="">
                {t('staff.language.clinic', { language: `${ownName(clinic)} · ${LANGUAGE_NAMES[languageOf(clinic)]}` })}
              </option>
              {offered.map((l) => (
                <option key={l} value={l} lang={l}>
                  {ownName(l)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </section>
  );
}
