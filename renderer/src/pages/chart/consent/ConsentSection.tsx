// The chart's signed consent: what the client signed (each opens as its stored PDF, to print or
// save), whether the consent text changed since, and the way to the signing screen.
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import type { ChartRecord } from '../../../../../api/contract/chart';
import { useApiQuery } from '../../../api/useApi';
import { formatDateTime } from '../../../format';
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
        <h2 id="consent-title">Signed consent</h2>
        <Link className="button" to={`/clients/${clientId}/sign`}>
          Sign consent
        </Link>
      </div>
      <ReconsentNotice clientId={clientId} />
      {signed.length === 0 ? (
        <p className="muted">Nothing signed in Stipple yet.</p>
      ) : (
        <ul className="plain-list signed-list">
          {signed.map((s) => (
            <li key={s.id}>
              <div className="signed-line">
                <span>
                  <strong>{s.title}</strong> (version {s.documentVersion}) signed {formatDateTime(s.signedAt)}
                  {s.method === 'paper' ? ' on paper' : ''} by {s.signerName};{' '}
                  {s.practitionerRole === 'witness' ? 'witnessed' : 'countersigned'} by {s.practitionerName}
                </span>
                <button type="button" className="button" aria-expanded={open === s.id} onClick={() => setOpen(open === s.id ? null : s.id)}>
                  {open === s.id ? 'Close' : 'Open the PDF'}
                </button>
              </div>
              {open === s.id && (
                <Suspense fallback={<p className="muted">Opening the signed PDF…</p>}>
                  <SignedPdfPanel signed={s} paper={settings.data?.paperSize ?? 'A4'} />
                </Suspense>
              )}
            </li>
          ))}
        </ul>
      )}
      {reconsent.signedVersion === null && !reconsent.due && (
        <p className="muted">The client has not signed the treatment consent in Stipple.</p>
      )}
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
        Ask for consent now
      </Link>
    </div>
  );
}
