// The client's rights over their record, on the chart, for an owner: a copy of the record (one PDF,
// encrypted with a passphrase or plain) and the erasure (refused with the day it becomes possible
// while the clinic must keep the record; warns that backups still hold the client and offers to
// erase them there too). The API refuses both to anyone but an owner (api/permissions.ts).
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ChartRecord } from '../../../../../api/contract/chart';
import { useApiQuery } from '../../../api/useApi';
import { t } from '../../../i18n';
import { RecordCopyPanel } from './RecordCopyPanel';
import { ErasePanel } from './ErasePanel';
import './rights.css';

export function RightsSection({ chart }: { chart: ChartRecord }) {
  const auth = useApiQuery('auth.status', {});
  const [open, setOpen] = useState<'copy' | 'erase' | null>(null);
  const navigate = useNavigate();
  if (auth.data?.actor?.role !== 'owner' || chart.client.erasedAt !== null) return null;
  return (
    <section className="rights" aria-labelledby="rights-title">
      <h2 id="rights-title">{t('rights.title')}</h2>
      <p className="muted">{t('rights.intro')}</p>
      <div className="rights-actions">
        <button className="button" type="button" aria-expanded={open === 'copy'} onClick={() => setOpen(open === 'copy' ? null : 'copy')}>
          {t('rights.copy')}
        </button>
        <button
          className="button button-warning"
          type="button"
          aria-expanded={open === 'erase'}
          onClick={() => setOpen(open === 'erase' ? null : 'erase')}
        >
          {t('rights.eraseOpen')}
        </button>
      </div>
      {open === 'copy' && <RecordCopyPanel clientId={chart.client.id} onClose={() => setOpen(null)} />}
      {open === 'erase' && (
        <ErasePanel
          client={chart.client}
          onClose={() => setOpen(null)}
          onErased={(message) => void navigate('/clients', { state: { notice: message } })}
        />
      )}
    </section>
  );
}
