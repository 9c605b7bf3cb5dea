import { flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ClientListEntry } from '../../../api/contract/client-list';
import type { ClientListSort } from '../../../core/client-list';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatCount } from '../format';
import { t } from '../i18n';
import { clientColumns } from './clients/clientColumns';
import { useClientPages } from './clients/useClientPages';
import './clients/client-list.css';

const ROW_HEIGHT = 52;
const LOADING = { id: 0 } as ClientListEntry; // a row whose page has not arrived yet

/**
 * Every client, searchable as you type and sortable by any column on the server; the table is
 * virtualised, so 50,000 clients scroll as smoothly as 50.
 */
export function ClientListPage() {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const sort = (sorting[0]?.id ?? 'name') as ClientListSort;
  const descending = sorting[0]?.desc ?? false;

  // The row count comes from the last page answered; the virtualiser then says which pages to fetch.
  const [total, setTotal] = useState<number | undefined>(undefined);
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const pages = useClientPages({ query, sort, descending }, items[0]?.index ?? 0, items.at(-1)?.index ?? 40);
  useEffect(() => {
    if (pages.total !== undefined) setTotal(pages.total);
  }, [pages.total]);

  const data = useMemo(() => pages.rows.map((r) => r ?? LOADING), [pages.rows]);
  const table = useReactTable({
    data,
    columns: clientColumns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    autoResetPageIndex: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    state: { sorting },
    onSortingChange: (updater) => {
      setSorting(updater);
      scrollRef.current?.scrollTo({ top: 0 });
    },
  });
  const tableRows = table.getRowModel().rows;
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items.at(-1)!.end : 0;
  const columnCount = clientColumns.length;
  // What the page that sent us here has to say (an erasure's outcome).
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? null;

  return (
    <section className="client-list">
      <div className="page-head">
        <h1>{t('clients.list.title')}</h1>
        <div className="page-actions">
          <Link className="button" to="/clients/import">
            {t('clients.list.import')}
          </Link>
          <Link className="button button-primary" to="/clients/new">
            {t('clients.list.new')}
          </Link>
        </div>
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="field search-field">
        <label htmlFor="client-search">{t('clients.list.search')}</label>
        <input
          id="client-search"
          type="search"
          placeholder={t('clients.list.searchPlaceholder')}
          value={query}
          autoFocus
          data-autofocus
          autoComplete="off"
          aria-describedby="client-search-hint"
          onKeyDown={(e) => {
            // Enter or ↓ goes on to the results: the first client's link.
            if (e.key !== 'Enter' && e.key !== 'ArrowDown') return;
            const first = scrollRef.current?.querySelector<HTMLElement>('tbody tr.client-row a');
            if (!first) return;
            e.preventDefault();
            first.focus();
          }}
          onChange={(e) => {
            setQuery(e.target.value);
            scrollRef.current?.scrollTo({ top: 0 });
          }}
        />
        <p className="field-hint" id="client-search-hint">
          {t('clients.list.searchHint')}
        </p>
      </div>
      {pages.error && <ErrorNotice message={pages.error.message} />}
      <p className="muted" aria-live="polite">
        {total === undefined
          ? t('clients.list.loading')
          : total === 0
            ? t('clients.list.none')
            : t('clients.list.count', { count: total, shown: formatCount(total) })}
      </p>
      <div className="table-scroll" ref={scrollRef} tabIndex={-1}>
        <table className="table client-table" aria-rowcount={(total ?? 0) + 1}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((h) => {
                  const sorted = h.column.getIsSorted();
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      className={`col-${h.column.id}`}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    >
                      {h.column.getCanSort() ? (
                        <button type="button" className="sort-button" onClick={h.column.getToggleSortingHandler()}>
                          {flexRender(h.column.columnDef.header, h.getContext())}
                          <span aria-hidden="true" className="sort-mark">
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          </span>
                        </button>
                      ) : (
                        flexRender(h.column.columnDef.header, h.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={columnCount} style={{ height: padTop }} />
              </tr>
            )}
            {items.map((item) => {
              const row = tableRows[item.index - pages.base];
              if (!row || row.original === LOADING) {
                return (
                  <tr key={`loading-${item.index}`} style={{ height: ROW_HEIGHT }} aria-rowindex={item.index + 2}>
                    <td colSpan={columnCount} className="muted-cell">
                      {t('common.loading')}
                    </td>
                  </tr>
                );
              }
              return (
                <tr
                  key={row.original.id}
                  style={{ height: ROW_HEIGHT }}
                  aria-rowindex={item.index + 2}
                  className="client-row"
                  onClick={(e) => {
                    if ((e.target as HTMLElement).closest('a')) return;
                    void navigate(`/clients/${row.original.id}`);
                  }}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={`col-${cell.column.id}`}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={columnCount} style={{ height: padBottom }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
