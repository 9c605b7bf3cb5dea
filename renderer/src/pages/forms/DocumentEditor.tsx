// Edits one of the clinic's documents. Saving makes a new version; what was signed or answered
// keeps the version it used. The save's own checks run as you save, each message beside its field.
import { useState } from 'react';
import type { DocumentRecord } from '../../../../api/contract/documents';
import { call } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { t } from '../../i18n';
import { useKeptState } from '../../lock/useKept';
import { blankQuestion, checkDraft, draftFrom, toInput, type DocumentDraft, type DraftQuestion } from './draft';
import { QuestionRow } from './QuestionRow';

export function DocumentEditor({ document: doc, onSaved }: { document: DocumentRecord; onSaved: (d: DocumentRecord) => void }) {
  const [draft, setDraft] = useKeptState<DocumentDraft>(null, `forms/${doc.kind}`, () => draftFrom(doc));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const update = (patch: Partial<DocumentDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setQuestions = (questions: DraftQuestion[]) => update({ questions });

  async function save() {
    const found = checkDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setNotice(t('forms.checkFields'));
      return;
    }
    setSaving(true);
    const r = await call('documents.save', toInput(draft));
    setSaving(false);
    if (r.ok) {
      setNotice(null);
      onSaved(r.data);
      return;
    }
    setErrors(r.error.fields ?? {});
    setNotice(r.error.message);
  }

  const isQuestionnaire = draft.kind === 'questionnaire';
  return (
    <form
      className="form document-editor"
      aria-label={t('forms.edit', { kind: doc.kind })}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label={t('forms.field.title')} error={errors.title}>
        {(p) => <input {...p} value={draft.title} onChange={(e) => update({ title: e.target.value })} />}
      </Field>
      <Field
        label={isQuestionnaire ? t('forms.field.introduction') : t('forms.field.body')}
        error={errors.body}
        hint={t('forms.field.bodyHint')}
      >
        {(p) => <textarea {...p} rows={isQuestionnaire ? 3 : 12} value={draft.body} onChange={(e) => update({ body: e.target.value })} />}
      </Field>
      {isQuestionnaire && (
        <>
          <h2>{t('forms.questions')}</h2>
          {errors.questions && <p className="field-error">{errors.questions}</p>}
          {draft.questions.map((q, i) => (
            <QuestionRow
              key={q.rowId}
              index={i}
              question={q}
              errors={errors}
              count={draft.questions.length}
              onChange={(patch) => setQuestions(draft.questions.map((x, j) => (j === i ? { ...x, ...patch } : x)))}
              onMove={(by) => {
                const next = [...draft.questions];
                [next[i], next[i + by]] = [next[i + by]!, next[i]!];
                setQuestions(next);
              }}
              onRemove={() => setQuestions(draft.questions.filter((_, j) => j !== i))}
            />
          ))}
          <button type="button" className="button" onClick={() => setQuestions([...draft.questions, blankQuestion()])}>
            {t('forms.addQuestion')}
          </button>
        </>
      )}
      {notice && <ErrorNotice message={notice} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('forms.saveAsVersion', { version: draft.expectedVersion + 1 })}
        </button>
      </div>
    </form>
  );
}
