// The first rows as Stipple will store them, and the cells kept as plain text that a spreadsheet
// would have run as formulas.
import type { ImportedClient, CellNotice } from '../../../../../core/import/rows';
import { formatCount, formatDate } from '../../../format';
import { t, words } from '../../../i18n';

const SHOWN = 8;
const NOTICES_SHOWN = 20;

export function ImportPreview({ rows, notices }: { rows: ImportedClient[]; notices: CellNotice[] }) {
  return (
    <>
      <table className="table import-preview">
        <caption>{t('clients.import.preview.caption', { shown: Math.min(SHOWN, rows.length), total: formatCount(rows.length) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clients.import.col.line')}</th>
            <th scope="col">{t('clients.import.col.firstName')}</th>
            <th scope="col">{t('clients.import.col.lastName')}</th>
            <th scope="col">{t('clients.import.col.phone')}</th>
            <th scope="col">{t('clients.import.col.email')}</th>
            <th scope="col">{t('clients.import.col.dateOfBirth')}</th>
            <th scope="col">{t('clients.import.col.notes')}</th>
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
          <p>{t('clients.import.preview.formulas', { count: notices.length, shown: formatCount(notices.length) })}</p>
          <ul>
            {notices.slice(0, NOTICES_SHOWN).map((n) => (
              <li key={`${n.line}-${n.column}`}>
                {t('clients.import.preview.notice', { line: formatCount(n.line), column: n.column, message: words(n.message) })}
              </li>
            ))}
            {notices.length > NOTICES_SHOWN && (
              <li>{t('clients.import.andMore', { count: formatCount(notices.length - NOTICES_SHOWN) })}</li>
            )}
          </ul>
        </div>
      )}
    </>
  );
}
