import { z } from 'zod';
import { STAFF_ROLES } from '../../core/vocabulary';
import { id, requiredText, version } from './common';
import { staffRecord } from './chart';
import { change, query } from './define';

export const staffContract = {
  'staff.list': query(z.object({ includeInactive: z.boolean().default(false) }), z.array(staffRecord)),
  'staff.create': change(
    z.object({ name: requiredText('the name', 100), role: z.enum(STAFF_ROLES, { error: 'Choose a role.' }) }),
    staffRecord,
    // No PIN yet, so not among those who can sign in: only the staff list shows them.
    { invalidates: ['staff.list', 'book.range'] },
  ),
  'staff.update': change(
    z.object({
      id,
      expectedVersion: version,
      name: requiredText('the name', 100),
      role: z.enum(STAFF_ROLES, { error: 'Choose a role.' }),
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
