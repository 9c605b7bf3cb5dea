// The clinic's treatment rooms or chairs: the book's columns when the clinic books per room
// (settings.bookColumns), and what a booking may name beside its practitioner. Owner-managed in
// Settings; never deleted, only made inactive (a room in use is held by its sessions).
import { z } from 'zod';
import { id, requiredText, version } from './common';
import { change, query } from './define';
import { msg, zodText } from './words';

export const roomRecord = z.object({ id, name: z.string(), active: z.boolean(), displayOrder: z.number().int(), version });
export type RoomRecord = z.infer<typeof roomRecord>;

const roomName = requiredText(msg('checks.label.roomName'), 60);

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
        active: z.boolean({ error: zodText(msg('checks.rooms.sayActive')) }).optional(),
      })
      .refine((v) => v.name !== undefined || v.active !== undefined, { error: zodText(msg('checks.any.nothingToChange')), path: ['name'] }),
    roomRecord,
    { invalidates: ROOMS_SHOWN },
  ),
  /** One place left or right in the book's order: swaps with its neighbour. Answers the new order. */
  'rooms.move': change(
    z.object({
      id,
      expectedVersion: version,
      direction: z.enum(['earlier', 'later'], { error: zodText(msg('checks.rooms.sayDirection')) }),
    }),
    z.array(roomRecord),
    { invalidates: ROOMS_SHOWN },
  ),
} as const;
