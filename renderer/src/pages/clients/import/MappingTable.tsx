// The file's columns beside Stipple's fields: each column's header, a few of its cells, and the field
// it becomes (guessed; the person can change any of them).
import { isBlankCell } from '../../../../../core/import/cells';
import { FIELD_LABELS, IMPORT_FIELDS, type ImportField } from '../../../../../core/import/fields';

interface Props {
  headers: string[];
  sample: string[][];
  fields: ImportField[];
  onChange: (fields: ImportField[]) => void;
}

export function MappingTable({ headers, sample, fields, onChange }: Props) {
  return (
    <table className="table import-mapping">
      <caption>The file’s columns and what each becomes in Stipple</caption>
      <thead>
        <tr>
          <th scope="col">Column in the file</th>
          <th scope="col">First rows</th>
          <th scope="col">Stipple field</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header, i) => {
          const examples = sample.map((r) => (r[i] ?? '').trim()).filter((c) => !isBlankCell(c));
          return (
            <tr key={`${i}-${header}`}>
              <th scope="row">{header || `Column ${i + 1}`}</th>
              <td className="import-examples">{examples.length ? examples.join(' · ') : <span className="muted">empty</span>}</td>
              <td>
                <select
                  aria-label={`Stipple field for “${header || `Column ${i + 1}`}”`}
                  value={fields[i] ?? 'ignore'}
                  onChange={(e) => onChange(fields.map((f, j) => (j === i ? (e.target.value as ImportField) : f)))}
                >
                  {IMPORT_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {FIELD_LABELS[f]}
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
