import { z } from 'zod';
import { HAIRLINE_REQUEST_KINDS, HAIRLINE_REQUEST_STATUSES } from '../../core/vocabulary';
import { id, notes, requiredText, version } from './common';
import { hairlineRequestRecord } from './chart';
import { change } from './define';
import { msg, zodText } from './words';

export const requestsContract = {
  'hairlineRequests.raise': change(
    z.object({
      clientId: id,
      raisedAtSessionId: id.nullable().default(null),
      kind: z.enum(HAIRLINE_REQUEST_KINDS, { error: zodText(msg('api.requests.chooseKind')) }),
      request: requiredText(msg('api.label.whatClientAsked'), 1000),
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
        note: notes(msg('api.label.note'), 1000),
      })
      .superRefine((v, ctx) => {
        if (v.status === 'done' && !v.doneAtSessionId) {
          ctx.addIssue({ code: 'custom', path: ['doneAtSessionId'], message: zodText(msg('api.requests.chooseSession')) });
        }
      }),
    hairlineRequestRecord,
    { invalidates: ['clients.chart', 'audit.history'] },
  ),
} as const;
