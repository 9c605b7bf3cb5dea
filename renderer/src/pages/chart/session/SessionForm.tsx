import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import type { ChartRecord, SessionRecord } from '../../../../../api/contract/chart';
import { suggestShade } from '../../../../../core/shade-suggestion';
import type { RetentionRating } from '../../../../../core/vocabulary';
import { SHADE_CHANGE_REASONS, shadeReasonLabel, tierLabel } from '../../../../../core/vocabulary';
import { call } from '../../../api/client';
import { useApiQuery } from '../../../api/useApi';
import { ChangedUnderneath } from '../../../components/ChangedUnderneath';
import { DateTimeField } from '../../../components/DateTimeField';
import { Field } from '../../../components/Field';
import { firstControl } from '../../../components/focus';
import { useSession } from '../../../auth/SessionGate';
import { formatDate, getClinicLocale } from '../../../format';
import { t } from '../../../i18n';
import { tRich } from '../../settings/richText';
import { currentContraindications } from '../chartFacts';
import type { useDraft } from '../useDraft';
import { ConflictPanel } from './ConflictPanel';
import { NewRequests } from './NewRequests';
import { OpenRequests } from './OpenRequests';
import { PigmentFields } from './PigmentFields';
import { PreviousSessionPanel } from './PreviousSessionPanel';
import { RetentionFields } from './RetentionFields';
import {
  datedBeforePrevious,
  previousSession,
  shadeChanged,
  toChartInput,
  toFormErrors,
  validate,
  type SessionFormValues,
  type SessionTarget,
} from './sessionFormModel';
import { ZonePicker } from './ZonePicker';
import { DraftStatusLine } from './DraftStatusLine';
import { useKeptForm, useKeptState } from '../../../lock/useKept';

export interface SessionDraft {
  values: SessionFormValues;
  target: SessionTarget;
}

interface Props {
  chart: ChartRecord;
  target: SessionTarget;
  initial: SessionFormValues;
  draft: ReturnType<typeof useDraft>;
  onSaved: (session: SessionRecord) => void;
  /** Saved on this workstation while the hub cannot be reached: it waits in the outbox (the message says so). */
  onQueued: (message: string) => void;
  onClose: () => void;
}

/** Charting one session at the chair: keyboard-first, large targets, nothing typed is ever lost. */
export function SessionForm({ chart, target: initialTarget, initial, draft, onSaved, onQueued, onClose }: Props) {
  const clientId = chart.client.id;
  const form = useForm<SessionFormValues>({ defaultValues: initial });
  const { register, watch, getValues, setValue } = form;
  const keptAs = `session-form/${initialTarget.sessionId ?? 'next'}`;
  useKeptForm(clientId, keptAs, form);
  const [target, setTarget] = useKeptState(clientId, `${keptAs}/target`, initialTarget);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [topError, setTopError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<SessionRecord | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const pigments = useApiQuery('pigments.list', {});
  const staff = useApiQuery('staff.list', {});
  const { actor } = useSession();

  // Opening the form puts focus in its first field: where charting starts.
  useEffect(() => {
    const el = firstControl(formRef.current);
    if (el && !formRef.current?.contains(document.activeElement)) el.focus();
  }, []);

  const prev = previousSession(chart, target);
  const values = watch();
  const performedDate = values.performedAt.slice(0, 10);
  const blocking = currentContraindications(chart.contraindications, performedDate);
  const openRequests = chart.hairlineRequests.filter(
    (r) => r.status === 'open' || r.status === 'agreed' || values.doneRequestIds.includes(String(r.id)),
  );
  const ratings = Object.values(values.retention)
    .map((r) => r.rating)
    .filter((r): r is RetentionRating => r !== '');
  const suggestion = useMemo(
    () =>
      prev
        ? suggestShade(ratings, { brand: prev.pigmentBrand, shade: prev.pigmentShade, dilution: prev.dilution }, pigments.data ?? [])
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the ratings' values: watch() hands out a new array every render
    [prev?.id, ratings.join(), pigments.data],
  );
  const changedShade = shadeChanged(values, prev);
  // The chart refetches as others save; the form keeps its target, so it can tell when its session moved on.
  const changedUnderneath =
    target.sessionId === null
      ? chart.sessions.some((s) => s.kind === 'course' && s.number === target.number && (s.status === 'performed' || s.status === 'booked'))
      : chart.sessions.find((s) => s.id === target.sessionId)?.version !== target.expectedVersion;

  // Keep a draft as the user types; the target travels with it so a reload charts the same session.
  const targetRef = useRef(target);
  targetRef.current = target;
  useEffect(() => {
    const sub = watch((v) => draft.schedule({ values: v, target: targetRef.current }, targetRef.current.expectedVersion));
    return () => sub.unsubscribe();
  }, [watch, draft]);

  const focusFirstError = () =>
    requestAnimationFrame(() => {
      const el = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field-invalid input, .field-invalid select');
      el?.focus();
    });

  const submit = async () => {
    if (saving) return;
    const v = getValues();
    setTopError(null);
    const found = validate(clientId, target, v, prev);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    setSaving(true);
    const result = await call('sessions.chart', toChartInput(clientId, target, v, prev));
    if (result.ok) {
      await draft.discard();
      onSaved(result.data); // closes the form: "saving" until then, so its own save is not news
      return;
    }
    const { error } = result;
    if (error.queued) {
      // Kept durably in the outbox: closing the form is what a save does; the draft is no longer needed.
      await draft.discard();
      onQueued(error.message);
      return;
    }
    setSaving(false);
    if (error.code === 'conflict') {
      setConflict((error.current as SessionRecord | null) ?? null);
      if (!error.current) setTopError(error.message);
      return;
    }
    if (error.fields && Object.keys(error.fields).length > 0) {
      setErrors(toFormErrors(error.fields));
      focusFirstError();
    } else {
      setTopError(error.message);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void submit();
    }
  };

  const staffName = (id: string) => staff.data?.find((s) => String(s.id) === id)?.name ?? t('session.staff', { id });
  // Says whose name goes on the work: the person signed in, unless someone else is chosen.
  const bookedWith = chart.sessions.find((s) => s.id === target.sessionId)?.practitionerId ?? null;
  const practitionerHint =
    values.practitionerId === ''
      ? undefined
      : actor && values.practitionerId === String(actor.id)
        ? bookedWith !== null && bookedWith !== actor.id && target.kind !== 'correction'
          ? t('session.practitioner.youBookedWith', { name: actor.name, booked: staffName(String(bookedWith)) })
          : t('session.practitioner.you', { name: actor.name })
        : target.kind === 'correction'
          ? t('session.practitioner.correction')
          : t('session.practitioner.notYou', { name: staffName(values.practitionerId) });
  const heading = t(target.kind === 'correction' ? 'session.heading.correcting' : 'session.heading.charting', { number: target.number });
  const locale = getClinicLocale();

  return (
    <div className="session-layout">
      <form
        ref={formRef}
        className="form session-form"
        aria-labelledby="session-form-title"
        noValidate
        onKeyDown={onKeyDown}
        onBlur={() => void draft.flush()}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="session-form-head">
          <h3 id="session-form-title">{heading}</h3>
          <DraftStatusLine status={draft.status} />
        </div>
        <ChangedUnderneath show={changedUnderneath && !conflict && !saving} what={t('session.changedWhat', { number: target.number })} />
        {conflict && (
          <ConflictPanel
            key={`${conflict.id}-${conflict.version}`}
            current={conflict}
            mine={getValues()}
            staffName={staffName}
            onApply={(chosen) => {
              for (const [k, v] of Object.entries(chosen)) setValue(k as keyof SessionFormValues, v as never, { shouldDirty: true });
              setTarget({ sessionId: conflict.id, expectedVersion: conflict.version, number: conflict.number, kind: 'correction' });
              setConflict(null);
            }}
          />
        )}
        {topError && (
          <p className="notice notice-error" role="alert">
            {topError}
          </p>
        )}
        {!chart.intake?.completedAt && <p className="notice">{t('session.intakeIncomplete')}</p>}
        {blocking.length > 0 && (
          // Said once, where the reason goes: the API's own message would repeat it under the field.
          <fieldset className="form-section blocking">
            <legend className="flag-intro">
              {tRich(
                'session.blocked',
                { blocked: <strong>{t('session.blocked.strong')}</strong> },
                {
                  conditions: blocking
                    .map((c) =>
                      c.until
                        ? t('session.blocked.conditionUntil', {
                            condition: c.condition,
                            tier: tierLabel(locale, c.tier),
                            date: formatDate(c.until),
                          })
                        : t('session.blocked.condition', { condition: c.condition, tier: tierLabel(locale, c.tier) }),
                    )
                    .join(', '),
                },
              )}
            </legend>
            <Field label={t('session.overrideReason')} error={errors.contraindicationOverrideReason && t('session.overrideReason.missing')}>
              {(p) => <textarea {...p} {...register('contraindicationOverrideReason')} />}
            </Field>
          </fieldset>
        )}
        <OpenRequests
          requests={openRequests}
          sessionNumberOf={(id) => chart.sessions.find((s) => s.id === id)?.number ?? null}
          register={register}
          error={errors.doneRequestIds}
        />
        <fieldset className="form-section">
          <legend>{t('session.prep.legend')}</legend>
          <div className="form-grid form-grid-3">
            <div>
              <DateTimeField
                label={t('session.performedAt')}
                name="performedAt"
                value={values.performedAt}
                onChange={(v) => setValue('performedAt', v, { shouldDirty: true })}
                error={errors.performedAt}
              />
              {prev && datedBeforePrevious(values, prev) && (
                <label className="confirm-check">
                  <input type="checkbox" {...register('confirmBeforePrevious')} />
                  <span>{t('session.confirmBeforePrevious', { number: prev.number })}</span>
                </label>
              )}
            </div>
            <Field label={t('session.practitioner')} error={errors.practitionerId} hint={practitionerHint}>
              {(p) => (
                <select {...p} {...register('practitionerId')}>
                  <option value="">{t('session.practitioner.none')}</option>
                  {(staff.data ?? []).map((s) => (
                    <option key={s.id} value={String(s.id)}>
                      {s.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="field">
              <span className="label-like" aria-hidden="true">
                {t('session.prep')}
              </span>
              <label className="chip chip-block">
                <input type="checkbox" {...register('prepDone')} />
                <span>{t('session.prepDone')}</span>
              </label>
            </div>
          </div>
          <div className="form-grid form-grid-2">
            <Field label={t('session.prepNotes')} error={errors.prepNotes}>
              {(p) => <textarea {...p} rows={2} {...register('prepNotes')} />}
            </Field>
            <Field label={t('session.assessment')} error={errors.assessmentNotes}>
              {(p) => <textarea {...p} rows={2} {...register('assessmentNotes')} />}
            </Field>
          </div>
        </fieldset>
        {prev && <RetentionFields zones={Object.keys(values.retention)} previousNumber={prev.number} register={register} errors={errors} />}
        <PigmentFields form={form} pigments={pigments.data ?? []} errors={errors} suggestion={suggestion} clientId={clientId} />
        {changedShade && prev && (
          <fieldset
            className={`form-section chip-group${errors.shadeChangeReason ? ' field-invalid' : ''}`}
            aria-describedby={errors.shadeChangeReason ? 'shade-reason-error' : undefined}
          >
            <legend>{t('session.shadeChange.legend', { shade: prev.pigmentShade ?? '', dilution: prev.dilution ?? '' })}</legend>
            <div className="chips">
              {SHADE_CHANGE_REASONS.map((r) => (
                <label key={r} className="chip">
                  <input type="radio" value={r} {...register('shadeChangeReason')} />
                  <span>{shadeReasonLabel(locale, r)}</span>
                </label>
              ))}
            </div>
            {errors.shadeChangeReason && (
              <p className="field-error" id="shade-reason-error" role="alert">
                {errors.shadeChangeReason}
              </p>
            )}
            <Field label={t('session.shadeChange.note')} error={errors.shadeChangeNote}>
              {(p) => <input {...p} autoComplete="off" {...register('shadeChangeNote')} />}
            </Field>
          </fieldset>
        )}
        <div className="form-section">
          <ZonePicker register={register} error={errors.zones} />
        </div>
        <fieldset className="form-section">
          <legend>{t('session.work.legend')}</legend>
          <div className="form-grid form-grid-2">
            <Field label={t('session.density')} error={errors.densityNotes}>
              {(p) => <textarea {...p} rows={3} {...register('densityNotes')} />}
            </Field>
            <Field label={t('session.blending')} error={errors.blendingNotes}>
              {(p) => <textarea {...p} rows={3} {...register('blendingNotes')} />}
            </Field>
          </div>
          <Field label={t('session.notes')} error={errors.notes}>
            {(p) => <textarea {...p} rows={3} {...register('notes')} />}
          </Field>
        </fieldset>
        <NewRequests form={form} errors={errors} />
        <div className="form-actions session-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('session.saving') : t('session.save', { number: target.number })}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('session.closeKeepDraft')}
          </button>
          <span className="muted keyboard-hint">{t('session.ctrlS')}</span>
        </div>
      </form>
      <PreviousSessionPanel previous={prev} />
    </div>
  );
}
