// Edits one aftercare template. Rules that overlap or contradict each other are flagged beside the
// rule as you type, with the same check the save runs. Saving makes a new version; nothing typed is
// lost when a save is refused.
import { lazy, Suspense, useMemo, useState } from 'react';
import { aftercareSessionKindLabel } from '../../../../core/aftercare';
import { AFTERCARE_SESSION_KINDS, type AftercareSessionKind } from '../../../../core/vocabulary';
import type { ChannelInput } from '../../../../api/contract';
import type { AftercareTemplateRecord } from '../../../../api/contract/aftercare';
import type { ClinicSettings } from '../../../../api/contract/settings';
import { call } from '../../api/client';
import { ChangedUnderneath } from '../../components/ChangedUnderneath';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { getClinicLocale } from '../../format';
import { t } from '../../i18n';
import { checkDraft, newRowId, toInput, type Draft, type DraftRule } from './draft';
import { previewSheet } from './previewSheet';
import { RuleRow } from './RuleRow';
import { useKeptState } from '../../lock/useKept';

const TemplatePreview = lazy(() => import('./TemplatePreview'));

interface Props {
  initial: Draft;
  settings: ClinicSettings;
  /** The template's latest version as now on file (null for a new template). */
  currentVersion: number | null;
  onSaved: (record: AftercareTemplateRecord) => void;
  onCancel: () => void;
}

export function TemplateEditor({ initial, settings, currentVersion, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useKeptState<Draft>(null, 'aftercare/editor', initial);
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [serverError, setServerError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [saving, setSaving] = useState(false);

  const check = useMemo(() => checkDraft(draft), [draft]);
  const dirty =
    JSON.stringify({ ...draft, rules: draft.rules.map(({ rowId: _r, ...r }) => r) }) !==
    JSON.stringify({ ...initial, rules: initial.rules.map(({ rowId: _r, ...r }) => r) });
  // Overlaps and contradictions show at once; "enter this" errors wait until the field was used or a save tried.
  const visible = useMemo(() => {
    const out: Record<string, string> = {};
    for (const [key, message] of Object.entries(check)) {
      const row = /^rules\.(\d+)\./.exec(key)?.[1];
      const flagged = /overlaps|contradicts|before the first day/.test(message);
      if (submitted || flagged || touched.has(row !== undefined ? `rule-${draft.rules[Number(row)]?.rowId}` : key)) out[key] = message;
    }
    return { ...out, ...(serverError?.fields ?? {}) };
  }, [check, submitted, touched, draft.rules, serverError]);
  const flaggedCount = Object.values(check).filter((m) => /overlaps|contradicts/.test(m)).length;

  function update(patch: Partial<Draft>, touchKey?: string) {
    setDraft((d) => ({ ...d, ...patch }));
    setServerError(null);
    if (touchKey) setTouched((t) => new Set(t).add(touchKey));
  }
  function updateRule(i: number, patch: Partial<DraftRule>) {
    const rowId = draft.rules[i]!.rowId;
    update({ rules: draft.rules.map((r, j) => (j === i ? { ...r, ...patch } : r)) }, `rule-${rowId}`);
  }

  async function save() {
    setSubmitted(true);
    if (Object.keys(check).length > 0) return;
    setSaving(true);
    // The check above passed, so the draft's days are numbers by now.
    const r = await call('aftercare.templates.save', toInput(draft) as ChannelInput<'aftercare.templates.save'>);
    setSaving(false);
    if (r.ok) return onSaved(r.data);
    const conflict = r.error.code === 'conflict' ? ` ${t('aftercare.editor.conflict')}` : '';
    setServerError({ message: r.error.message + conflict, fields: r.error.fields ?? {} });
  }

  const saveLabel =
    draft.key === null ? t('aftercare.editor.create') : t('aftercare.editor.saveVersion', { version: (draft.expectedVersion ?? 0) + 1 });
  return (
    <div className="template-editor">
      <form
        className="form template-form"
        aria-label={t('aftercare.editor.label')}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <ChangedUnderneath
          show={!saving && draft.key !== null && currentVersion !== null && currentVersion !== draft.expectedVersion}
          what={t('aftercare.editor.thisTemplate')}
        />
        <div className="form-grid">
          <Field label={t('aftercare.editor.name')} error={visible.name}>
            {(p) => <input {...p} value={draft.name} onChange={(e) => update({ name: e.target.value }, 'name')} />}
          </Field>
          <Field label={t('aftercare.editor.usedFor')} error={visible.sessionKind}>
            {(p) => (
              <select {...p} value={draft.sessionKind} onChange={(e) => update({ sessionKind: e.target.value as AftercareSessionKind })}>
                {AFTERCARE_SESSION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {aftercareSessionKindLabel(getClinicLocale(), k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>

        <h2>{t('aftercare.editor.rules')}</h2>
        <p className="muted">{t('aftercare.editor.rulesHint')}</p>
        {flaggedCount > 0 && (
          <p className="notice notice-error" role="alert">
            {t('aftercare.editor.flagged', { count: flaggedCount })}
          </p>
        )}
        {visible.rules && <p className="field-error">{visible.rules}</p>}
        {draft.rules.map((rule, i) => (
          <RuleRow
            key={rule.rowId}
            index={i}
            rule={rule}
            errors={visible}
            canRemove={draft.rules.length > 1}
            onChange={(patch) => updateRule(i, patch)}
            onRemove={() => update({ rules: draft.rules.filter((_, j) => j !== i) })}
          />
        ))}
        <button
          className="button"
          type="button"
          onClick={() => {
            const last = draft.rules.at(-1);
            const next = last && last.toDay.trim() !== '' && /^\d+$/.test(last.toDay.trim()) ? String(Number(last.toDay) + 1) : '';
            update({ rules: [...draft.rules, { rowId: newRowId(), fromDay: next, toDay: '', instruction: '' }] });
          }}
        >
          {t('aftercare.editor.addRule')}
        </button>

        <h2>{t('aftercare.editor.advice')}</h2>
        <Field label={t('aftercare.editor.adviceLabel')} error={visible.adviceText} hint={t('aftercare.editor.adviceHint')}>
          {(p) => (
            <textarea {...p} rows={6} value={draft.adviceText} onChange={(e) => update({ adviceText: e.target.value }, 'adviceText')} />
          )}
        </Field>

        {serverError && <ErrorNotice message={serverError.message} />}
        <div className="form-actions">
          <button className="button button-primary" type="submit" disabled={saving || (!dirty && draft.key !== null)}>
            {saving ? t('aftercare.editor.saving') : saveLabel}
          </button>
          <button className="button" type="button" onClick={onCancel} disabled={saving}>
            {dirty ? t('aftercare.editor.discard') : t('aftercare.editor.close')}
          </button>
        </div>
        {draft.key !== null && !dirty && <p className="muted">{t('aftercare.editor.noChanges')}</p>}
      </form>
      <aside className="template-preview-column" aria-label={t('aftercare.editor.preview')}>
        <h2>{t('aftercare.editor.preview')}</h2>
        <p className="muted">{settings.paperSize === 'LETTER' ? t('aftercare.editor.previewLetter') : t('aftercare.editor.previewA4')}</p>
        <Suspense fallback={<p className="muted">{t('aftercare.editor.previewLoading')}</p>}>
          <TemplatePreview sheet={previewSheet(draft, settings)} />
        </Suspense>
      </aside>
    </div>
  );
}
