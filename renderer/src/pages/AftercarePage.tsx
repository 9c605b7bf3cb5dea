// Aftercare templates: the list, and the editor with its live preview (renderer/src/pages/aftercare/).
import { useState } from 'react';
import { aftercareSessionKindLabel } from '../../../core/aftercare';
import { standardAftercare } from '../../../core/aftercare-standard';
import { LANGUAGE_NAMES, LANGUAGES, languageOf, type Language } from '../../../core/i18n/languages';
import { useApiQuery } from '../api/useApi';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatDateTime, getClinicLocale } from '../format';
import { t } from '../i18n';
import { draftFrom, draftFromStandard, newDraft, type Draft } from './aftercare/draft';
import { TemplateEditor } from './aftercare/TemplateEditor';
import { TemplateHistory } from './aftercare/TemplateHistory';
import './aftercare/aftercare.css';
import { useKeptState } from '../lock/useKept';

export function AftercarePage() {
  const templates = useApiQuery('aftercare.templates.list', {});
  const settings = useApiQuery('settings.get', {});
  // What is open in the editor; the counter remounts it with a fresh draft after a save or discard.
  // No client's record: kept in this window's memory across a lock (renderer/src/lock/kept.ts).
  const [editing, setEditing] = useKeptState<{ draft: Draft; n: number } | null>(null, 'aftercare/editing', null);
  const [saved, setSaved] = useState<string | null>(null);
  const [standardIn, setStandardIn] = useState<Language>(() => languageOf(getClinicLocale()));

  if (templates.isPending || settings.isPending) return <p className="muted">{t('aftercare.page.loading')}</p>;
  // A refetch that fails (locked, say) keeps what was loaded, and the editor with it.
  if (!templates.data) return <ErrorNotice message={templates.error?.message ?? ''} />;
  if (!settings.data) return <ErrorNotice message={settings.error?.message ?? ''} />;

  const open = (draft: Draft) => {
    setSaved(null);
    setEditing((e) => ({ draft, n: (e?.n ?? 0) + 1 }));
  };

  return (
    <section>
      <div className="page-head">
        <h1>{t('aftercare.page.title')}</h1>
        <button className="button" type="button" onClick={() => open(newDraft(editing?.draft))}>
          {editing ? t('aftercare.page.newFromThis') : t('aftercare.page.new')}
        </button>
      </div>
      <p className="muted">{t('aftercare.page.intro')}</p>
      <div className="standard-start" role="group" aria-labelledby="standard-start-hint">
        <div className="field">
          <label htmlFor="standard-language">{t('aftercare.page.standardLanguage')}</label>
          <select id="standard-language" value={standardIn} onChange={(e) => setStandardIn(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <button className="button" type="button" onClick={() => open(draftFromStandard(standardAftercare(standardIn)))}>
          {t('aftercare.page.newFromStandard')}
        </button>
        <p className="muted" id="standard-start-hint">
          {t('aftercare.page.standardHint')}
        </p>
      </div>
      {saved && (
        <p className="notice" role="status">
          {saved}
        </p>
      )}
      <ul className="template-list" aria-label={t('aftercare.page.listLabel')}>
        {templates.data.map((tpl) => (
          <li key={tpl.key} className={editing?.draft.key === tpl.key ? 'selected' : ''}>
            <button
              className="template-pick"
              type="button"
              onClick={() => open(draftFrom(tpl))}
              aria-current={editing?.draft.key === tpl.key}
            >
              <strong>{tpl.name}</strong>
              <span>
                {t('aftercare.page.item', {
                  kind: aftercareSessionKindLabel(getClinicLocale(), tpl.sessionKind),
                  version: tpl.version,
                  rules: tpl.rules.length,
                  saved: formatDateTime(tpl.createdAt),
                })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {editing && (
        <>
          <TemplateEditor
            key={editing.n}
            initial={editing.draft}
            settings={settings.data}
            onCancel={() => setEditing(null)}
            currentVersion={templates.data.find((tpl) => tpl.key === editing.draft.key)?.version ?? null}
            onSaved={(record) => {
              setEditing((e) => ({ draft: draftFrom(record), n: (e?.n ?? 0) + 1 }));
              setSaved(t('aftercare.page.saved', { name: record.name, version: record.version }));
            }}
          />
          {editing.draft.key && <TemplateHistory templateKey={editing.draft.key} />}
        </>
      )}
    </section>
  );
}
