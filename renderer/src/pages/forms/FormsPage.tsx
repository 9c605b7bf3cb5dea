// The clinic's own forms (owner only): the medical questionnaire and the consent texts, each
// versioned, and whether a changed consent is asked for or required before charting.
import { useState } from 'react';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../core/clinic-documents';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../format';
import { t } from '../../i18n';
import { useKeptState } from '../../lock/useKept';
import { DocumentEditor } from './DocumentEditor';
import { documentLabel } from './document-words';
import './forms.css';

export function FormsPage() {
  const list = useApiQuery('documents.list', {});
  const settings = useApiQuery('settings.get', {});
  const [kind, setKind] = useKeptState<DocumentKind>(null, 'forms/kind', 'questionnaire');
  const [saved, setSaved] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  if (list.isPending) return <p className="muted">{t('forms.loading')}</p>;
  if (!list.data) return <ErrorNotice message={list.error?.message ?? ''} />;
  const doc = list.data.find((d) => d.kind === kind);

  return (
    <section className="forms-page">
      <h1>{t('forms.title')}</h1>
      <p className="muted">{t('forms.intro')}</p>
      {saved && (
        <p className="notice notice-ok" role="status">
          {saved}
        </p>
      )}
      <div className="forms-layout">
        <ul className="template-list" aria-label={t('forms.list')}>
          {DOCUMENT_KINDS.map((k) => {
            const d = list.data.find((x) => x.kind === k);
            return (
              <li key={k} className={k === kind ? 'selected' : ''}>
                <button type="button" className="template-pick" aria-current={k === kind} onClick={() => setKind(k)}>
                  <strong>{documentLabel(k)}</strong>
                  {d && <span>{t('forms.versionSaved', { version: d.version, when: formatDateTime(d.createdAt) })}</span>}
                </button>
              </li>
            );
          })}
        </ul>
        <div>
          {doc && (
            <DocumentEditor
              key={`${doc.id}-${round}`}
              document={doc}
              onSaved={(d) => {
                setSaved(t('forms.saved', { kind: d.kind, version: d.version }));
                setRound((n) => n + 1);
              }}
            />
          )}
          {kind === 'treatment_consent' && settings.data && (
            <fieldset className="chip-group reconsent-setting">
              <legend>{t('forms.reconsent.legend')}</legend>
              {(['ask', 'require'] as const).map((mode) => (
                <label key={mode} className="chip">
                  <input
                    type="radio"
                    name="reconsent"
                    checked={settings.data.reconsent === mode}
                    onChange={() => void call('settings.update', { reconsent: mode })}
                  />
                  <span>{mode === 'ask' ? t('forms.reconsent.ask') : t('forms.reconsent.require')}</span>
                </label>
              ))}
            </fieldset>
          )}
        </div>
      </div>
    </section>
  );
}
