// The client list's columns: what each shows, and which server-side order its header asks for.
import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { ClientListEntry } from '../../../../api/contract/client-list';
import type { ClientListSort } from '../../../../core/client-list';
import { formatDate, formatPhone, listName } from '../../format';

const col = createColumnHelper<ClientListEntry>();

export function progressLabel(r: Pick<ClientListEntry, 'performedSessions' | 'quotedSessions'>): string {
  if (r.quotedSessions) {
    return r.performedSessions === 0
      ? `Not started (${r.quotedSessions} quoted)`
      : `Session ${Math.min(r.performedSessions, r.quotedSessions)} of ${r.quotedSessions}`;
  }
  if (r.performedSessions === 0) return 'Not started';
  return `${r.performedSessions} session${r.performedSessions === 1 ? '' : 's'}, no plan`;
}

const DEPOSIT_LABELS: Record<string, string> = {
  required: 'Deposit due',
  paid: 'Paid',
  applied: 'Applied',
  refunded: 'Refunded',
  forfeited: 'Forfeited',
  waived: 'Waived',
};

export const clientColumns = [
  // Written the way it sorts (by surname), and the header says so.
  col.accessor((r) => listName(r), {
    id: 'name' satisfies ClientListSort,
    header: 'Name (surname first)',
    cell: (c) => (
      <Link to={`/clients/${c.row.original.id}`} className="row-link">
        {c.getValue()}
      </Link>
    ),
  }),
  col.display({
    id: 'contact',
    header: 'Phone / email',
    enableSorting: false,
    cell: (c) => (
      <span className="muted-cell">{c.row.original.phone ? formatPhone(c.row.original.phone) : (c.row.original.email ?? '—')}</span>
    ),
  }),
  col.accessor((r) => progressLabel(r), { id: 'progress' satisfies ClientListSort, header: 'Plan progress' }),
  col.accessor('lastSessionAt', {
    id: 'lastSession' satisfies ClientListSort,
    header: 'Last session',
    cell: (c) => <span className="nowrap">{formatDate(c.getValue())}</span>,
  }),
  col.accessor('nextDue', {
    id: 'nextDue' satisfies ClientListSort,
    header: 'Next session due',
    cell: (c) =>
      c.row.original.lapsed ? (
        <span className="badge badge-lapsed" title="The touch-up recall passed more than a year ago, and nothing is booked">
          Lapsed
        </span>
      ) : c.getValue() ? (
        <>
          <span className="nowrap">{formatDate(c.getValue())}</span>{' '}
          <span className="muted-cell">{c.row.original.nextBooked ? 'booked' : 'to book'}</span>
        </>
      ) : (
        '—'
      ),
  }),
  col.accessor('depositStatus', {
    id: 'deposit' satisfies ClientListSort,
    header: 'Deposit',
    cell: (c) => {
      const s = c.getValue();
      return s ? <span className={`badge badge-${s}`}>{DEPOSIT_LABELS[s] ?? s}</span> : '—';
    },
  }),
];
