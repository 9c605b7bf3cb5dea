import { z } from 'zod';
import { STAFF_ROLES } from '../../core/vocabulary';
import { id, ok, requiredText, version } from './common';
import { staffRecord } from './chart';
import { change, query } from './define';
import { msg, zodText } from './words';

/** A language tag Intl knows ("de-DE", "es"), not any text. */
function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1 && new Intl.DateTimeFormat(tag).resolvedOptions().locale !== '';
  } catch {
    return false;
  }
}

export const staffContract = {
  'staff.list': query(z.object({ includeInactive: z.boolean().default(false) }), z.array(staffRecord)),
  'staff.create': change(
    z.object({
      name: requiredText(msg('checks.label.name'), 100),
      role: z.enum(STAFF_ROLES, { error: zodText(msg('checks.staff.chooseRole')) }),
    }),
    staffRecord,
    // No PIN yet, so not among those who can sign in: only the staff list shows them.
    { invalidates: ['staff.list', 'book.range'] },
  ),
  /** A staff member's own language and region for the app (null: the clinic's); theirs to set, or an owner's. */
  'staff.setLocale': change(
    z.object({
      staffId: id,
      locale: z
        .string({ error: zodText(msg('checks.staff.chooseLanguage')) })
        .trim()
        .max(35, { error: zodText(msg('checks.staff.languageFromList')) })
        .refine(isLocale, { error: zodText(msg('checks.staff.languageFromList')) })
        .nullable(),
    }),
    ok,
    { invalidates: ['auth.status', 'staff.list', 'audit.history'] },
  ),
  'staff.update': change(
    z.object({
      id,
      expectedVersion: version,
      name: requiredText(msg('checks.label.name'), 100),
      role: z.enum(STAFF_ROLES, { error: zodText(msg('checks.staff.chooseRole')) }),
      active: z.boolean(),
    }),
    staffRecord,
    {
      invalidates: [
        'staff.list',
        'auth.status',
        'reception.day',
        'reception.bookings',
        'audit.history',
        'book.range',
        'book.toContact',
        'book.card',
      ],
    },
  ),
} as const;
