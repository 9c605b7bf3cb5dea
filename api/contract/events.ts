// What the API tells a session without being asked: queries another session's change made stale,
// the progress of a long task this session started, and that the session was signed out (idle on
// the server, or everyone after a restore). Electron sends these to each window; the browser host
// streams them as Server-Sent Events on GET /api/events. The renderer validates them with this schema.
import { z } from 'zod';

export const TASK_STEP_MAX = 200;

export const serverEvent = z.discriminatedUnion('type', [
  /** These query channels' answers may have changed: refetch any of them on screen. 'all': everything. */
  z.object({ type: z.literal('stale'), channels: z.union([z.literal('all'), z.array(z.string().max(100)).max(200)]) }),
  /** A long task of this session (backup, restore, verify, export, import) is under way. */
  z.object({
    type: z.literal('progress'),
    /** The task's channel, e.g. 'safety.export'. */
    task: z.string().max(100),
    /** What is being done now, for the person watching ("Writing charts"). */
    step: z.string().max(TASK_STEP_MAX),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
  /** This session is no longer signed in: the page shows the sign-in panel over what it holds. */
  z.object({ type: z.literal('signed_out'), reason: z.enum(['idle', 'restore', 'signed_out']) }),
]);
export type ServerEvent = z.infer<typeof serverEvent>;
export type TaskProgress = Extract<ServerEvent, { type: 'progress' }>;
