// A workstation pairs with the hub: it shows the proof made from a one-time code (api/pairing-code.ts)
// and gets its device credential. Not an API channel: the device has no session yet, so the hub
// (network/hub-server.ts) calls this for its unauthenticated pairing request. A refusal writes
// nothing; a success marks the code used, adds the workstation and its audit entry in one transaction.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { preparedOnce } from '../db/prepared';
import { writeAudit } from './audit';
import { hashCredential, hashProof, newDeviceCredential } from './pairing-code';

export const pairRequest = z.object({
  name: z
    .string({ error: 'Give this workstation a name.' })
    .trim()
    .min(1, 'Give this workstation a name.')
    .max(60, 'A workstation’s name is at most 60 characters.'),
  /** base64url of 32 bytes */
  proof: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'That is not a pairing code.'),
});
export type PairRequest = z.infer<typeof pairRequest>;

export type PairOutcome =
  | { ok: true; workstationId: number; name: string; credential: string }
  | { ok: false; reason: 'wrong' | 'expired' | 'used'; message: string };

export const PAIRING_REFUSED = {
  wrong: 'That pairing code is not right. Check it with the owner, or ask for a new one in Settings → Workstations on the hub.',
  expired: 'That pairing code has expired (a code lasts 10 minutes). Ask the owner for a new one in Settings → Workstations.',
  used: 'That pairing code was already used: each code pairs one workstation. Ask the owner for a new one.',
} as const;

const codeByHash = preparedOnce(
  'SELECT id, expires_at AS expiresAt, used_at AS usedAt, created_by AS createdBy FROM pairing_codes WHERE code_hash = ?',
);
const useCode = preparedOnce('UPDATE pairing_codes SET used_at = ?, workstation_id = ? WHERE id = ? AND used_at IS NULL');
const insertWorkstation = preparedOnce(
  'INSERT INTO workstations (name, credential_hash, created_at, last_seen_at) VALUES (?, ?, ?, ?) RETURNING id',
  { pluck: true },
);

interface CodeRow {
  id: number;
  expiresAt: string;
  usedAt: string | null;
  createdBy: number | null;
}

export function pairWorkstation(sqlite: Database.Database, now: () => Date, request: PairRequest): PairOutcome {
  return sqlite
    .transaction((): PairOutcome => {
      const at = now();
      const code = codeByHash(sqlite).get(hashProof(request.proof)) as CodeRow | undefined;
      if (!code) return { ok: false, reason: 'wrong', message: PAIRING_REFUSED.wrong };
      if (code.usedAt !== null) return { ok: false, reason: 'used', message: PAIRING_REFUSED.used };
      if (Date.parse(code.expiresAt) <= at.getTime()) return { ok: false, reason: 'expired', message: PAIRING_REFUSED.expired };
      const credential = newDeviceCredential();
      const iso = at.toISOString();
      const id = insertWorkstation(sqlite).get(request.name, hashCredential(credential), iso, iso) as number;
      useCode(sqlite).run(iso, id, code.id);
      // The owner who made the code vouches for the device: the entry names them.
      writeAudit(
        { sqlite, now: () => at, actorId: code.createdBy },
        { entity: 'workstation', entityId: id, action: 'pair', after: { id, name: request.name, pairingCode: code.id } },
      );
      return { ok: true, workstationId: id, name: request.name, credential };
    })
    .immediate();
}
