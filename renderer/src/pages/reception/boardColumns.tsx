// The board's columns: what each shows on screen, how it sorts, and what it writes to CSV.
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import { minorDigits } from '../../../../core/money';
import { BOARD_STATE_LABELS, type BoardRow } from '../../../../api/contract/reception';
import type { CsvValue } from './csv';
import { formatPhone } from '../../format';
import { formatDay, formatDayRange, formatShortWhen, money } from './format';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- an augmentation must repeat TanStack's type parameters
  interface ColumnMeta<TData, TValue> {
    /** The plain value written to the CSV export for this column. */
    csv?: (row: TData) => CsvValue;
    numeric?: boolean;
  }
}

const col = createColumnHelper<BoardRow>();
const STATE_ORDER: readonly BoardRow['state'][] = [
  'deposit_outstanding',
  'paid_not_booked',
  'not_booked',
  'recall_due',
  'booked',
  'applied',
  'performed',
];
const amount = (minor: number | null, currency: string): number | null => (minor == null ? null : minor / 10 ** minorDigits(currency));

export function sessionLabel(r: Pick<BoardRow, 'planKind' | 'sessionNumber' | 'quotedSessions'>): string {
  return r.planKind === 'touch_up' ? 'Touch-up' : `${r.sessionNumber} of ${r.quotedSessions}`;
}

/** What tells one row of a client from another: the session and its state. */
function rowWhat(r: BoardRow): string {
  return `${r.planKind === 'touch_up' ? 'touch-up' : `session ${sessionLabel(r)}`}, ${BOARD_STATE_LABELS[r.state].toLowerCase()}`;
}

function sinceLabel(r: BoardRow): string {
  if (r.planKind === 'touch_up') return '—';
  if (r.daysSincePrevious === null) return r.previousDate ? `Session ${r.sessionNumber - 1} not yet done` : '—';
  return `${r.daysSincePrevious} ${r.daysSincePrevious === 1 ? 'day' : 'days'}`;
}

// Columns of different value types in one list: TanStack's own docs type this as ColumnDef<T, any>.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as TanStack's docs do, see above
export type BoardColumn = ColumnDef<BoardRow, any>;

export function boardColumns(locale: string): BoardColumn[] {
  const day = (d: string | null) => formatDay(d, locale);
  const cols = [
    col.accessor((r) => `${r.lastName}, ${r.firstName}`, {
      id: 'client',
      header: 'Client',
      cell: (c) => (
        <Link
          to={`/clients/${c.row.original.clientId}`}
          onClick={(e) => e.stopPropagation()}
          // A client can have a row per later session: the name says which one, after what is seen.
          aria-label={`${c.row.original.firstName} ${c.row.original.lastName}, ${rowWhat(c.row.original)}`}
        >
          {c.row.original.firstName} {c.row.original.lastName}
        </Link>
      ),
      meta: { csv: (r) => `${r.firstName} ${r.lastName}` },
      enableHiding: false,
    }),
    col.accessor('phone', { header: 'Phone', cell: (c) => formatPhone(c.getValue()), meta: { csv: (r) => r.phone } }),
    col.accessor((r) => (r.planKind === 'touch_up' ? 100 : r.sessionNumber), {
      id: 'session',
      header: 'Session',
      cell: (c) => sessionLabel(c.row.original),
      meta: { csv: sessionLabel },
    }),
    col.accessor('state', {
      header: 'State',
      cell: (c) => (
        <>
          <span className={`state state-${c.getValue()}`}>{BOARD_STATE_LABELS[c.getValue()]}</span>
          {c.row.original.dueThisWeek && <span className="state state-due">Due this week</span>}
        </>
      ),
      // Most urgent first: money owed, then paid but unbooked, then the rest.
      sortingFn: (a, b) =>
        STATE_ORDER.indexOf(a.original.state) - STATE_ORDER.indexOf(b.original.state) ||
        Number(b.original.dueThisWeek) - Number(a.original.dueThisWeek),
      filterFn: (row, _id, value: string) => value === '' || (value === 'due' ? row.original.dueThisWeek : row.original.state === value),
      meta: { csv: (r) => BOARD_STATE_LABELS[r.state] },
    }),
    col.accessor('depositAmountMinor', {
      header: 'Deposit',
      cell: (c) => money(c.getValue(), c.row.original.currency, locale),
      meta: { numeric: true, csv: (r) => amount(r.depositAmountMinor, r.currency) },
    }),
    col.accessor('depositPaidMinor', {
      header: 'Paid',
      cell: (c) => (c.row.original.depositId ? money(c.getValue(), c.row.original.currency, locale) : '—'),
      meta: { numeric: true, csv: (r) => (r.depositId ? amount(r.depositPaidMinor, r.currency) : null) },
    }),
    col.accessor('outstandingMinor', {
      header: 'Outstanding',
      cell: (c) => (c.getValue() > 0 ? <strong>{money(c.getValue(), c.row.original.currency, locale)}</strong> : '—'),
      meta: { numeric: true, csv: (r) => amount(r.outstandingMinor, r.currency) },
    }),
    col.accessor('planOwedMinor', {
      header: 'Plan balance',
      cell: (c) => (c.getValue() > 0 ? money(c.getValue(), c.row.original.currency, locale) : 'Paid up'),
      meta: { numeric: true, csv: (r) => amount(r.planOwedMinor, r.currency) },
    }),
    col.accessor('currency', { header: 'Currency', meta: { csv: (r) => r.currency } }),
    col.accessor((r) => r.daysSincePrevious ?? -1, {
      id: 'since',
      header: 'Days since last',
      cell: (c) => sinceLabel(c.row.original),
      meta: { numeric: true, csv: (r) => r.daysSincePrevious },
    }),
    col.accessor((r) => r.windowEarliest ?? '', {
      id: 'window',
      header: 'Window',
      cell: (c) => {
        const r = c.row.original;
        if (r.planKind === 'touch_up') return r.recallOn ? `Recall from ${day(r.recallOn)}` : '—';
        if (!r.windowEarliest) return '—';
        return r.windowLatest ? formatDayRange(r.windowEarliest, r.windowLatest, locale) : `From ${day(r.windowEarliest)}`;
      },
      meta: {
        csv: (r) =>
          r.planKind === 'touch_up'
            ? r.recallOn && `recall from ${r.recallOn}`
            : r.windowEarliest && `${r.windowEarliest}${r.windowLatest ? ` to ${r.windowLatest}` : ' onwards'}`,
      },
    }),
    col.accessor((r) => r.bookedFor ?? r.performedAt ?? '', {
      id: 'booked',
      header: 'Booked',
      cell: (c) => {
        const r = c.row.original;
        return r.bookedFor ? formatShortWhen(r.bookedFor, locale) : r.performedAt ? `Done ${formatShortWhen(r.performedAt, locale)}` : '—';
      },
      meta: { csv: (r) => r.bookedFor ?? r.performedAt },
    }),
    col.accessor((r) => r.recallOn ?? '', {
      id: 'recall',
      header: 'Recall on',
      cell: (c) => (c.row.original.planKind === 'touch_up' ? day(c.row.original.recallOn) : '—'),
      meta: { csv: (r) => (r.planKind === 'touch_up' ? r.recallOn : null) },
    }),
    col.accessor('dueThisWeek', {
      header: 'Due this week',
      cell: (c) => (c.getValue() ? 'Yes' : ''),
      meta: { csv: (r) => (r.dueThisWeek ? 'Yes' : 'No') },
    }),
  ];
  return cols as BoardColumn[];
}
