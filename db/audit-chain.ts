// The audit log's hash chain: each entry's hash covers the previous hash and the entry itself, so an
// edit made outside the app breaks the chain. Written by api/audit.ts, checked by db/verify.ts.
import { createHash } from 'node:crypto';

export const AUDIT_GENESIS = 'stipple-audit-genesis';

export interface AuditRow {
  id: number;
  at: string;
  staffId: number | null;
  entity: string;
  entityId: string;
  action: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  prevHash: string;
  hash: string;
}

export function auditHash(prevHash: string, row: Omit<AuditRow, 'id' | 'prevHash' | 'hash'>): string {
  const body = JSON.stringify([prevHash, row.at, row.staffId, row.entity, row.entityId, row.action, row.before, row.after, row.reason]);
  return createHash('sha256').update(body).digest('hex');
}
