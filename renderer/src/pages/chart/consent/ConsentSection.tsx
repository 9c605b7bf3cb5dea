// The chart's signed consent: what the client signed (each opens as its stored PDF, to print or
// save), whether the consent text changed since, and the way to the signing screen.
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import type { ChartRecord } from '../../../../../api/contract/chart';
import { useApiQuery } from '../../../api/useApi';
import { formatDateTime } from '../../../format';
import { t } from '../../../i18n';
import './consent.css';

const SignedPdfPanel = lazy(() => import('./SignedPdfPanel'));

export function ConsentSection({ chart }: { chart: ChartRecord }) {
  const clientId = chart.client.id;
  const status = useApiQuery('consent.status', { clientId });
  const settings = useApiQuery('settings.get', {});
  const [open, setOpen] = useState<number | null>(null);
  if (!status.data) return null; // unreachable offline (the hub keeps signed documents): the intake still shows consent
  const { signed, reconsent } = status.data;
  return (
    <section className="consent" aria-labelledby="consent-title">
      <div className="page-head">
        <h2 id="consent-title">{t('consent.section.title')}</h2>
        <Link className="button" to={`/clients/${clientId}/sign`}>
          {t('consent.section.sign')}
        </Link>
      </div>
      <ReconsentNotice clientId={clientId} />
      {signed.length === 0 ? (
        <p className="muted">{t('consent.section.none')}</p>
      ) : (
        <ul className="plain-list signed-list">
          {signed.map((s) => (
            <li key={s.id}>
              <div className="signed-line">
                <span>
                  <strong>{s.title}</strong>{' '}
                  {t('consent.section.signed', {
                    version: s.documentVersion,
                    when: formatDateTime(s.signedAt),
                    method: s.method,
                    signer: s.signerName,
                    role: s.practitionerRole,
                    practitioner: s.practitionerName,
                  })}
                </span>
                <button type="button" className="button" aria-expanded={open === s.id} onClick={() => setOpen(open === s.id ? null : s.id)}>
                  {open === s.id ? t('consent.section.close') : t('consent.section.openPdf')}
                </button>
              </div>
              {open === s.id && (
                <Suspense fallback={<p className="muted">{t('consent.opening')}</p>}>
                  <SignedPdfPanel signed={s} paper={settings.data?.paperSize ?? 'A4'} />
                </Suspense>
              )}
            </li>
          ))}
        </ul>
      )}
      {reconsent.signedVersion === null && !reconsent.due && <p className="muted">{t('consent.section.notSigned')}</p>}
    </section>
  );
}

/** "The consent text changed: ask the client to sign again", with the way to do it. */
export function ReconsentNotice({ clientId }: { clientId: number }) {
  const status = useApiQuery('consent.status', { clientId });
  const reconsent = status.data?.reconsent;
  if (!reconsent?.due || !reconsent.message) return null;
  return (
    <div className={`notice reconsent${reconsent.mode === 'require' ? ' notice-error' : ''}`} role="status">
      <p>{reconsent.message}</p>
      <Link className="button" to={`/clients/${clientId}/sign`}>
        {t('consent.reconsent.askNow')}
      </Link>
    </div>
  );
}
