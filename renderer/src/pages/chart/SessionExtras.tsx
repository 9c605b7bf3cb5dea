// Per-session extras on the chart timeline: the aftercare sheets given for the session, and the
// action to preview, print or save one.
import { lazy, Suspense } from 'react';
import type { ChartRecord } from '../../../../api/contract/chart';
import { useApiQuery } from '../../api/useApi';
import { formatDateTime } from '../../format';
import { t } from '../../i18n';
import '../aftercare/aftercare.css';
import { useKeptState } from '../../lock/useKept';

export type ChartSession = ChartRecord['sessions'][number];

// The PDF libraries load only when a sheet is first opened, keeping the chart quick to open.
const AftercareSheetPanel = lazy(() => import('./AftercareSheetPanel'));

export function SessionExtras({ session, chart }: { session: ChartSession; chart: ChartRecord }) {
  const [open, setOpen] = useKeptState(session.clientId, `session/${session.id}/aftercare-sheet`, false);
  const prints = chart.prints.filter((p) => p.sessionId === session.id);
  const staff = useApiQuery('staff.list', { includeInactive: true }, { enabled: prints.length > 0 });
  const staffName = (id: number | null) => (id === null ? null : (staff.data?.find((s) => s.id === id)?.name ?? null));
  const canHaveSheet = session.status === 'booked' || session.status === 'performed';

  return (
    <div className="session-extras">
      {prints.length > 0 && (
        <ul className="sheet-prints" aria-label={t('aftercare.extras.printsLabel', { number: session.number })}>
          {prints.map((p) => (
            <li key={p.id}>
              {t(staffName(p.printedBy) ? 'aftercare.extras.givenBy' : 'aftercare.extras.given', {
                when: formatDateTime(p.printedAt),
                name: p.templateName,
                version: p.templateVersion,
                by: staffName(p.printedBy) ?? '',
              })}
            </li>
          ))}
        </ul>
      )}
      {canHaveSheet && !open && (
        <button className="button" type="button" onClick={() => setOpen(true)}>
          {t('aftercare.extras.open')}
        </button>
      )}
      {open && (
        <Suspense fallback={<p className="muted">{t('aftercare.extras.opening')}</p>}>
          <AftercareSheetPanel sessionId={session.id} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
