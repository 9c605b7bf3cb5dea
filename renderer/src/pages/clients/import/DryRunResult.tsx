// What the dry run found: the lines refused with why (skip them or fix the file), and the rows that
// match a client already in Stipple, each with its choice: skip, merge or add as new.
import type { DuplicateChoice, ImportCheck } from '../../../../../api/contract/client-import';
import type { ImportedClient } from '../../../../../core/import/rows';
import type { MessageId } from '../../../../../core/i18n/translate';
import { formatCount } from '../../../format';
import { t, words } from '../../../i18n';

const SHOWN = 100;
/** A reason is a phrase ("it has no name.") that starts its cell as a sentence. */
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const CHOICES: readonly DuplicateChoice[] = ['skip', 'merge', 'new'];
const CHOICE_LABELS: Record<DuplicateChoice, MessageId> = {
  skip: 'clients.import.choice.skip',
  merge: 'clients.import.choice.merge',
  new: 'clients.import.choice.new',
};
const CHOICE_ALL: Record<DuplicateChoice, MessageId> = {
  skip: 'clients.import.choice.skipAll',
  merge: 'clients.import.choice.mergeAll',
  new: 'clients.import.choice.newAll',
};

interface RefusedProps {
  /** The window's and the dry run's refusals, by message id. */
  refused: ImportCheck['refused'];
  skip: boolean;
  onSkip: (skip: boolean) => void;
}

export function RefusedLines({ refused, skip, onSkip }: RefusedProps) {
  return (
    <section className="import-refused" aria-labelledby="import-refused-title">
      <h3 id="import-refused-title">{t('clients.import.refused.title', { count: refused.length, shown: formatCount(refused.length) })}</h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('clients.import.col.line')}</th>
            <th scope="col">{t('clients.import.refused.why')}</th>
          </tr>
        </thead>
        <tbody>
          {refused.slice(0, SHOWN).map((r) => (
            <tr key={r.line}>
              <td>{t('clients.import.line', { line: formatCount(r.line) })}</td>
              <td>{r.reasons.map((reason) => capitalised(words(reason))).join(' ')}</td>
            </tr>
          ))}
          {refused.length > SHOWN && (
            <tr>
              <td colSpan={2}>{t('clients.import.andMore', { count: formatCount(refused.length - SHOWN) })}</td>
            </tr>
          )}
        </tbody>
      </table>
      <p className="muted">{t('clients.import.refused.hint')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={skip} onChange={(e) => onSkip(e.target.checked)} />
        {t('clients.import.refused.skip', { count: refused.length, shown: formatCount(refused.length) })}
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
        {t('clients.import.duplicates.title', { count: duplicates.length, shown: formatCount(duplicates.length) })}
      </h3>
      <p className="muted">{t('clients.import.duplicates.hint')}</p>
      <div className="import-choose-all" role="group" aria-label={t('clients.import.duplicates.chooseAll')}>
        {CHOICES.map((c) => (
          <button key={c} type="button" className="button" onClick={() => onChoose(all, c)}>
            {t(CHOICE_ALL[c])}
          </button>
        ))}
      </div>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('clients.import.col.line')}</th>
            <th scope="col">{t('clients.import.duplicates.inFile')}</th>
            <th scope="col">{t('clients.import.duplicates.inStipple')}</th>
            <th scope="col">{t('clients.import.duplicates.choice')}</th>
          </tr>
        </thead>
        <tbody>
          {duplicates.slice(0, SHOWN).map((d) => {
            const row = rows.get(d.line);
            const name = `${d.existing.firstName} ${d.existing.lastName}`;
            return (
              <tr key={d.line}>
                <td>{t('clients.import.line', { line: formatCount(d.line) })}</td>
                <td>
                  {row ? `${row.firstName} ${row.lastName}` : ''}
                  <br />
                  <span className="muted">{[row?.phone, row?.email].filter(Boolean).join(' · ')}</span>
                </td>
                <td>
                  {name}
                  <br />
                  <span className="muted">
                    {[d.existing.phone, d.existing.email].filter(Boolean).join(' · ')}{' '}
                    {t('clients.import.duplicates.same', { matchedOn: d.matchedOn })}
                  </span>
                </td>
                <td>
                  <fieldset className="import-choice">
                    <legend className="visually-hidden">{t('clients.import.duplicates.legend', { line: String(d.line), name })}</legend>
                    {CHOICES.map((c) => (
                      <label key={c}>
                        <input
                          type="radio"
                          name={`choice-${d.line}`}
                          checked={choices.get(d.line) === c}
                          onChange={() => onChoose([d.line], c)}
                        />
                        {t(CHOICE_LABELS[c])}
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
        <p className="muted">{t('clients.import.duplicates.firstListed', { shown: SHOWN, total: formatCount(duplicates.length) })}</p>
      )}
    </section>
  );
}
