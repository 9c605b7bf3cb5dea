// The link to the clinic's hub, as the header shows it. On the hub (or a Stipple on its own) the
// answer is always "local"; a workstation's API answers it itself and tells every window that it is
// stale whenever the link or the outbox changes (a `stale` event naming 'network.status').
import { z } from 'zod';
import { change, query } from './define';
import { msg, zodText } from './words';

export const attentionItem = z.object({
  key: z.string(),
  channel: z.string(),
  savedAt: z.string(),
  /** Why the hub refused it, as the hub said it (a conflict names the record). */
  message: z.string(),
  /** For a conflict: the record as it is on the hub now. */
  current: z.unknown().optional(),
  /** What was saved at this workstation (the change's input), to compare with `current`. */
  input: z.unknown().optional(),
});
export type AttentionItem = z.infer<typeof attentionItem>;

export const linkStatus = z.object({
  /** 'local': this Stipple holds the data itself; 'workstation': it calls a hub. */
  role: z.enum(['local', 'workstation']),
  /** 'sending': the hub is back and the outbox is being sent. */
  link: z.enum(['connected', 'offline', 'sending']),
  /** Changes saved here and not yet applied at the hub (drafts, sent with them, are not counted). */
  waiting: z.number().int().nonnegative(),
  needsAttention: z.array(attentionItem),
  /** When the copy of today's clients was last brought up to date (null: never). */
  copiedAt: z.string().nullable(),
});
export type LinkStatus = z.infer<typeof linkStatus>;

/** The clinic's hub on this computer, as Settings → Workstations shows it (network/serve-as-hub.ts keeps it). */
export const hubState = z.object({
  /** 'off': the switch is off; 'failed': it is on but the hub could not listen (`problem` says why). */
  state: z.enum(['off', 'starting', 'serving', 'failed']),
  /** Where workstations reach it (host:port), while serving. */
  address: z.string().nullable(),
  /** The hub certificate's SHA-256 fingerprint, while serving. */
  fingerprint: z.string().nullable(),
  /** Why it is not serving, as a plain sentence for the owner. */
  problem: z.string().nullable(),
});
export type HubState = z.infer<typeof hubState>;

export const hubStatus = hubState.extend({
  /** This computer's network addresses, for the owner to choose where the hub listens. */
  addresses: z.array(z.object({ address: z.string(), network: z.string() })),
});
export type HubStatus = z.infer<typeof hubStatus>;

/** What the person chose for a change the hub refused: send it again as it is, send it over the other person's change, or let it go. */
export const resolveAction = z.enum(['retry', 'overwrite', 'dismiss'], {
  error: zodText(msg('checks.network.resolve')),
});

const ADDRESS = zodText(msg('checks.network.address'));
const CODE = zodText(msg('checks.network.code'));
const NAME = zodText(msg('checks.network.name'));

/** Joining the clinic's hub from the first-run screen: what the hub's "Add a workstation" shows, and this computer's name. */
export const joinHubInput = z.object({
  address: z
    .string({ error: ADDRESS })
    .trim()
    .regex(/^(\[[0-9a-fA-F:.]+\]|[^\s:[\]]+):\d{1,5}$/, { error: ADDRESS }),
  // Dashes, spaces and small letters are allowed, as people type them; the link checks the letters themselves.
  code: z
    .string({ error: CODE })
    .trim()
    .refine((typed) => typed.replace(/[\s-]/g, '').length === 12 && /^[0-9a-z\s-]+$/i.test(typed), { error: CODE }),
  name: z
    .string({ error: NAME })
    .trim()
    .min(1, { error: NAME })
    .max(60, { error: zodText(msg('checks.network.nameTooLong')) }),
});
export type JoinHubInput = z.infer<typeof joinHubInput>;

export const networkContract = {
  'network.status': query(z.object({}).default({}), linkStatus),
  'network.hubStatus': query(z.object({}).default({}), hubStatus),
  // Answered by a workstation itself (its outbox is on that computer); a Stipple holding its own data has none.
  'network.resolve': change(
    z.object({
      key: z
        .string({ error: zodText(msg('checks.network.sayWhichChange')) })
        .min(1, { error: zodText(msg('checks.network.sayWhichChange')) }),
      action: resolveAction,
    }),
    linkStatus,
    { invalidates: ['network.status'] },
  ),
  // This computer becomes a workstation of the clinic's hub: every answer after it comes from the hub.
  'network.join': change(joinHubInput, z.object({ name: z.string(), address: z.string() }), { invalidates: 'all' }),
} as const;

const changes = (n: number) => `${n} change${n === 1 ? '' : 's'}`;

/**
 * The header's line, or null when there is nothing to say (a local Stipple, or connected and idle).
 * `timeOf` writes the copy's time for people (the renderer passes its locale formatter).
 */
export function linkHeadline(status: LinkStatus, timeOf: (instant: string) => string = (i) => `${i.slice(11, 16)} UTC`): string | null {
  const attention = status.needsAttention.length;
  const tail = attention > 0 ? ` ${changes(attention)} need${attention === 1 ? 's' : ''} attention.` : '';
  if (status.link === 'offline') {
    const copy = status.copiedAt ? ` Charts shown as copied at ${timeOf(status.copiedAt)}.` : '';
    return `Offline: ${changes(status.waiting)} waiting.${copy}${tail}`;
  }
  if (status.link === 'sending') return `Back online, sending${status.waiting > 0 ? ` ${changes(status.waiting)}` : ''}…${tail}`;
  return tail ? tail.trim() : null;
}
