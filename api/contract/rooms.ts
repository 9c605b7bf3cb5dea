// The clinic's treatment rooms or chairs: the book's columns when the clinic books per room
// (settings.bookColumns), and what a booking may name beside its practitioner. Owner-managed in
// Settings; never deleted, only made inactive (a room in use is held by its sessions).
import { z } from 'zod';
import { id, requiredText, version } from './common';
import { change, query } from './define';

export const roomRecord = z.object({ id, name: z.string(), active: z.boolean(), displayOrder: z.number().int(), version });
export type RoomRecord = z.infer<typeof roomRecord>;

const roomName = requiredText('the room’s name', 60);

/** A room's name and order show in the book's columns, its booking form and Settings. */
const ROOMS_SHOWN = ['rooms.list', 'book.range', 'audit.history'] as const;

export const roomsContract = {
  /** Every room, active or not, in the book's order. */
  'rooms.list': query(z.object({}).default({}), z.array(roomRecord)),
  'rooms.add': change(z.object({ name: roomName }), roomRecord, { invalidates: ROOMS_SHOWN }),
  // Rename, take out of use or bring back. Bookings keep their room either way.
  'rooms.update': change(
    z
      .object({
        id,
        expectedVersion: version,
        name: roomName.optional(),
        active: z.boolean({ error: 'Say whether the room is in use.' }).optional(),
      })
      .refine((v) => v.name !== undefined || v.active !== undefined, { error: 'Nothing to change.', path: ['name'] }),
    roomRecord,
    { invalidates: ROOMS_SHOWN },
  ),
  /** One place left or right in the book's order: swaps with its neighbour. Answers the new order. */
  'rooms.move': change(
    z.object({ id, expectedVersion: version, direction: z.enum(['earlier', 'later'], { error: 'Say which way to move the room.' }) }),
    z.array(roomRecord),
    { invalidates: ROOMS_SHOWN },
  ),
} as const;
