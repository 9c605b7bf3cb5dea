// The signing screen, for the client on a tablet or at the desk: one consent document at a time,
// its text, the questionnaire (treatment consent), the client's signature (or "signed on paper" with
// a scan), and the practitioner's countersignature or witness. The signed PDF is made and stored at
// once and shown with Print and Save as PDF.
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { SignedSummary } from '../../../../../api/contract/consent';
import { CONSENT_KINDS, DOCUMENT_LABELS, type ConsentKind } from '../../../../../core/clinic-documents';
import { useApiQuery } from '../../../api/useApi';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { fullName } from '../../../format';
import { SignForm } from './SignForm';
import './consent.css';

const SignedPdfPanel = lazy(() => import('./SignedPdfPanel'));

const HINTS: Record<ConsentKind, string> = {
  treatment_consent: 'With the medical questions.',
  photo_consent: 'Photos for the clinical record.',
  marketing_consent: 'Optional, and off unless the client signs it.',
};

export function SigningPage() {
  const clientId = Number(useParams().clientId);
  const chart = useApiQuery('clients.chart', { id: clientId });
  const status = useApiQuery('consent.status', { clientId });
  const settings = useApiQuery('settings.get', {});
  const [kind, setKind] = useState<ConsentKind>('treatment_consent');
  const [signed, setSigned] = useState<SignedSummary | null>(null);
  const [round, setRound] = useState(0);

  if (chart.isPending || status.isPending) return <p className="muted">Opening the consent documents…</p>;
  if (!chart.data) return <ErrorNotice message={chart.error?.message ?? ''} />;
  if (!status.data) return <ErrorNotice message={status.error?.message ?? ''} />;
  const name = fullName(chart.data.client);
  const doc = status.data.current[kind];
  const pick = (k: ConsentKind) => {
    setKind(k);
    setSigned(null);
    setRound((n) => n + 1);
  };
  const signedNow = (k: ConsentKind) => status.data.signed.find((s) => s.kind === k && s.documentId === status.data.current[k].id);
  // Marketing is offered only when asked for: "next" goes to the clinical photo consent at most.
  const nextKind = (['treatment_consent', 'photo_consent'] as const).find((k) => k !== kind && !signedNow(k));

  return (
    <section className="signing">
      <p className="back-row">
        <Link className="back-link" to={`/clients/${clientId}`}>
          ← Back to {name}’s chart
        </Link>
      </p>
      <h1>Consent for {name}</h1>
      {status.data.reconsent.message && (
        <p className="notice" role="status">
          {status.data.reconsent.message}
        </p>
      )}
      <div className="signing-documents" role="group" aria-label="Document to sign">
        {CONSENT_KINDS.map((k) => {
          const already = signedNow(k);
          return (
            <button
              key={k}
              type="button"
              className={`signing-pick${k === kind ? ' selected' : ''}`}
              aria-pressed={k === kind}
              onClick={() => pick(k)}
            >
              <strong>{DOCUMENT_LABELS[k]}</strong>
              <span>{already ? `Signed (version ${already.documentVersion})` : HINTS[k]}</span>
            </button>
          );
        })}
      </div>
      {signed ? (
        <div className="signed-result">
          <p className="notice notice-ok" role="status">
            {signed.title} (version {signed.documentVersion}) signed by {signed.signerName}. The signed PDF is stored with the chart.
          </p>
          {nextKind && (
            <div className="form-actions">
              <button type="button" className="button button-primary" onClick={() => pick(nextKind)}>
                Next: {DOCUMENT_LABELS[nextKind]}
              </button>
            </div>
          )}
          <Suspense fallback={<p className="muted">Opening the signed PDF…</p>}>
            <SignedPdfPanel signed={signed} paper={settings.data?.paperSize ?? 'A4'} />
          </Suspense>
        </div>
      ) : (
        <SignForm
          key={`${doc.id}-${round}`}
          chart={chart.data}
          document={doc}
          questionnaire={kind === 'treatment_consent' ? status.data.current.questionnaire : null}
          onSigned={setSigned}
        />
      )}
    </section>
  );
}
