// The board's columns: what each shows on screen, how it sorts, and what it writes to CSV.
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import { minorDigits } from '../../../../core/money';
import type { BoardRow } from '../../../../api/contract/reception';
import { boardStateLabel } from '../../../../core/vocabulary';
import { BOARD_STATE_LABELS } from '../../vocabulary';
import { translate, type MessageId, type MessageValues } from '../../../../core/i18n/translate';
import type { CsvValue } from './csv';
import { formatPhone } from '../../format';
import { t } from '../../i18n';
import { formatDay, formatDayRange, formatShortWhen, money } from './format';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- an augmentation must repeat TanStack's type parameters
  interface ColumnMeta<TData, TValue> {
    /** The plain value written to the CSV export for this column. */
    csv?: (row: TData) => CsvValue;
    /** The column's name in the CSV's header row, in the clinic's language. */
    csvHeader?: string;
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

type Say = (id: MessageId, values?: MessageValues) => string;

/** "Touch-up", "2 of 3": on screen in the reader's language, or in `say`'s (the CSV's). */
export function sessionLabel(r: Pick<BoardRow, 'planKind' | 'sessionNumber' | 'quotedSessions'>, say: Say = t): string {
  return r.planKind === 'touch_up'
    ? say('reception.session.touchUp')
    : say('reception.session.of', { number: String(r.sessionNumber), quoted: String(r.quotedSessions) });
}

/** What tells one row of a client from another: the session and its state. */
function rowWhat(r: BoardRow): string {
  const state = BOARD_STATE_LABELS[r.state].toLowerCase();
  return r.planKind === 'touch_up'
    ? t('reception.row.touchUp', { state })
    : t('reception.row.session', { session: sessionLabel(r), state });
}

function sinceLabel(r: BoardRow): string {
  if (r.planKind === 'touch_up') return '—';
  if (r.daysSincePrevious === null) return r.previousDate ? t('reception.since.notDone', { number: String(r.sessionNumber - 1) }) : '—';
  return t('reception.since.days', { count: r.daysSincePrevious, shown: String(r.daysSincePrevious) });
}

// Columns of different value types in one list: TanStack's own docs type this as ColumnDef<T, any>.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as TanStack's docs do, see above
export type BoardColumn = ColumnDef<BoardRow, any>;

/** `locale` writes the screen's dates and money; `fileLocale` (the clinic's) the CSV's header row and words. */
export function boardColumns(locale: string, fileLocale = locale): BoardColumn[] {
  const day = (d: string | null) => formatDay(d, locale);
  // The CSV is the clinic's file: its header row and words in the clinic's language, whoever exports it.
  const csvSay: Say = (id, values) => translate(fileLocale, id, values);
  const cols = [
    col.accessor((r) => `${r.lastName}, ${r.firstName}`, {
      id: 'client',
      header: t('reception.col.client'),
      cell: (c) => (
        <Link
          to={`/clients/${c.row.original.clientId}`}
          onClick={(e) => e.stopPropagation()}
          // A client can have a row per later session: the name says which one, after what is seen.
          aria-label={t('reception.row.label', {
            name: `${c.row.original.firstName} ${c.row.original.lastName}`,
            what: rowWhat(c.row.original),
          })}
        >
          {c.row.original.firstName} {c.row.original.lastName}
        </Link>
      ),
      meta: { csvHeader: csvSay('reception.col.client'), csv: (r) => `${r.firstName} ${r.lastName}` },
      enableHiding: false,
    }),
    col.accessor('phone', {
      header: t('reception.col.phone'),
      cell: (c) => formatPhone(c.getValue()),
      meta: { csvHeader: csvSay('reception.col.phone'), csv: (r) => r.phone },
    }),
    col.accessor((r) => (r.planKind === 'touch_up' ? 100 : r.sessionNumber), {
      id: 'session',
      header: t('reception.col.session'),
      cell: (c) => sessionLabel(c.row.original),
      meta: { csvHeader: csvSay('reception.col.session'), csv: (r) => sessionLabel(r, csvSay) },
    }),
    col.accessor('state', {
      header: t('reception.col.state'),
      cell: (c) => (
        <>
          <span className={`state state-${c.getValue()}`}>{BOARD_STATE_LABELS[c.getValue()]}</span>
          {c.row.original.dueThisWeek && <span className="state state-due">{t('reception.dueThisWeek')}</span>}
        </>
      ),
      // Most urgent first: money owed, then paid but unbooked, then the rest.
      sortingFn: (a, b) =>
        STATE_ORDER.indexOf(a.original.state) - STATE_ORDER.indexOf(b.original.state) ||
        Number(b.original.dueThisWeek) - Number(a.original.dueThisWeek),
      filterFn: (row, _id, value: string) => value === '' || (value === 'due' ? row.original.dueThisWeek : row.original.state === value),
      meta: { csvHeader: csvSay('reception.col.state'), csv: (r) => boardStateLabel(fileLocale, r.state) },
    }),
    col.accessor('depositAmountMinor', {
      header: t('reception.col.deposit'),
      cell: (c) => money(c.getValue(), c.row.original.currency, locale),
      meta: { csvHeader: csvSay('reception.col.deposit'), numeric: true, csv: (r) => amount(r.depositAmountMinor, r.currency) },
    }),
    col.accessor('depositPaidMinor', {
      header: t('reception.col.paid'),
      cell: (c) => (c.row.original.depositId ? money(c.getValue(), c.row.original.currency, locale) : '—'),
      meta: {
        csvHeader: csvSay('reception.col.paid'),
        numeric: true,
        csv: (r) => (r.depositId ? amount(r.depositPaidMinor, r.currency) : null),
      },
    }),
    col.accessor('outstandingMinor', {
      header: t('reception.col.outstanding'),
      cell: (c) => (c.getValue() > 0 ? <strong>{money(c.getValue(), c.row.original.currency, locale)}</strong> : '—'),
      meta: { csvHeader: csvSay('reception.col.outstanding'), numeric: true, csv: (r) => amount(r.outstandingMinor, r.currency) },
    }),
    col.accessor('planOwedMinor', {
      header: t('reception.col.planBalance'),
      cell: (c) => (c.getValue() > 0 ? money(c.getValue(), c.row.original.currency, locale) : t('reception.paidUp')),
      meta: { csvHeader: csvSay('reception.col.planBalance'), numeric: true, csv: (r) => amount(r.planOwedMinor, r.currency) },
    }),
    col.accessor('currency', {
      header: t('reception.col.currency'),
      meta: { csvHeader: csvSay('reception.col.currency'), csv: (r) => r.currency },
    }),
    col.accessor((r) => r.daysSincePrevious ?? -1, {
      id: 'since',
      header: t('reception.col.since'),
      cell: (c) => sinceLabel(c.row.original),
      meta: { csvHeader: csvSay('reception.col.since'), numeric: true, csv: (r) => r.daysSincePrevious },
    }),
    col.accessor((r) => r.windowEarliest ?? '', {
      id: 'window',
      header: t('reception.col.window'),
      cell: (c) => {
        const r = c.row.original;
        if (r.planKind === 'touch_up') return r.recallOn ? t('reception.window.recallFrom', { day: day(r.recallOn) }) : '—';
        if (!r.windowEarliest) return '—';
        return r.windowLatest
          ? formatDayRange(r.windowEarliest, r.windowLatest, locale)
          : t('reception.window.from', { day: day(r.windowEarliest) });
      },
      meta: {
        csvHeader: csvSay('reception.col.window'),
        csv: (r) =>
          r.planKind === 'touch_up'
            ? r.recallOn && csvSay('reception.csv.recallFrom', { date: r.recallOn })
            : r.windowEarliest &&
              (r.windowLatest
                ? csvSay('reception.csv.window', { from: r.windowEarliest, to: r.windowLatest })
                : csvSay('reception.csv.onwards', { from: r.windowEarliest })),
      },
    }),
    col.accessor((r) => r.bookedFor ?? r.performedAt ?? '', {
      id: 'booked',
      header: t('reception.col.booked'),
      cell: (c) => {
        const r = c.row.original;
        return r.bookedFor
          ? formatShortWhen(r.bookedFor, locale)
          : r.performedAt
            ? t('reception.booked.done', { when: formatShortWhen(r.performedAt, locale) })
            : '—';
      },
      meta: { csvHeader: csvSay('reception.col.booked'), csv: (r) => r.bookedFor ?? r.performedAt },
    }),
    col.accessor((r) => r.recallOn ?? '', {
      id: 'recall',
      header: t('reception.col.recall'),
      cell: (c) => (c.row.original.planKind === 'touch_up' ? day(c.row.original.recallOn) : '—'),
      meta: { csvHeader: csvSay('reception.col.recall'), csv: (r) => (r.planKind === 'touch_up' ? r.recallOn : null) },
    }),
    col.accessor('dueThisWeek', {
      header: t('reception.col.dueThisWeek'),
      cell: (c) => (c.getValue() ? t('reception.yes') : ''),
      meta: { csvHeader: csvSay('reception.col.dueThisWeek'), csv: (r) => csvSay(r.dueThisWeek ? 'reception.yes' : 'reception.no') },
    }),
  ];
  return cols as BoardColumn[];
}
