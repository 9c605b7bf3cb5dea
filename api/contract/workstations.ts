// The clinic network, as the hub's owner manages it (Settings → Workstations): the paired
// workstations, a one-time code to pair another, and revoking one (a lost laptop). The pairing
// itself is not a channel: a workstation that is not paired yet has no session (network/hub-server.ts).
import { z } from 'zod';
import { id } from './common';
import { change, query } from './define';
import { msg, zodText } from './words';

export const workstationRecord = z.object({
  id,
  name: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type WorkstationRecord = z.infer<typeof workstationRecord>;

export const pairingCodeRecord = z.object({
  /** XXXX-XXXX-PPPP (api/pairing-code.ts); the last group names the hub's certificate. */
  code: z.string(),
  expiresAt: z.string(),
  /** Where workstations reach the hub: host:port. */
  address: z.string(),
  /** The hub certificate's SHA-256 fingerprint (AB:CD:…). */
  fingerprint: z.string(),
});
export type PairingCodeRecord = z.infer<typeof pairingCodeRecord>;

export const workstationsContract = {
  'workstations.list': query(z.object({}).default({}), z.array(workstationRecord)),
  'workstations.pairingCode': change(
    z.strictObject({}, { error: zodText(msg('checks.workstations.noDetails')) }).default({}),
    pairingCodeRecord,
    // A code is not a workstation until it is used; the list changes only then.
    { invalidates: [], because: 'a new code changes no answer: only pairing with it adds a workstation' },
  ),
  'workstations.revoke': change(z.object({ id, reason: z.string().trim().max(200).optional() }), workstationRecord, {
    invalidates: ['workstations.list'],
  }),
} as const;
