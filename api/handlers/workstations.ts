// Settings → Workstations on the hub: the paired workstations, a one-time pairing code, revoking
// one. Pairing with a code is api/pair-workstation.ts (no session: the device is not paired yet).
import { allWorkstations, workstationById } from '../../db/queries/workstations';
import { preparedOnce } from '../../db/prepared';
import { writeAudit } from '../audit';
import type { WorkstationRecord } from '../contract/workstations';
import { newPairingCode, PAIRING_CODE_MINUTES } from '../pairing-code';
import { fail } from '../result';
import { mustExist } from './util';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

const insertCode = preparedOnce(
  'INSERT INTO pairing_codes (code_hash, created_at, expires_at, created_by) VALUES (?, ?, ?, ?) RETURNING id',
  {
    pluck: true,
  },
);
const revoke = preparedOnce('UPDATE workstations SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL');

export const workstationHandlers: HandlerMap<'workstations.list' | 'workstations.pairingCode' | 'workstations.revoke'> = {
  'workstations.list'(ctx) {
    return allWorkstations(ctx.sqlite);
  },
  'workstations.pairingCode'(ctx) {
    const hub = ctx.hub?.() ?? null;
    if (!hub) throw fail.rule(msg('refusals.workstations.notHub'));
    const now = ctx.now();
    const expiresAt = new Date(now.getTime() + PAIRING_CODE_MINUTES * 60_000).toISOString();
    const { code, codeHash } = newPairingCode(hub.fingerprint);
    const id = insertCode(ctx.sqlite).get(codeHash, now.toISOString(), expiresAt, ctx.actorId) as number;
    // The code itself is never stored or audited: only that one was made, by whom, until when.
    writeAudit(ctx, { entity: 'pairing_code', entityId: id, action: 'create', after: { expiresAt } });
    return { code, expiresAt, address: hub.address, fingerprint: hub.fingerprint };
  },
  'workstations.revoke'(ctx, { id, reason }) {
    const before: WorkstationRecord = mustExist(workstationById(ctx.sqlite, id), msg('refusals.record.theWorkstation'));
    if (before.revokedAt !== null) throw fail.rule(msg('refusals.workstations.alreadyRevoked', { name: before.name }));
    revoke(ctx.sqlite).run(ctx.now().toISOString(), ctx.actorId, id);
    const after = workstationById(ctx.sqlite, id)!;
    writeAudit(ctx, { entity: 'workstation', entityId: id, action: 'revoke', before, after, reason: reason ?? null });
    return after;
  },
};
