// Edits one of the clinic's documents. Saving makes a new version; what was signed or answered
// keeps the version it used. The save's own checks run as you save, each message beside its field.
import { useState } from 'react';
import type { DocumentRecord } from '../../../../api/contract/documents';
import { documentInSentence } from '../../../../core/clinic-documents';
import { call } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
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
      setNotice('Check the fields marked below.');
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
      aria-label={`Edit the ${documentInSentence(doc.kind)}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label="Title" error={errors.title}>
        {(p) => <input {...p} value={draft.title} onChange={(e) => update({ title: e.target.value })} />}
      </Field>
      <Field
        label={isQuestionnaire ? 'Introduction' : 'Text the client reads and signs'}
        error={errors.body}
        hint="A blank line starts a new paragraph."
      >
        {(p) => <textarea {...p} rows={isQuestionnaire ? 3 : 12} value={draft.body} onChange={(e) => update({ body: e.target.value })} />}
      </Field>
      {isQuestionnaire && (
        <>
          <h2>Questions</h2>
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
            Add a question
          </button>
        </>
      )}
      {notice && <ErrorNotice message={notice} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          Save as version {draft.expectedVersion + 1}
        </button>
      </div>
    </form>
  );
}
