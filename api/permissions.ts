// Who may do what: ONE map from channel to the roles allowed, enforced by the dispatcher before any
// handler runs. Channels not named here are open to every signed-in staff member. Until the first
// staff member has a PIN (a brand-new install), there is nobody to sign in as, so nothing is enforced
// and the app's first screen asks for the owner account.
import type { StaffRole } from '../core/vocabulary';
import { contract, isChannel, type Channel } from './contract';
import { activeStaffRole, anyoneHasPin } from '../db/queries/sign-in';
import type { HandlerContext } from './context';
import type { ApiError } from './result';
import { translate, type MessageId } from '../core/i18n/translate';

type Role = StaffRole;

interface Rule {
  roles: readonly Role[];
  /** What the refused person reads, by id: said in their language by the dispatcher (or the workstation). */
  message: MessageId;
  /** Only applies to inputs for which this is true. */
  when?: (input: Record<string, unknown>) => boolean;
}

/** Callable by anyone, signed in or not: what the sign-in screen itself needs. */
export const PUBLIC_CHANNELS: ReadonlySet<string> = new Set<Channel>([
  'auth.status',
  'auth.signIn',
  'auth.signOut',
  'auth.setupOwner',
  'auth.firstPin',
]);

const OWNER: readonly Role[] = ['owner'];
const CHARTING: readonly Role[] = ['owner', 'practitioner'];
const keysOwnerOnly = 'permissions.keys';
const photosMessage = 'permissions.photos';
const IMPORTING: readonly Role[] = ['owner', 'reception'];
const importMessage = 'permissions.import';
const notReception = 'permissions.receptionCharting';

export const PERMISSIONS: Readonly<Record<string, readonly Rule[]>> = {
  'staff.create': [{ roles: OWNER, message: 'permissions.staffAdd' }],
  'staff.update': [{ roles: OWNER, message: 'permissions.staffChange' }],
  'settings.update': [{ roles: OWNER, message: 'permissions.settings' }],
  'documents.save': [{ roles: OWNER, message: 'permissions.documents' }],
  'consent.sign': [{ roles: CHARTING, message: 'permissions.consentSign' }],
  'pigments.update': [{ roles: OWNER, message: 'permissions.pigments' }],
  'safety.restore': [
    { roles: OWNER, message: 'permissions.restore' },
    // Said again for the override on its own, so loosening who may restore never loosens who may override.
    {
      when: (i) => i.overrideReason !== undefined,
      roles: OWNER,
      message: 'permissions.restoreOverride',
    },
  ],
  'safety.inspect': [{ roles: OWNER, message: 'permissions.restore' }],
  'safety.export': [{ roles: OWNER, message: 'permissions.export' }],
  // Moving in is desk work: the owner or reception brings the client list over, not the chair.
  'clients.importCheck': [{ roles: IMPORTING, message: importMessage }],
  'clients.import': [{ roles: IMPORTING, message: importMessage }],
  'workstations.list': [{ roles: OWNER, message: 'permissions.workstations' }],
  'workstations.pairingCode': [{ roles: OWNER, message: 'permissions.pair' }],
  'workstations.revoke': [{ roles: OWNER, message: 'permissions.revoke' }],
  'network.hubStatus': [{ roles: OWNER, message: 'permissions.workstations' }],
  'keys.status': [{ roles: OWNER, message: keysOwnerOnly }],
  'keys.revealRecoveryKey': [{ roles: OWNER, message: 'permissions.recoveryKey' }],
  'keys.confirmRecoveryKey': [{ roles: OWNER, message: 'permissions.recoveryKey' }],
  'keys.restoreFromOtherComputer': [{ roles: OWNER, message: 'permissions.restore' }],
  'keys.plainBackups': [{ roles: OWNER, message: keysOwnerOnly }],
  'keys.encryptPlainBackup': [{ roles: OWNER, message: keysOwnerOnly }],
  'keys.removePlainBackup': [{ roles: OWNER, message: keysOwnerOnly }],
  'book.setHours': [{ roles: OWNER, message: 'permissions.hours' }],
  'book.block': [{ roles: OWNER, message: 'permissions.block' }],
  'book.unblock': [{ roles: OWNER, message: 'permissions.unblock' }],
  'rooms.add': [{ roles: OWNER, message: 'permissions.roomAdd' }],
  'rooms.update': [{ roles: OWNER, message: 'permissions.roomUpdate' }],
  'rooms.move': [{ roles: OWNER, message: 'permissions.roomMove' }],
  'sessions.chart': [{ roles: CHARTING, message: notReception }],
  // A client's rights over their record are the owner's to carry out (the clinic is the controller).
  'rights.erasureCheck': [{ roles: OWNER, message: 'permissions.erase' }],
  'rights.erase': [{ roles: OWNER, message: 'permissions.erase' }],
  'rights.eraseFromBackups': [{ roles: OWNER, message: 'permissions.erase' }],
  'rights.recordData': [{ roles: OWNER, message: 'permissions.recordCopy' }],
  'rights.recordCopy': [{ roles: OWNER, message: 'permissions.recordCopy' }],
  // Clinical photos are health data: the practitioners who treat, and the owner.
  'photos.list': [{ roles: CHARTING, message: photosMessage }],
  'photos.image': [{ roles: CHARTING, message: photosMessage }],
  'photos.thumbs': [{ roles: CHARTING, message: photosMessage }],
  'photos.import': [{ roles: CHARTING, message: photosMessage }],
  'photos.remove': [{ roles: CHARTING, message: photosMessage }],
  // A change the hub refused is a practitioner's work: only those who chart decide to resend or drop it.
  'network.resolve': [{ roles: CHARTING, message: 'permissions.resolve' }],
  // Once there is data here it refuses anyway; said for the owner so a PIN-holder is told who could.
  'network.join': [{ roles: OWNER, message: 'permissions.join' }],
  'retention.save': [{ roles: CHARTING, message: notReception }],
  // Stock is kept by those who open the bottles; Settings and the session form both add batches.
  'batches.add': [{ roles: CHARTING, message: 'permissions.batchAdd' }],
  'batches.update': [{ roles: CHARTING, message: 'permissions.batchChange' }],
  'shadeChanges.record': [{ roles: CHARTING, message: notReception }],
  // Money is taken at the desk: reception and the owner, not a practitioner mid-session.
  'payments.take': [{ roles: ['owner', 'reception'], message: 'permissions.payments' }],
  'reports.period': [{ roles: OWNER, message: 'permissions.reports' }],
  'deposits.setStatus': [
    { when: (i) => i.status === 'waived', roles: OWNER, message: 'permissions.waive' },
    {
      when: (i) => i.status === 'refunded',
      roles: ['owner', 'reception'],
      message: 'permissions.refund',
    },
  ],
} satisfies Partial<Record<Channel, readonly Rule[]>>; // a misspelt channel is a type error

/** Rules by name pattern, for areas whose channels are still being added. Changes only. */
export const PERMISSION_PATTERNS: readonly [RegExp, Rule][] = [
  [/^aftercare\..*template/i, { roles: OWNER, message: 'permissions.aftercare' }],
];

export function rulesFor(channel: string): readonly Rule[] {
  const explicit = PERMISSIONS[channel] ?? [];
  const changes = isChannel(channel) && contract[channel].changes;
  const patterned = changes ? PERMISSION_PATTERNS.filter(([re]) => re.test(channel)).map(([, r]) => r) : [];
  return [...explicit, ...patterned];
}

/**
 * null when the call may go ahead; otherwise the refusal to answer with. Called twice: before the
 * input is validated (input undefined: sign-in and role-only rules, so nobody fills a form they may
 * not save) and after (rules that depend on the input, such as which deposit status).
 */
export function checkPermission(ctx: HandlerContext, channel: string, input: unknown, locale = 'en-GB'): ApiError | null {
  if (PUBLIC_CHANNELS.has(channel)) return null;
  const validated = input !== undefined;
  // No PINs yet: nobody can sign in, so there are no roles to enforce (first run, and tests).
  if (!anyoneHasPin(ctx.sqlite)) return null;
  const role = ctx.actorId === null ? undefined : activeStaffRole(ctx.sqlite, ctx.actorId);
  if (!role) {
    return { code: 'signed_out', message: translate(locale, 'permissions.signIn') };
  }
  const fields = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  for (const rule of rulesFor(channel)) {
    if (validated !== Boolean(rule.when)) continue;
    if (rule.when && !rule.when(fields)) continue;
    if (!rule.roles.includes(role)) return { code: 'forbidden', message: translate(locale, rule.message) };
  }
  return null;
}
