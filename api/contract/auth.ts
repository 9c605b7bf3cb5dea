// Staff sign-in: pick yourself, enter your PIN. The first run creates the owner account.
import { z } from 'zod';
import { STAFF_ROLES } from '../../core/vocabulary';
import { id, ok, requiredText } from './common';
import { change, query } from './define';

export const pin = z.string({ error: 'Enter a PIN of 4 to 8 digits.' }).regex(/^\d{4,8}$/, { error: 'Enter a PIN of 4 to 8 digits.' });

const staffMember = z.object({ id, name: z.string(), role: z.enum(STAFF_ROLES) });

export const authContract = {
  /** Who is signed in, who can sign in, and whether the owner account still has to be created. */
  'auth.status': query(
    z.object({}).default({}),
    z.object({
      actor: staffMember.nullable(),
      needsOwner: z.boolean(),
      staff: z.array(staffMember),
      idleLockMinutes: z.number().int().positive(),
    }),
  ),
  'auth.setupOwner': change(
    z
      .object({ name: requiredText('your name', 100), pin, confirmPin: z.string() })
      .refine((v) => v.pin === v.confirmPin, { path: ['confirmPin'], error: 'The two PINs differ. Enter the same PIN twice.' }),
    staffMember,
    { invalidates: ['auth.status', 'staff.list'] },
  ),
  /** Who is signed in belongs to the caller's session; no other session reads anything it changes. */
  'auth.signIn': change(z.object({ staffId: id, pin }), staffMember, { invalidates: ['auth.status'] }),
  /** Signing out and locking both clear who is acting; the open page stays as it is. */
  'auth.signOut': query(z.object({ reason: z.enum(['sign_out', 'lock']).default('sign_out') }), ok),
  /** An owner sets anyone's PIN; anyone else changes their own with their current PIN. */
  'auth.setPin': change(z.object({ staffId: id, pin, currentPin: z.string().max(8).optional() }), ok, {
    invalidates: ['staff.list', 'auth.status'],
  }),
} as const;
