// Staff sign-in: pick yourself, enter your PIN. The first run creates the owner account.
import { z } from 'zod';
import { STAFF_ROLES } from '../../core/vocabulary';
import { id, ok, requiredText } from './common';
import { change, query } from './define';
import { msg, zodText } from './words';

export const pin = z.string({ error: zodText(msg('checks.auth.pin')) }).regex(/^\d{4,8}$/, { error: zodText(msg('checks.auth.pin')) });

/** `locale`: their own language and region for the app, null for the clinic's. */
const staffMember = z.object({ id, name: z.string(), role: z.enum(STAFF_ROLES), locale: z.string().nullable() });

export const authContract = {
  /** Who is signed in, who can sign in, and whether the owner account still has to be created. */
  'auth.status': query(
    z.object({}).default({}),
    z.object({
      actor: staffMember.nullable(),
      needsOwner: z.boolean(),
      /** `needsPin`: brought in by an import without a PIN; they choose one as they first sign in. */
      staff: z.array(staffMember.extend({ needsPin: z.boolean() })),
      idleLockMinutes: z.number().int().positive(),
      /** The shortest PIN the clinic accepts (a first PIN is held to it). */
      minPinLength: z.number().int().min(4).max(8),
    }),
  ),
  'auth.setupOwner': change(
    z
      .object({ name: requiredText(msg('checks.label.yourName'), 100), pin, confirmPin: z.string() })
      .refine((v) => v.pin === v.confirmPin, { path: ['confirmPin'], error: zodText(msg('checks.auth.pinsDiffer')) }),
    staffMember,
    // The owner is a practitioner too in a small clinic: a column of the book.
    { invalidates: ['auth.status', 'staff.list', 'book.range'] },
  ),
  /** Who is signed in belongs to the caller's session; no other session reads anything it changes. */
  'auth.signIn': change(z.object({ staffId: id, pin }), staffMember, { invalidates: ['auth.status'] }),
  /** The first sign-in of someone who has no PIN yet (staff brought in by an import): they choose
   *  their PIN, typed twice, and are signed in. */
  'auth.firstPin': change(
    z
      .object({ staffId: id, pin, confirmPin: z.string() })
      .refine((v) => v.pin === v.confirmPin, { path: ['confirmPin'], error: zodText(msg('checks.auth.pinsDiffer')) }),
    staffMember,
    { invalidates: ['auth.status', 'staff.list'] },
  ),
  /** Signing out and locking both clear who is acting; the open page stays as it is. */
  'auth.signOut': query(z.object({ reason: z.enum(['sign_out', 'lock']).default('sign_out') }), ok),
  /** An owner sets anyone's PIN; anyone else changes their own with their current PIN. */
  'auth.setPin': change(z.object({ staffId: id, pin, currentPin: z.string().max(8).optional() }), ok, {
    invalidates: ['staff.list', 'auth.status'],
  }),
} as const;
