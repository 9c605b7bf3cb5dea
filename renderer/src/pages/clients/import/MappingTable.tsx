// The file's columns beside Stipple's fields: each column's header, a few of its cells, and the field
// it becomes (guessed; the person can change any of them).
import { isBlankCell } from '../../../../../core/import/cells';
import { IMPORT_FIELDS, type ImportField } from '../../../../../core/import/fields';
import { t } from '../../../i18n';

interface Props {
  headers: string[];
  sample: string[][];
  fields: ImportField[];
  onChange: (fields: ImportField[]) => void;
}

export function MappingTable({ headers, sample, fields, onChange }: Props) {
  return (
    <table className="table import-mapping">
      <caption>{t('clients.import.mapping.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('clients.import.mapping.column')}</th>
          <th scope="col">{t('clients.import.mapping.firstRows')}</th>
          <th scope="col">{t('clients.import.mapping.field')}</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header, i) => {
          const name = header || t('clients.import.mapping.unnamed', { number: i + 1 });
          const examples = sample.map((r) => (r[i] ?? '').trim()).filter((c) => !isBlankCell(c));
          return (
            <tr key={`${i}-${header}`}>
              <th scope="row">{name}</th>
              <td className="import-examples">
                {examples.length ? examples.join(' · ') : <span className="muted">{t('clients.import.mapping.empty')}</span>}
              </td>
              <td>
                <select
                  aria-label={t('clients.import.mapping.fieldFor', { column: name })}
                  value={fields[i] ?? 'ignore'}
                  onChange={(e) => onChange(fields.map((f, j) => (j === i ? (e.target.value as ImportField) : f)))}
                >
                  {IMPORT_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {t(`clients.import.field.${f}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
