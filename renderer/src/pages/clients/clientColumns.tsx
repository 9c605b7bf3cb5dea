// The client list's columns: what each shows, and which server-side order its header asks for.
import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { ClientListEntry } from '../../../../api/contract/client-list';
import type { ClientListSort } from '../../../../core/client-list';
import type { MessageId } from '../../../../core/i18n/translate';
import { formatDate, formatPhone, listName } from '../../format';
import { t } from '../../i18n';

const col = createColumnHelper<ClientListEntry>();

export function progressLabel(r: Pick<ClientListEntry, 'performedSessions' | 'quotedSessions'>): string {
  if (r.quotedSessions) {
    return r.performedSessions === 0
      ? t('clients.progress.notStartedQuoted', { quoted: r.quotedSessions })
      : t('clients.progress.session', { number: Math.min(r.performedSessions, r.quotedSessions), quoted: r.quotedSessions });
  }
  if (r.performedSessions === 0) return t('clients.progress.notStarted');
  return t('clients.progress.noPlan', { count: r.performedSessions });
}

const DEPOSIT_LABELS: Record<string, MessageId> = {
  required: 'clients.deposit.required',
  paid: 'clients.deposit.paid',
  applied: 'clients.deposit.applied',
  refunded: 'clients.deposit.refunded',
  forfeited: 'clients.deposit.forfeited',
  waived: 'clients.deposit.waived',
};

export const clientColumns = [
  // Written the way it sorts (by surname), and the header says so.
  col.accessor((r) => listName(r), {
    id: 'name' satisfies ClientListSort,
    header: () => t('clients.col.name'),
    cell: (c) => (
      <Link to={`/clients/${c.row.original.id}`} className="row-link">
        {c.getValue()}
      </Link>
    ),
  }),
  col.display({
    id: 'contact',
    header: () => t('clients.col.contact'),
    enableSorting: false,
    cell: (c) => (
      <span className="muted-cell">{c.row.original.phone ? formatPhone(c.row.original.phone) : (c.row.original.email ?? '—')}</span>
    ),
  }),
  col.accessor((r) => progressLabel(r), { id: 'progress' satisfies ClientListSort, header: () => t('clients.col.progress') }),
  col.accessor('lastSessionAt', {
    id: 'lastSession' satisfies ClientListSort,
    header: () => t('clients.col.lastSession'),
    cell: (c) => <span className="nowrap">{formatDate(c.getValue())}</span>,
  }),
  col.accessor('nextDue', {
    id: 'nextDue' satisfies ClientListSort,
    header: () => t('clients.col.nextDue'),
    cell: (c) =>
      c.row.original.lapsed ? (
        <span className="badge badge-lapsed" title={t('clients.lapsed.title')}>
          {t('clients.lapsed')}
        </span>
      ) : c.getValue() ? (
        <>
          <span className="nowrap">{formatDate(c.getValue())}</span>{' '}
          <span className="muted-cell">{t(c.row.original.nextBooked ? 'clients.next.booked' : 'clients.next.toBook')}</span>
        </>
      ) : (
        '—'
      ),
  }),
  col.accessor('depositStatus', {
    id: 'deposit' satisfies ClientListSort,
    header: () => t('clients.col.deposit'),
    cell: (c) => {
      const s = c.getValue();
      return s ? <span className={`badge badge-${s}`}>{DEPOSIT_LABELS[s] ? t(DEPOSIT_LABELS[s]) : s}</span> : '—';
    },
  }),
];
