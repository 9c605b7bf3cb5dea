import { useState } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import type { HairlineRequestRecord } from '../../../../../api/contract/chart';
import { call } from '../../../api/client';
import { requestKindLabel, requestStatusLabel } from '../../../../../core/vocabulary';
import { getClinicLocale } from '../../../format';
import { t } from '../../../i18n';
import type { SessionFormValues } from './sessionFormModel';

interface Props {
  requests: HairlineRequestRecord[];
  sessionNumberOf: (id: number | null) => number | null;
  register: UseFormRegister<SessionFormValues>;
  error?: string | undefined;
}

/** The client's unresolved requests, at the top of the form until they are done or declined. */
export function OpenRequests({ requests, sessionNumberOf, register, error }: Props) {
  const [failure, setFailure] = useState<string | null>(null);
  const [queued, setQueued] = useState<string | null>(null);
  if (requests.length === 0) return null;

  const setStatus = async (r: HairlineRequestRecord, status: 'agreed' | 'declined') => {
    setFailure(null);
    const result = await call('hairlineRequests.setStatus', { id: r.id, expectedVersion: r.version, status });
    if (!result.ok && !result.error.queued) setFailure(result.error.message);
    if (!result.ok && result.error.queued) setQueued(result.error.message);
  };

  return (
    <fieldset className="form-section open-requests" aria-describedby={error ? 'requests-error' : undefined}>
      <legend>{t('session.requests.legend')}</legend>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      {queued && (
        <p className="notice" role="status">
          {queued}
        </p>
      )}
      {error && (
        <p className="field-error" id="requests-error" role="alert">
          {error}
        </p>
      )}
      <ul className="plain-list">
        {requests.map((r) => {
          const raisedAt = sessionNumberOf(r.raisedAtSessionId);
          const status = requestStatusLabel(getClinicLocale(), r.status);
          return (
            <li key={r.id} className="request-row">
              <div>
                <strong>{requestKindLabel(getClinicLocale(), r.kind)}</strong> — {r.request}
                <span className="muted">
                  {' '}
                  {raisedAt ? t('session.requests.statusAsked', { status, number: raisedAt }) : t('session.requests.status', { status })}
                </span>
              </div>
              <div className="request-actions">
                <label className="chip">
                  <input type="checkbox" value={String(r.id)} {...register('doneRequestIds')} />
                  <span>{t('session.requests.done')}</span>
                </label>
                {r.status === 'open' && (
                  <>
                    <button type="button" className="button" onClick={() => void setStatus(r, 'agreed')}>
                      {t('session.requests.agreed')}
                    </button>
                    <button type="button" className="button" onClick={() => void setStatus(r, 'declined')}>
                      {t('session.requests.declined')}
                    </button>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
