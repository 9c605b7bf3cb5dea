// "Appointment card": the client's next booking as an A6 PDF, printed or saved. Drawn here from
// book.card's data (react-pdf), as the aftercare sheet is.
import { useState } from 'react';
import { call } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { loadPrintouts } from '../../pdf/load-printouts';
import { getClinicLocale } from '../../format';
import { t } from '../../i18n';

export function CardButtons({ clientId, sessionId, clientName }: { clientId: number; sessionId?: number; clientName: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function give(how: 'print' | 'save') {
    setBusy(true);
    setError(null);
    const card = await call('book.card', { clientId, ...(sessionId ? { sessionId } : {}) });
    if (!card.ok) {
      setBusy(false);
      return setError(card.error.message);
    }
    try {
      // The card in the language of the person printing it, as the screen is.
      const data = { ...card.data, locale: getClinicLocale() };
      const { makePdf, buildAppointmentCard, printPdf, downloadPdf, cardFileName } = await loadPrintouts();
      const bytes = await makePdf(buildAppointmentCard(data));
      if (how === 'print') await printPdf(bytes, 'A4');
      else downloadPdf(bytes, cardFileName(data));
    } catch {
      setError(t('book.card.failed'));
    }
    setBusy(false);
  }
  return (
    <div className="actions book-card-actions" role="group" aria-label={t('book.card.group', { client: clientName })}>
      <button type="button" className="button" disabled={busy} onClick={() => void give('print')}>
        {t('book.card.print')}
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void give('save')}>
        {t('book.card.save')}
      </button>
      {error && <ErrorNotice message={error} />}
    </div>
  );
}
