// A settings form's working copy. Settings have no version, so a form remembers the values it started
// from: it shows when someone else saved different ones meanwhile, and saves only the fields changed
// here, which leaves their other changes in place.
import { useState } from 'react';
import type { ClinicSettings } from '../../../../api/contract/settings';
import { useApiQuery } from '../../api/useApi';
import { changedSince } from '../../components/ChangedUnderneath';
import { t } from '../../i18n';

/** What the notice beside a settings form says a save will do. */
export const savesYoursOnly = () => t('settings.savesYoursOnly');

export function useSettingsForm<V extends object>(toValues: (settings: ClinicSettings) => V) {
  const settings = useApiQuery('settings.get', {});
  const [form, setForm] = useState<{ values: V; start: V } | null>(null);
  // Filled in once; a refetch never overwrites what is typed here.
  if (form === null && settings.data) {
    const values = toValues(settings.data);
    setForm({ values, start: values });
  }
  const onFile = settings.data ? JSON.stringify(toValues(settings.data)) : null;
  return {
    settings,
    values: form?.values ?? null,
    setValues: (values: V) => setForm((f) => f && { ...f, values }),
    /** Someone else saved settings this form shows since it started. */
    changedUnderneath: form !== null && onFile !== null && onFile !== JSON.stringify(form.start),
    /** The fields changed here: only these are saved. */
    edited: (): Partial<V> => (form ? changedSince(form.values, form.start) : {}),
    /** After a save: show the settings as now stored, and start from them. */
    saved: (stored: ClinicSettings) => {
      const values = toValues(stored);
      setForm({ values, start: values });
    },
  };
}
