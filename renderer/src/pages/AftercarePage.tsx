// Aftercare templates: the list, and the editor with its live preview (renderer/src/pages/aftercare/).
import { useState } from 'react';
import { AFTERCARE_SESSION_KIND_LABELS } from '../../../core/aftercare';
import { useApiQuery } from '../api/useApi';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatDateTime } from '../format';
import { draftFrom, newDraft, type Draft } from './aftercare/draft';
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

  if (templates.isPending || settings.isPending) return <p className="muted">Loading aftercare templates…</p>;
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
        <h1>Aftercare</h1>
        <button className="button" type="button" onClick={() => open(newDraft(editing?.draft))}>
          {editing ? 'New template from this one' : 'New template'}
        </button>
      </div>
      <p className="muted">
        Each session’s sheet uses the template made for its kind of session, or else the one for any session. Editing a template makes a new
        version; every printed sheet records the version it used.
      </p>
      {saved && (
        <p className="notice" role="status">
          {saved}
        </p>
      )}
      <ul className="template-list" aria-label="Aftercare templates">
        {templates.data.map((t) => (
          <li key={t.key} className={editing?.draft.key === t.key ? 'selected' : ''}>
            <button className="template-pick" type="button" onClick={() => open(draftFrom(t))} aria-current={editing?.draft.key === t.key}>
              <strong>{t.name}</strong>
              <span>
                {AFTERCARE_SESSION_KIND_LABELS[t.sessionKind]} · version {t.version} · {t.rules.length} timed rules · saved{' '}
                {formatDateTime(t.createdAt)}
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
            currentVersion={templates.data.find((t) => t.key === editing.draft.key)?.version ?? null}
            onSaved={(record) => {
              setEditing((e) => ({ draft: draftFrom(record), n: (e?.n ?? 0) + 1 }));
              setSaved(`Saved “${record.name}” as version ${record.version}.`);
            }}
          />
          {editing.draft.key && <TemplateHistory templateKey={editing.draft.key} />}
        </>
      )}
    </section>
  );
}
