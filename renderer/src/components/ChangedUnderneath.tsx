// A form keeps what the person typed when the record it edits is refetched; if someone else saved
// that record meanwhile, this says so beside the form. The save still sends the version the form
// started from, so the server answers with a conflict and the form shows what changed.
import { useCallback, useState } from 'react';
import { t } from '../i18n';

/**
 * The version a form started from, kept while `current` (the record's version as refetched) moves
 * on. `rebase` adopts a newer version: after a conflict was shown, or after this form's own save.
 */
export function useChangedUnderneath<V extends number | string | null>(current: V) {
  const [startVersion, setStartVersion] = useState<V>(current);
  const rebase = useCallback((version: V) => setStartVersion(() => version), []);
  return { startVersion, changed: startVersion !== current, rebase };
}

interface Props {
  show: boolean;
  /** "this client", "the clinic details" */
  what: string;
  kept?: string;
  then?: string;
}

export function ChangedUnderneath({ show, what, kept, then }: Props) {
  if (!show) return null;
  return (
    <p className="notice notice-changed" role="status">
      {t('common.changedUnderneath', {
        what,
        kept: kept ?? t('common.changedUnderneath.kept'),
        then: then ?? t('common.changedUnderneath.then'),
      })}
    </p>
  );
}

/** The fields of `values` that differ from where the form started: all a versionless save sends. */
export function changedSince<T extends object>(values: T, start: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(start[k as keyof T])),
  ) as Partial<T>;
}
