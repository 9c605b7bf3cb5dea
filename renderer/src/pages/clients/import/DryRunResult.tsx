// What the dry run found: the lines refused with why (skip them or fix the file), and the rows that
// match a client already in Stipple, each with its choice: skip, merge or add as new.
import type { DuplicateChoice, ImportCheck } from '../../../../../api/contract/client-import';
import type { ImportedClient, RefusedRow } from '../../../../../core/import/rows';
import { formatCount } from '../../../format';

const SHOWN = 100;
const CHOICE_LABELS: Record<DuplicateChoice, string> = { skip: 'Skip', merge: 'Merge', new: 'Add as new' };

interface RefusedProps {
  refused: RefusedRow[];
  skip: boolean;
  onSkip: (skip: boolean) => void;
}

export function RefusedLines({ refused, skip, onSkip }: RefusedProps) {
  return (
    <section className="import-refused" aria-labelledby="import-refused-title">
      <h3 id="import-refused-title">
        {formatCount(refused.length)} {refused.length === 1 ? 'line' : 'lines'} Stipple will not import
      </h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {refused.slice(0, SHOWN).map((r) => (
            <tr key={r.line}>
              <td>Line {formatCount(r.line)}</td>
              <td>{r.reasons.map((reason) => reason.charAt(0).toUpperCase() + reason.slice(1)).join(' ')}</td>
            </tr>
          ))}
          {refused.length > SHOWN && (
            <tr>
              <td colSpan={2}>and {formatCount(refused.length - SHOWN)} more.</td>
            </tr>
          )}
        </tbody>
      </table>
      <p className="muted">Nothing is imported while a line is refused: fix it in the file and choose the file again, or skip it.</p>
      <label className="checkbox">
        <input type="checkbox" checked={skip} onChange={(e) => onSkip(e.target.checked)} />
        Skip {refused.length === 1 ? 'this line' : `these ${formatCount(refused.length)} lines`} and import the rest
      </label>
    </section>
  );
}

interface DuplicatesProps {
  duplicates: ImportCheck['duplicates'];
  rows: ReadonlyMap<number, ImportedClient>;
  choices: ReadonlyMap<number, DuplicateChoice>;
  onChoose: (lines: number[], choice: DuplicateChoice) => void;
}

export function DuplicateRows({ duplicates, rows, choices, onChoose }: DuplicatesProps) {
  const all = duplicates.map((d) => d.line);
  return (
    <section className="import-duplicates" aria-labelledby="import-duplicates-title">
      <h3 id="import-duplicates-title">
        {formatCount(duplicates.length)} {duplicates.length === 1 ? 'row matches a client' : 'rows match clients'} already in Stipple
      </h3>
      <p className="muted">Same name, and the same phone or email. Merge adds what the file has and Stipple lacks, and the file’s notes.</p>
      <div className="import-choose-all" role="group" aria-label="Choose for every match">
        {(Object.keys(CHOICE_LABELS) as DuplicateChoice[]).map((c) => (
          <button key={c} type="button" className="button" onClick={() => onChoose(all, c)}>
            {CHOICE_LABELS[c]} all
          </button>
        ))}
      </div>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">In the file</th>
            <th scope="col">Already in Stipple</th>
            <th scope="col">Choice</th>
          </tr>
        </thead>
        <tbody>
          {duplicates.slice(0, SHOWN).map((d) => {
            const row = rows.get(d.line);
            const name = `${d.existing.firstName} ${d.existing.lastName}`;
            return (
              <tr key={d.line}>
                <td>Line {formatCount(d.line)}</td>
                <td>
                  {row ? `${row.firstName} ${row.lastName}` : ''}
                  <br />
                  <span className="muted">{[row?.phone, row?.email].filter(Boolean).join(' · ')}</span>
                </td>
                <td>
                  {name}
                  <br />
                  <span className="muted">
                    {[d.existing.phone, d.existing.email].filter(Boolean).join(' · ')} (same {d.matchedOn})
                  </span>
                </td>
                <td>
                  <fieldset className="import-choice">
                    <legend className="visually-hidden">
                      Line {d.line}: {name}
                    </legend>
                    {(Object.keys(CHOICE_LABELS) as DuplicateChoice[]).map((c) => (
                      <label key={c}>
                        <input
                          type="radio"
                          name={`choice-${d.line}`}
                          checked={choices.get(d.line) === c}
                          onChange={() => onChoose([d.line], c)}
                        />
                        {CHOICE_LABELS[c]}
                      </label>
                    ))}
                  </fieldset>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {duplicates.length > SHOWN && (
        <p className="muted">
          The first {SHOWN} are listed; the buttons above choose for all {formatCount(duplicates.length)}.
        </p>
      )}
    </section>
  );
}
