// "Clients like this one": how each dilution and shade held for clients of the same Fitzpatrick type
// in the zones being treated, beside the shade suggestion. Nothing from fewer than 5 cases.
import { RETENTION_LABELS, type Zone } from '../../../../../core/vocabulary';
import { share } from '../../../../../core/retention-breakdown';
import type { BreakdownRow } from '../../../../../api/contract/retention';
import { useApiQuery } from '../../../api/useApi';
import { formatCount, formatShare } from '../../../format';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

function Rows({ title, rows }: { title: string; rows: BreakdownRow[] }) {
  const shown = rows.filter((r) => r.cases !== null);
  return (
    <table className="table table-compact">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{title}</th>
          <th scope="col">Cases</th>
          <th scope="col">{RETENTION_LABELS.held_well}</th>
          <th scope="col">{RETENTION_LABELS.heavy_fading}</th>
          <th scope="col">{RETENTION_LABELS.too_dark}</th>
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
            <td colSpan={5}>Fewer than 5 cases for each; nothing to show yet.</td>
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
      <h3 id="similar-clients-title">Clients like this one</h3>
      {fitzpatrick === null ? (
        <p className="muted">Record the client’s Fitzpatrick type to compare with clients like them.</p>
      ) : (
        <>
          <p className="muted">
            Fitzpatrick type {ROMAN[fitzpatrick - 1]}, in these zones: {formatCount(cases)} zones assessed at a next session.
          </p>
          {groups.map((g) => (
            <Rows key={g.dimension} title={g.dimension === 'dilution' ? 'Dilution' : 'Shade'} rows={g.rows} />
          ))}
        </>
      )}
    </section>
  );
}
