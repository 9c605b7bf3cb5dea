import { flexRender, type Table } from '@tanstack/react-table';
import { useNavigate } from 'react-router';
import type { BoardRow } from '../../../../api/contract/reception';

/** The board as a sortable table; a click anywhere on a row opens that client's chart. */
export function BoardTable({ table, empty }: { table: Table<BoardRow>; empty: string }) {
  const navigate = useNavigate();
  const rows = table.getRowModel().rows;
  return (
    <div className="table-scroll">
      <table className="table board-table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((h) => {
                const sorted = h.column.getIsSorted();
                return (
                  <th
                    key={h.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    className={h.column.columnDef.meta?.numeric ? 'numeric' : undefined}
                  >
                    <button type="button" className="sort-button" onClick={h.column.getToggleSortingHandler()}>
                      {flexRender(h.column.columnDef.header, h.getContext())}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={table.getVisibleLeafColumns().length} className="muted">
                {empty}
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.id} className="clickable" data-state={row.original.state} onClick={() => navigate(`/clients/${row.original.clientId}`)}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'numeric' : undefined}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
