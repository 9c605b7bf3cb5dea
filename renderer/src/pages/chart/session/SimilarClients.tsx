// "Clients like this one": how each dilution and shade held for clients of the same Fitzpatrick type
// in the zones being treated, beside the shade suggestion. Nothing from fewer than 5 cases.
import { retentionLabel, type Zone } from '../../../../../core/vocabulary';
import { share } from '../../../../../core/retention-breakdown';
import type { BreakdownRow } from '../../../../../api/contract/retention';
import { useApiQuery } from '../../../api/useApi';
import { formatCount, formatShare, getClinicLocale } from '../../../format';
import { t } from '../../../i18n';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

function Rows({ title, rows }: { title: string; rows: BreakdownRow[] }) {
  const shown = rows.filter((r) => r.cases !== null);
  const locale = getClinicLocale();
  return (
    <table className="table table-compact">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{title}</th>
          <th scope="col">{t('session.similar.cases')}</th>
          <th scope="col">{retentionLabel(locale, 'held_well')}</th>
          <th scope="col">{retentionLabel(locale, 'heavy_fading')}</th>
          <th scope="col">{retentionLabel(locale, 'too_dark')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{formatCount(r.cases!)}</td>
            <td>{formatShare(share(r, 'held_well'))}</td>
            <td>{formatShare(share(r, 'heavy_fading'))}</td>
            <td>{formatShare(share(r, 'too_dark'))}</td>
          </tr>
        ))}
        {shown.length === 0 && (
          <tr>
            <td colSpan={5}>{t('session.similar.tooFew')}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

export function SimilarClients({ clientId, zones }: { clientId: number; zones: Zone[] }) {
  const similar = useApiQuery('retention.similar', { clientId, zones }, { enabled: zones.length > 0 });
  if (zones.length === 0 || !similar.data) return null;
  const { fitzpatrick, groups, cases } = similar.data;
  return (
    <section className="similar-clients" aria-labelledby="similar-clients-title">
      <h3 id="similar-clients-title">{t('session.similar.title')}</h3>
      {fitzpatrick === null ? (
        <p className="muted">{t('session.similar.noType')}</p>
      ) : (
        <>
          <p className="muted">{t('session.similar.summary', { type: ROMAN[fitzpatrick - 1] ?? '', count: formatCount(cases) })}</p>
          {groups.map((g) => (
            <Rows
              key={g.dimension}
              title={t(g.dimension === 'dilution' ? 'session.similar.dilution' : 'session.similar.shade')}
              rows={g.rows}
            />
          ))}
        </>
      )}
    </section>
  );
}
