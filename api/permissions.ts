// Who may do what: ONE map from channel to the roles allowed, enforced by the dispatcher before any
// handler runs. Channels not named here are open to every signed-in staff member. Until the first
// staff member has a PIN (a brand-new install), there is nobody to sign in as, so nothing is enforced
// and the app's first screen asks for the owner account.
import type { StaffRole } from '../core/vocabulary';
import { contract, isChannel, type Channel } from './contract';
import { activeStaffRole, anyoneHasPin } from '../db/queries/sign-in';
import type { HandlerContext } from './context';
import type { ApiError } from './result';

type Role = StaffRole;

interface Rule {
  roles: readonly Role[];
  message: string;
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
const keysOwnerOnly = 'Only an owner can manage the database key and old backups.';
const photosMessage = 'Clinical photos are seen and taken by practitioners and the owner only.';
const IMPORTING: readonly Role[] = ['owner', 'reception'];
const importMessage = 'Only an owner or reception can import clients from another system.';
const notReception = 'Reception cannot chart a session. Ask a practitioner to sign in.';

export const PERMISSIONS: Readonly<Record<string, readonly Rule[]>> = {
  'staff.create': [{ roles: OWNER, message: 'Only an owner can add staff.' }],
  'staff.update': [{ roles: OWNER, message: 'Only an owner can change staff details and roles.' }],
  'settings.update': [{ roles: OWNER, message: 'Only an owner can change the clinic settings.' }],
  'documents.save': [{ roles: OWNER, message: 'Only an owner can change the clinic’s questionnaire and consent texts.' }],
  'consent.sign': [{ roles: CHARTING, message: 'A practitioner countersigns or witnesses a consent. Ask a practitioner to sign in.' }],
  'pigments.update': [{ roles: OWNER, message: 'Only an owner can rename, reorder or retire a pigment.' }],
  'safety.restore': [
    { roles: OWNER, message: 'Only an owner can restore a backup.' },
    // Said again for the override on its own, so loosening who may restore never loosens who may override.
    {
      when: (i) => i.overrideReason !== undefined,
      roles: OWNER,
      message: 'Only an owner can restore a file that does not verify.',
    },
  ],
  'safety.inspect': [{ roles: OWNER, message: 'Only an owner can restore a backup.' }],
  'safety.export': [{ roles: OWNER, message: 'Only an owner can export the clinic’s data.' }],
  // Moving in is desk work: the owner or reception brings the client list over, not the chair.
  'clients.importCheck': [{ roles: IMPORTING, message: importMessage }],
  'clients.import': [{ roles: IMPORTING, message: importMessage }],
  'workstations.list': [{ roles: OWNER, message: 'Only an owner can see and manage the clinic’s workstations.' }],
  'workstations.pairingCode': [{ roles: OWNER, message: 'Only an owner can pair a new workstation.' }],
  'workstations.revoke': [{ roles: OWNER, message: 'Only an owner can revoke a workstation.' }],
  'network.hubStatus': [{ roles: OWNER, message: 'Only an owner can see and manage the clinic’s workstations.' }],
  'keys.status': [{ roles: OWNER, message: keysOwnerOnly }],
  'keys.revealRecoveryKey': [{ roles: OWNER, message: 'Only an owner can see the recovery key.' }],
  'keys.confirmRecoveryKey': [{ roles: OWNER, message: 'Only an owner can see the recovery key.' }],
  'keys.restoreFromOtherComputer': [{ roles: OWNER, message: 'Only an owner can restore a backup.' }],
  'keys.plainBackups': [{ roles: OWNER, message: keysOwnerOnly }],
  'keys.encryptPlainBackup': [{ roles: OWNER, message: keysOwnerOnly }],
  'keys.removePlainBackup': [{ roles: OWNER, message: keysOwnerOnly }],
  'book.setHours': [{ roles: OWNER, message: 'Only an owner can change a practitioner’s opening hours.' }],
  'book.block': [{ roles: OWNER, message: 'Only an owner can block time in the book.' }],
  'book.unblock': [{ roles: OWNER, message: 'Only an owner can remove blocked time from the book.' }],
  'rooms.add': [{ roles: OWNER, message: 'Only an owner can add a room.' }],
  'rooms.update': [{ roles: OWNER, message: 'Only an owner can rename a room or take it out of use.' }],
  'rooms.move': [{ roles: OWNER, message: 'Only an owner can reorder the rooms.' }],
  'sessions.chart': [{ roles: CHARTING, message: notReception }],
  // A client's rights over their record are the owner's to carry out (the clinic is the controller).
  'rights.erasureCheck': [{ roles: OWNER, message: 'Only an owner can erase a client’s record.' }],
  'rights.erase': [{ roles: OWNER, message: 'Only an owner can erase a client’s record.' }],
  'rights.eraseFromBackups': [{ roles: OWNER, message: 'Only an owner can erase a client’s record.' }],
  'rights.recordData': [{ roles: OWNER, message: 'Only an owner can make a copy of a client’s record.' }],
  'rights.recordCopy': [{ roles: OWNER, message: 'Only an owner can make a copy of a client’s record.' }],
  // Clinical photos are health data: the practitioners who treat, and the owner.
  'photos.list': [{ roles: CHARTING, message: photosMessage }],
  'photos.image': [{ roles: CHARTING, message: photosMessage }],
  'photos.thumbs': [{ roles: CHARTING, message: photosMessage }],
  'photos.import': [{ roles: CHARTING, message: photosMessage }],
  'photos.remove': [{ roles: CHARTING, message: photosMessage }],
  // A change the hub refused is a practitioner's work: only those who chart decide to resend or drop it.
  'network.resolve': [{ roles: CHARTING, message: 'Only a practitioner or an owner can decide what happens to a change the hub refused.' }],
  // Once there is data here it refuses anyway; said for the owner so a PIN-holder is told who could.
  'network.join': [{ roles: OWNER, message: 'Only an owner can join this computer to the clinic’s hub.' }],
  'retention.save': [{ roles: CHARTING, message: notReception }],
  // Stock is kept by those who open the bottles; Settings and the session form both add batches.
  'batches.add': [{ roles: CHARTING, message: 'Only a practitioner or an owner can add a pigment batch.' }],
  'batches.update': [{ roles: CHARTING, message: 'Only a practitioner or an owner can change a pigment batch.' }],
  'shadeChanges.record': [{ roles: CHARTING, message: notReception }],
  // Money is taken at the desk: reception and the owner, not a practitioner mid-session.
  'payments.take': [{ roles: ['owner', 'reception'], message: 'Reception or the owner takes payments, refunds and discounts.' }],
  'reports.period': [{ roles: OWNER, message: 'Only an owner can see the clinic’s reports.' }],
  'deposits.setStatus': [
    { when: (i) => i.status === 'waived', roles: OWNER, message: 'Only an owner can waive a deposit.' },
    {
      when: (i) => i.status === 'refunded',
      roles: ['owner', 'reception'],
      message: 'Practitioners cannot refund a deposit. Ask reception or the owner.',
    },
  ],
} satisfies Partial<Record<Channel, readonly Rule[]>>; // a misspelt channel is a type error

/** Rules by name pattern, for areas whose channels are still being added. Changes only. */
export const PERMISSION_PATTERNS: readonly [RegExp, Rule][] = [
  [/^aftercare\..*template/i, { roles: OWNER, message: 'Only an owner can edit aftercare templates.' }],
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
export function checkPermission(ctx: HandlerContext, channel: string, input: unknown): ApiError | null {
  if (PUBLIC_CHANNELS.has(channel)) return null;
  const validated = input !== undefined;
  // No PINs yet: nobody can sign in, so there are no roles to enforce (first run, and tests).
  if (!anyoneHasPin(ctx.sqlite)) return null;
  const role = ctx.actorId === null ? undefined : activeStaffRole(ctx.sqlite, ctx.actorId);
  if (!role) {
    return { code: 'signed_out', message: 'Sign in to continue. Nothing was saved; your entry is still here.' };
  }
  const fields = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  for (const rule of rulesFor(channel)) {
    if (validated !== Boolean(rule.when)) continue;
    if (rule.when && !rule.when(fields)) continue;
    if (!rule.roles.includes(role)) return { code: 'forbidden', message: rule.message };
  }
  return null;
}
