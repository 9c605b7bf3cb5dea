// Pages of the client list fetched as they scroll into view: at 50,000 clients only the rows near
// the viewport are ever loaded. Each page is one clients.list query, so a change that makes the list
// stale (here or in another window) refetches the pages on screen.
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import type { ClientListEntry } from '../../../../api/contract/client-list';
import type { ClientListSort } from '../../../../core/client-list';
import { apiQueryOptions } from '../../api/useApi';

export const PAGE_SIZE = 100;

export interface ListParams {
  query: string;
  sort: ClientListSort;
  descending: boolean;
}

export function useClientPages(params: ListParams, firstIndex: number, lastIndex: number) {
  const first = Math.floor(firstIndex / PAGE_SIZE);
  const last = Math.max(first, Math.floor(lastIndex / PAGE_SIZE));
  const { query, sort, descending } = params;
  // Stable options: a fresh array each render makes the observers re-subscribe and re-render forever.
  const queries = useMemo(
    () =>
      Array.from({ length: last - first + 1 }, (_, i) => first + i).map((page) =>
        apiQueryOptions(
          'clients.list',
          { query, sort, descending, limit: PAGE_SIZE, offset: page * PAGE_SIZE },
          { placeholderData: keepPreviousData, staleTime: 30_000 },
        ),
      ),
    [first, last, query, sort, descending],
  );
  const results = useQueries({ queries });
  const total = results.find((r) => r.data)?.data?.total;
  // Rebuilt only when a page's data changes: the table treats a new array as new data.
  const pageData = results.map((r) => r.data);
  const memo = useRef<{ pages: unknown[]; rows: (ClientListEntry | undefined)[] }>({ pages: [], rows: [] });
  if (pageData.length !== memo.current.pages.length || pageData.some((d, i) => d !== memo.current.pages[i])) {
    memo.current = {
      pages: pageData,
      rows: pageData.flatMap((data) => Array.from({ length: PAGE_SIZE }, (_, j): ClientListEntry | undefined => data?.rows[j])),
    };
  }
  const rows = memo.current.rows;
  return {
    /** Index in the whole list of rows[0]. */
    base: first * PAGE_SIZE,
    rows,
    total,
    error: results.find((r) => r.error)?.error ?? null,
    fetching: results.some((r) => r.isFetching),
  };
}
