// Sets the locale in force for everything under it (the signed-in person's own choice, else the
// clinic's setting): the words (i18n.ts), the formatters in format.ts and
// React Aria's date and time fields (I18nProvider), so dates read and are typed in the clinic's
// order, whatever the browser's or the computer's language.
import { Fragment, useEffect, type ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { usableLocale } from '../../../core/locale';
import { useApiQuery } from '../api/useApi';
import { setClinicLocale } from '../format';

export function ClinicLocale({ children }: { children: ReactNode }) {
  const settings = useApiQuery('settings.get', {});
  const auth = useApiQuery('auth.status', {});
  const locale = usableLocale(auth.data?.actor?.locale ?? settings.data?.locale);
  // Set during render, before the pages below format their first date.
  setClinicLocale(locale, settings.data?.country);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  // Pages wait for the setting (one quick local read) rather than show dates in a locale that is about to change.
  if (settings.isPending || auth.isPending) return null;
  return (
    <I18nProvider locale={locale}>
      {/* A changed locale or country redraws every page once: formatted dates and phones are not React state. */}
      <Fragment key={`${locale}|${settings.data?.country ?? ''}`}>{children}</Fragment>
    </I18nProvider>
  );
}
