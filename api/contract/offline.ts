// What a workstation can do while the clinic's hub cannot be reached: ONE list, used by the
// workstation's API (network/workstation-api.ts) to queue, read from its copy or refuse, and by the
// renderer to disable what would be refused, with the same sentence.
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

const PAYMENTS =
  'Payments and deposits need the hub, so that every desk sees the same balance and receipts stay numbered without gaps. Take it when the hub is back.';
const BOOKING = 'Booking needs the hub, so that two desks cannot give away the same time. Book it when the hub is back.';
const STAFF = 'Staff, roles and PINs can be changed only on the hub, so that every desk signs in with the same list.';
const SAFETY = 'Backups, restore and export run on the hub, where the clinic’s data is.';

/** Why each change that is not queued cannot be made offline; any other channel: NEEDS_HUB. */
const REFUSED: Partial<Record<Channel, string>> = {
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
  'auth.signIn': 'Signing in needs the hub, which checks PINs. Whoever was signed in before it went away stays signed in.',
  'safety.restore': SAFETY,
  'safety.backupNow': SAFETY,
  'safety.export': SAFETY,
  'safety.inspect': SAFETY,
  'settings.update': 'Clinic settings can be changed only while the hub can be reached.',
  'clients.create':
    'New clients are added on the hub, so that two desks cannot add the same person twice. Note their details and add them when the hub is back.',
};

export const NEEDS_HUB = 'This needs the clinic’s hub, which cannot be reached just now. Try again when it is back; the header says when.';
export const NOT_COPIED =
  'This is not kept on this computer while the hub cannot be reached (only today’s and tomorrow’s clients and the charts opened today are).';

export type OfflineAction = { kind: 'queue' } | { kind: 'copy' } | { kind: 'refuse'; message: string };

const queued: ReadonlySet<string> = new Set(QUEUED_OFFLINE);
const copied: ReadonlySet<string> = new Set(READ_FROM_COPY);

/** What a workstation does with `channel` while the hub cannot be reached. */
export function offlineAction(channel: string): OfflineAction {
  if (queued.has(channel)) return { kind: 'queue' };
  if (copied.has(channel)) return { kind: 'copy' };
  return { kind: 'refuse', message: (REFUSED as Record<string, string | undefined>)[channel] ?? NEEDS_HUB };
}

/** The sentence beside a disabled button while offline, or null when the action works offline. */
export function offlineRefusal(channel: Channel): string | null {
  const action = offlineAction(channel);
  return action.kind === 'refuse' ? action.message : null;
}
