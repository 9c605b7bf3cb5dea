// The first rows as Stipple will store them, and the cells kept as plain text that a spreadsheet
// would have run as formulas.
import type { ImportedClient, CellNotice } from '../../../../../core/import/rows';
import { formatCount, formatDate } from '../../../format';

const SHOWN = 8;
const NOTICES_SHOWN = 20;

export function ImportPreview({ rows, notices }: { rows: ImportedClient[]; notices: CellNotice[] }) {
  return (
    <>
      <table className="table import-preview">
        <caption>
          The first {Math.min(SHOWN, rows.length)} of {formatCount(rows.length)} clients, as Stipple will store them
        </caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">First name</th>
            <th scope="col">Last name</th>
            <th scope="col">Phone</th>
            <th scope="col">Email</th>
            <th scope="col">Date of birth</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((r) => (
            <tr key={r.line}>
              <td>{formatCount(r.line)}</td>
              <td>{r.firstName}</td>
              <td>{r.lastName}</td>
              <td>{r.phone ?? '—'}</td>
              <td>{r.email ?? '—'}</td>
              <td>{r.dateOfBirth ? formatDate(r.dateOfBirth) : '—'}</td>
              <td className="import-notes">{r.notes || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {notices.length > 0 && (
        <div className="notice import-notices">
          <p>
            {formatCount(notices.length)} {notices.length === 1 ? 'cell starts' : 'cells start'} like a spreadsheet formula. Stipple keeps
            them as plain text and never runs them:
          </p>
          <ul>
            {notices.slice(0, NOTICES_SHOWN).map((n) => (
              <li key={`${n.line}-${n.column}`}>
                Line {formatCount(n.line)}, {n.column}: {n.message}
              </li>
            ))}
            {notices.length > NOTICES_SHOWN && <li>and {formatCount(notices.length - NOTICES_SHOWN)} more.</li>}
          </ul>
        </div>
      )}
    </>
  );
}
