// The reception board: every open plan's later sessions with their deposit and booking state,
// sessions due to be booked this week and touch-up recalls, with totals and exports.
import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { addDays } from '../../../../core/dates';
import { searchKey } from '../../../../core/search-key';
import { BOARD_STATES, type BoardRow } from '../../../../api/contract/reception';
import { BOARD_STATE_LABELS } from '../../vocabulary';
import { request } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { getClinicLocale } from '../../format';
import { t } from '../../i18n';
import { OtherClients } from './OtherClients';
import { BoardTable } from './BoardTable';
import { ReceptionTabs } from './ReceptionTabs';
import { boardColumns } from './boardColumns';
import { toCsv } from './csv';
import { downloadText } from './download';
import { formatDay, money, todayLocal, useClinicSettings } from './format';
import { bookingsToIcs } from './ics';
import './reception.css';

export function ReceptionPage() {
  const settings = useClinicSettings();
  const board = useApiQuery('reception.board', {});
  // On screen, the reader's own locale (the one in force); the CSV and .ics are the clinic's files, in its own.
  const locale = getClinicLocale();
  const fileLocale = settings.data?.locale ?? 'en-GB';
  const columns = useMemo(() => boardColumns(locale, fileLocale), [locale, fileLocale]);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'state', desc: false }]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(() => ({
    depositPaidMinor: false,
    currency: false,
    recall: false,
    dueThisWeek: false,
    // A portrait tablet starts without the two columns it can most easily spare (Columns brings them back).
    ...(window.matchMedia?.('(max-width: 900px)').matches ? { depositAmountMinor: false, since: false } : {}),
  }));
  const [exportError, setExportError] = useState<string | null>(null);

  const table = useReactTable<BoardRow>({
    data: board.data?.rows ?? [],
    columns,
    state: { sorting, globalFilter, columnFilters, columnVisibility },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onColumnFiltersChange: setColumnFilters,
    onColumnVisibilityChange: setColumnVisibility,
    // The one fold of the client search (core/search-key.ts): "omer" finds "Ömer", "obrien" "O'Brien".
    globalFilterFn: (row, _id, value: string) => {
      const q = searchKey(value);
      if (!q) return true;
      const r = row.original;
      const digits = value.replace(/\D/g, '');
      return (
        searchKey(`${r.firstName} ${r.lastName} ${r.phone ?? ''}`).includes(q) ||
        searchKey(`${r.lastName} ${r.firstName}`).includes(q) ||
        (digits !== '' && (r.phone ?? '').replace(/\D/g, '').includes(digits))
      );
    },
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (r) => r.key,
  });
  const stateFilter = (columnFilters.find((f) => f.id === 'state')?.value as string | undefined) ?? '';
  const shown = table.getRowModel().rows.map((r) => r.original);
  const onBoard = useMemo(() => new Set((board.data?.rows ?? []).map((r) => r.clientId)), [board.data]);

  function exportCsv() {
    const cols = table.getVisibleLeafColumns();
    const csv = toCsv(
      cols.map((c) => c.columnDef.meta?.csvHeader ?? c.id),
      table.getRowModel().rows.map((r) => cols.map((c) => c.columnDef.meta?.csv?.(r.original) ?? null)),
    );
    downloadText(`stipple-reception-${board.data?.today ?? todayLocal()}.csv`, csv, 'text/csv;charset=utf-8');
  }

  async function exportIcs() {
    setExportError(null);
    const from = board.data?.today ?? todayLocal();
    const result = await request('reception.bookings', { from, to: addDays(from, 366) }).catch((e: Error) => e);
    if (result instanceof Error) return setExportError(result.message);
    const text = bookingsToIcs(result, { clinicName: settings.data?.clinicName ?? 'Stipple', now: new Date(), locale: fileLocale });
    downloadText(`stipple-bookings-${from}.ics`, text, 'text/calendar;charset=utf-8');
  }

  return (
    <section className="reception">
      <ReceptionTabs />
      <div className="page-head">
        <h1>{t('reception.title')}</h1>
        <div className="actions">
          <Link className="button" to={`/reception/day/${board.data?.today ?? todayLocal()}`}>
            {t('reception.todayList')}
          </Link>
        </div>
      </div>
      {(board.error || settings.error) && <ErrorNotice message={(board.error ?? settings.error)!.message} />}
      {board.data && (
        <>
          <div className="totals" aria-label={t('reception.totals.label')}>
            {(board.data.totals.length
              ? board.data.totals
              : [{ currency: settings.data?.currency ?? 'GBP', outstandingMinor: 0, heldMinor: 0 }]
            ).map((total) => (
              <div className="total-pair" key={total.currency}>
                <div className="total">
                  <span className="total-label">{t('reception.totals.outstanding')}</span>
                  <span className="total-value" data-testid={`outstanding-${total.currency}`}>
                    {money(total.outstandingMinor, total.currency, locale)}
                  </span>
                </div>
                <div className="total">
                  <span className="total-label">{t('reception.totals.held')}</span>
                  <span className="total-value" data-testid={`held-${total.currency}`}>
                    {money(total.heldMinor, total.currency, locale)}
                  </span>
                </div>
              </div>
            ))}
            <div className="total">
              <span className="total-label">{t('reception.totals.dueBy', { day: formatDay(board.data.weekTo, locale) })}</span>
              <span className="total-value">{board.data.rows.filter((r) => r.dueThisWeek).length}</span>
            </div>
          </div>

          <div className="board-tools">
            <div className="field">
              <label htmlFor="board-search">{t('reception.search')}</label>
              <input
                id="board-search"
                type="search"
                value={globalFilter}
                onChange={(e) => setGlobalFilter(e.target.value)}
                placeholder={t('reception.searchPlaceholder')}
              />
            </div>
            <div className="field">
              <label htmlFor="board-state">{t('reception.filter')}</label>
              <select
                id="board-state"
                value={stateFilter}
                onChange={(e) => table.getColumn('state')!.setFilterValue(e.target.value || undefined)}
              >
                <option value="">{t('reception.filter.all')}</option>
                <option value="due">{t('reception.filter.due')}</option>
                {BOARD_STATES.map((s) => (
                  <option key={s} value={s}>
                    {BOARD_STATE_LABELS[s]}
                  </option>
                ))}
              </select>
            </div>
            <details className="column-chooser">
              <summary className="button">{t('reception.columns')}</summary>
              <fieldset>
                <legend>{t('reception.columns.shown')}</legend>
                {table
                  .getAllLeafColumns()
                  .filter((c) => c.getCanHide())
                  .map((c) => (
                    <label key={c.id} className="check">
                      <input type="checkbox" checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} />
                      {String(c.columnDef.header)}
                    </label>
                  ))}
              </fieldset>
            </details>
            <div className="export-buttons">
              <button type="button" className="button" onClick={exportCsv}>
                {t('reception.export.csv')}
              </button>
              <button type="button" className="button" onClick={() => void exportIcs()}>
                {t('reception.export.ics')}
              </button>
            </div>
          </div>
          {exportError && <ErrorNotice message={exportError} />}
          <OtherClients query={globalFilter} onBoard={onBoard} />

          <p className="muted" aria-live="polite">
            {shown.length > 0
              ? t('reception.showingSums', {
                  shown: String(shown.length),
                  total: String(board.data.rows.length),
                  outstanding: sumBy(shown, 'outstandingMinor', locale),
                  held: sumBy(shown, 'heldMinor', locale),
                })
              : t('reception.showing', { shown: String(shown.length), total: String(board.data.rows.length) })}
          </p>
          <BoardTable table={table} empty={t(board.data.rows.length === 0 ? 'reception.empty' : 'reception.noMatch')} />
        </>
      )}
      {board.isPending && <p className="muted">{t('reception.loading')}</p>}
    </section>
  );
}

/** Sums a money field over rows, one figure per currency. */
function sumBy(rows: BoardRow[], key: 'outstandingMinor' | 'heldMinor', locale: string): string {
  const by = new Map<string, number>();
  for (const r of rows) by.set(r.currency, (by.get(r.currency) ?? 0) + r[key]);
  return [...by].map(([c, v]) => money(v, c, locale)).join(' + ');
}
