import { z } from 'zod';
import { HAIRLINE_REQUEST_KINDS, HAIRLINE_REQUEST_STATUSES } from '../../core/vocabulary';
import { id, notes, requiredText, version } from './common';
import { hairlineRequestRecord } from './chart';
import { change } from './define';

export const requestsContract = {
  'hairlineRequests.raise': change(
    z.object({
      clientId: id,
      raisedAtSessionId: id.nullable().default(null),
      kind: z.enum(HAIRLINE_REQUEST_KINDS, { error: 'Choose what the client asked for.' }),
      request: requiredText('what the client asked for', 1000),
    }),
    hairlineRequestRecord,
    { invalidates: ['clients.chart', 'audit.history'] },
  ),
  'hairlineRequests.setStatus': change(
    z
      .object({
        id,
        expectedVersion: version,
        status: z.enum(HAIRLINE_REQUEST_STATUSES),
        doneAtSessionId: id.nullable().default(null),
        note: notes('the note', 1000),
      })
      .superRefine((v, ctx) => {
        if (v.status === 'done' && !v.doneAtSessionId) {
          ctx.addIssue({ code: 'custom', path: ['doneAtSessionId'], message: 'Choose the session where it was done.' });
        }
      }),
    hairlineRequestRecord,
    { invalidates: ['clients.chart', 'audit.history'] },
  ),
} as const;
