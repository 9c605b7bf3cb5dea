// Moving in from another system (issue 18): choose a CSV or Excel export; see its columns beside
// Stipple's fields (guessed), the encoding and date order used (changeable), a preview of the rows
// as Stipple will store them; a dry run on the API finds the refused lines and the clients already on
// file; then one import, all or nothing, with a progress bar. The file is read and mapped in a worker.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { DuplicateChoice, ImportCheck } from '../../../../../api/contract/client-import';
import type { Text } from '../../../../../api/contract/words';
import { DATE_ORDERS, type DateOrder } from '../../../../../core/import/dates';
import { SYSTEM_NAMES, type ImportField } from '../../../../../core/import/fields';
import type { MappedFile } from '../../../../../core/import/rows';
import { TEXT_ENCODINGS, type TextEncoding } from '../../../../../core/import/table';
import { call } from '../../../api/client';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { TaskProgress } from '../../../components/TaskProgress';
import { formatCount, getClinicCountry, getClinicLocale } from '../../../format';
import { t, words } from '../../../i18n';
import { DuplicateRows, RefusedLines } from './DryRunResult';
import type { FromWorker, OpenedFile } from './import-protocol';
import { ImportPreview } from './ImportPreview';
import { MappingTable } from './MappingTable';
import { useImportWorker } from './useImportWorker';
import './import.css';

const todayIso = () => new Date().toISOString().slice(0, 10);

function dateGuessSentence(file: OpenedFile, order: DateOrder): string {
  const { because } = file.dateGuess;
  if (order !== file.dateGuess.order) return t('clients.import.date.changed');
  if (because.kind === 'cell') return t('clients.import.date.cell', { cell: because.cell, line: formatCount(because.line) });
  if (because.kind === 'year_first') return t('clients.import.date.yearFirst');
  return t('clients.import.date.both', { locale: getClinicLocale() });
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string; importing?: true }
  | { kind: 'imported'; created: number; merged: number; skipped: number };

export function ImportPage() {
  const worker = useImportWorker();
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [fields, setFields] = useState<ImportField[]>([]);
  const [dateOrder, setDateOrder] = useState<DateOrder>('dmy');
  const [mapped, setMapped] = useState<MappedFile | null>(null);
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [skipRefused, setSkipRefused] = useState(false);
  const [choices, setChoices] = useState<Map<number, DuplicateChoice>>(new Map());
  const [error, setError] = useState<string | null>(null);
  // By message id where the worker refused the file: read in the locale in force when shown.
  const [fileError, setFileError] = useState<Text | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });

  async function remap(nextFields: ImportField[], order: DateOrder) {
    setFields(nextFields);
    setDateOrder(order);
    setCheck(null);
    setChoices(new Map());
    setSkipRefused(false);
    const answer = await worker.ask({ type: 'map', fields: nextFields, dateOrder: order, today: todayIso(), country: getClinicCountry() });
    if (answer.type === 'mapped') setMapped(answer.mapped);
  }

  async function opened(answer: FromWorker) {
    if (answer.type === 'refused') {
      setFile(null);
      setMapped(null);
      setFileError(answer.message);
      return;
    }
    if (answer.type !== 'opened') return;
    setFileError(null);
    setFile(answer.file);
    await remap(answer.file.guess.fields, answer.file.dateGuess.order);
  }

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    setStage({ kind: 'busy', what: t('clients.import.reading', { name: chosen.name }) });
    setError(null);
    try {
      const bytes = await chosen.arrayBuffer();
      await opened(await worker.ask({ type: 'open', bytes, name: chosen.name, locale: getClinicLocale() }, [bytes]));
    } catch (e) {
      setFileError(t('clients.import.readFailed', { name: chosen.name, reason: (e as Error).message }));
    }
    setStage({ kind: 'idle' });
  }

  async function reread(encoding: TextEncoding) {
    setStage({ kind: 'busy', what: t('clients.import.rereading') });
    await opened(await worker.ask({ type: 'reread', encoding, locale: getClinicLocale() }));
    setStage({ kind: 'idle' });
  }

  // The window's own refusals (core/import/rows.ts) and the dry run's, both by message id.
  const refused: ImportCheck['refused'] = useMemo(
    () => [...(mapped?.refused ?? []), ...(check?.refused ?? [])].sort((a, b) => a.line - b.line),
    [mapped, check],
  );
  const byLine = useMemo(() => new Map((mapped?.rows ?? []).map((r) => [r.line, r])), [mapped]);
  const apiRefused = useMemo(() => new Set((check?.refused ?? []).map((r) => r.line)), [check]);
  const undecided = check ? check.duplicates.filter((d) => !choices.has(d.line)).length : 0;
  const toImport = mapped ? mapped.rows.filter((r) => !apiRefused.has(r.line)) : [];
  const blocked = !check
    ? t('clients.import.blocked.check')
    : refused.length > 0 && !skipRefused
      ? t('clients.import.blocked.refused', {
          line: formatCount(refused[0]!.line),
          more: refused.length - 1,
          moreShown: formatCount(refused.length - 1),
        })
      : undecided > 0
        ? t('clients.import.blocked.undecided', { count: undecided, shown: formatCount(undecided) })
        : toImport.length === 0
          ? t('clients.import.blocked.nothing')
          : null;

  async function dryRun() {
    if (!mapped) return;
    setError(null);
    if (mapped.rows.length === 0) {
      setCheck({ newClients: 0, duplicates: [], refused: [] });
      return;
    }
    setStage({ kind: 'busy', what: t('clients.import.checking') });
    const result = await call('clients.importCheck', { rows: mapped.rows });
    setStage({ kind: 'idle' });
    if (!result.ok) setError(result.error.message);
    else setCheck(result.data);
  }

  async function runImport() {
    if (!file || !check || blocked) return;
    setError(null);
    setStage({ kind: 'busy', what: t('clients.import.importing'), importing: true });
    const result = await call('clients.import', {
      fileName: file.name,
      sha256: file.sha256,
      system: file.guess.system,
      rows: toImport,
      choices: check.duplicates.map((d) => ({ line: d.line, choice: choices.get(d.line)! })),
      skippedLines: refused.map((r) => r.line),
    });
    if (!result.ok) {
      setStage({ kind: 'idle' });
      setError(result.error.message);
      return;
    }
    setStage({ kind: 'imported', ...result.data });
  }

  const busy = stage.kind === 'busy';
  if (stage.kind === 'imported')
    return (
      <section className="import-page">
        <h1>{t('clients.import.title')}</h1>
        <div className="notice import-done" role="status">
          {t('clients.import.done', {
            file: file?.name ?? '',
            created: stage.created,
            createdShown: formatCount(stage.created),
            merged: formatCount(stage.merged),
            skipped: formatCount(stage.skipped),
          })}
        </div>
        <p>
          <Link to="/clients">{t('clients.import.openList')}</Link>
        </p>
      </section>
    );

  return (
    <section className="import-page">
      <div className="page-head">
        <h1>{t('clients.import.title')}</h1>
        <Link className="button" to="/clients">
          {t('common.backToClients')}
        </Link>
      </div>
      <p className="muted">{t('clients.import.intro')}</p>

      <div className={`field${fileError ? ' field-invalid' : ''}`}>
        <label htmlFor="import-file">{t('clients.import.file')}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          aria-invalid={Boolean(fileError)}
          aria-describedby={fileError ? 'import-file-error' : undefined}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        {fileError && (
          <p className="field-error" id="import-file-error" role="alert">
            {words(fileError)}
          </p>
        )}
      </div>

      {file && mapped && (
        <>
          <p className="import-summary" role="status">
            {file.guess.system
              ? t('clients.import.summary.system', {
                  name: file.name,
                  count: file.rowCount,
                  shown: formatCount(file.rowCount),
                  system: SYSTEM_NAMES[file.guess.system],
                })
              : t('clients.import.summary.columns', { name: file.name, count: file.rowCount, shown: formatCount(file.rowCount) })}
          </p>
          <div className="import-options">
            {file.encoding && (
              <div className="field">
                <label htmlFor="import-encoding">{t('clients.import.encoding')}</label>
                <select
                  id="import-encoding"
                  value={file.encoding.used}
                  disabled={busy}
                  aria-describedby="import-encoding-hint"
                  onChange={(e) => void reread(e.target.value as TextEncoding)}
                >
                  {TEXT_ENCODINGS.map((enc) => (
                    <option key={enc} value={enc}>
                      {t(`clients.import.encoding.${enc}`)}
                    </option>
                  ))}
                </select>
                <p className="field-hint" id="import-encoding-hint">
                  {file.encoding.validUtf8 ? t('clients.import.encoding.valid') : t('clients.import.encoding.guessed')}
                </p>
              </div>
            )}
            <div className="field">
              <label htmlFor="import-date-order">{t('clients.import.dateOrder')}</label>
              <select
                id="import-date-order"
                value={dateOrder}
                disabled={busy}
                aria-describedby="import-date-hint"
                onChange={(e) => void remap(fields, e.target.value as DateOrder)}
              >
                {DATE_ORDERS.map((o) => (
                  <option key={o} value={o}>
                    {t(`clients.import.dateOrder.${o}`)}
                  </option>
                ))}
              </select>
              <p className="field-hint" id="import-date-hint">
                {dateGuessSentence(file, dateOrder)}
              </p>
            </div>
          </div>

          <MappingTable headers={file.headers} sample={file.sample} fields={fields} onChange={(f) => void remap(f, dateOrder)} />
          <ImportPreview rows={mapped.rows} notices={mapped.notices} />

          <div className="import-actions">
            <button type="button" className="button" disabled={busy} onClick={() => void dryRun()}>
              {t('clients.import.dryRun')}
            </button>
          </div>

          {check && (
            <div className="import-check" aria-live="polite">
              <p role="status">
                {t('clients.import.checked', {
                  count: check.newClients,
                  shown: formatCount(check.newClients),
                  duplicates: formatCount(check.duplicates.length),
                  refused: formatCount(refused.length),
                })}
              </p>
              {refused.length > 0 && <RefusedLines refused={refused} skip={skipRefused} onSkip={setSkipRefused} />}
              {check.duplicates.length > 0 && (
                <DuplicateRows
                  duplicates={check.duplicates}
                  rows={byLine}
                  choices={choices}
                  onChoose={(lines, choice) => setChoices((before) => new Map([...before, ...lines.map((l) => [l, choice] as const)]))}
                />
              )}
              <div className="import-actions">
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy || blocked !== null}
                  aria-describedby="import-blocked"
                  onClick={() => void runImport()}
                >
                  {t('clients.import.run', { count: toImport.length, shown: formatCount(toImport.length) })}
                </button>
                <p id="import-blocked" className="muted">
                  {blocked ?? t('clients.import.allOrNothing')}
                </p>
              </div>
            </div>
          )}
        </>
      )}
      {busy &&
        (stage.importing ? <TaskProgress task="clients.import" label={t('clients.import.progress')} /> : <p role="status">{stage.what}</p>)}
      {error && <ErrorNotice message={error} />}
    </section>
  );
}
