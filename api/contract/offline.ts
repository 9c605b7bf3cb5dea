// What a workstation can do while the clinic's hub cannot be reached: ONE list, used by the
// workstation's API (network/workstation-api.ts) to queue, read from its copy or refuse, and by the
// renderer to disable what would be refused, with the same sentence.
import { translate, type MessageId } from '../../core/i18n/translate';
import type { Channel } from './index';

/** Chair-side changes: checked against the contract here, kept in the outbox, sent in order later. */
export const QUEUED_OFFLINE = [
  'sessions.chart',
  'retention.save',
  'shadeChanges.record',
  'hairlineRequests.raise',
  'hairlineRequests.setStatus',
  'drafts.save',
  'drafts.discard',
] as const satisfies readonly Channel[];

/** Reads answered from the workstation's copy (today's and tomorrow's clients, charts opened today). */
export const READ_FROM_COPY = [
  'auth.status',
  'clients.chart',
  'clients.search',
  'clients.list',
  'reception.day',
  'sessions.get',
  'drafts.get',
  'pigments.list',
  'settings.get',
  'staff.list',
] as const satisfies readonly Channel[];

const PAYMENTS = 'offline.payments';
const BOOKING = 'offline.booking';
const STAFF = 'offline.staff';
const SAFETY = 'offline.safety';

/** Why each change that is not queued cannot be made offline (a message id); any other channel: NEEDS_HUB. */
const REFUSED: Partial<Record<Channel, MessageId>> = {
  'deposits.add': PAYMENTS,
  'deposits.recordPayment': PAYMENTS,
  'deposits.setStatus': PAYMENTS,
  'deposits.setAmount': PAYMENTS,
  // A receipt's number is allocated on the hub, in the payment's own transaction.
  'payments.take': PAYMENTS,
  'sessions.book': BOOKING,
  'sessions.reschedule': BOOKING,
  'sessions.cancel': BOOKING,
  'book.setHours': BOOKING,
  'book.block': BOOKING,
  'book.unblock': BOOKING,
  'rooms.add': BOOKING,
  'rooms.update': BOOKING,
  'rooms.move': BOOKING,
  'staff.create': STAFF,
  'staff.update': STAFF,
  'auth.setPin': STAFF,
  'auth.setupOwner': STAFF,
  'auth.signIn': 'offline.signIn',
  'safety.restore': SAFETY,
  'safety.backupNow': SAFETY,
  'safety.export': SAFETY,
  'safety.inspect': SAFETY,
  'settings.update': 'offline.settings',
  'clients.create': 'offline.clientsCreate',
};

/** In English (tests and logs); `offlineAction` and `offlineRefusal` say it in the reader's language. */
export const NEEDS_HUB = translate('en-GB', 'offline.needsHub');
export const NOT_COPIED = translate('en-GB', 'offline.notCopied');

export type OfflineAction = { kind: 'queue' } | { kind: 'copy' } | { kind: 'refuse'; message: string };

const queued: ReadonlySet<string> = new Set(QUEUED_OFFLINE);
const copied: ReadonlySet<string> = new Set(READ_FROM_COPY);

/** What a workstation does with `channel` while the hub cannot be reached. */
export function offlineAction(channel: string, locale = 'en-GB'): OfflineAction {
  if (queued.has(channel)) return { kind: 'queue' };
  if (copied.has(channel)) return { kind: 'copy' };
  return { kind: 'refuse', message: translate(locale, (REFUSED as Record<string, MessageId | undefined>)[channel] ?? 'offline.needsHub') };
}

/** The sentence beside a disabled button while offline, or null when the action works offline. */
export function offlineRefusal(channel: Channel, locale = 'en-GB'): string | null {
  const action = offlineAction(channel, locale);
  return action.kind === 'refuse' ? action.message : null;
}
