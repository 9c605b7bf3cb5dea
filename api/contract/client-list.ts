// The client list page: search, sort by any column, page through with limit/offset.
import { z } from 'zod';
import { CLIENT_LIST_SORTS } from '../../core/client-list';
import { id } from './common';
import { query } from './define';
import { msg, zodText } from './words';

export const clientListEntry = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  performedSessions: z.number().int(),
  quotedSessions: z.number().int().nullable(),
  lastSessionAt: z.string().nullable(),
  nextDue: z.string().nullable(),
  nextBooked: z.boolean(),
  /** The touch-up recall passed more than a year ago with nothing booked: shown as "lapsed", no date due. */
  lapsed: z.boolean(),
  depositStatus: z.string().nullable(),
});
export type ClientListEntry = z.infer<typeof clientListEntry>;

export const clientListContract = {
  'clients.list': query(
    z.object({
      query: z.string().max(100).default(''),
      sort: z.enum(CLIENT_LIST_SORTS, { error: zodText(msg('checks.clientList.sort')) }).default('name'),
      descending: z.boolean().default(false),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).max(10_000_000).default(0),
    }),
    z.object({ rows: z.array(clientListEntry), total: z.number().int() }),
  ),
} as const;
