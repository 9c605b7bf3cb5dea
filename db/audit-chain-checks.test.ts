// The trail's hashes are compared as the text Stipple wrote: a hash of another length, or one stored
// as bytes instead of text, is an entry changed after it was written, never an error.
import { describe, expect, it } from 'vitest';
import { AUDIT_GENESIS, auditHash, checkAuditRows, deriveAuditSecret, type AuditRow } from './audit-chain';
import { TEST_KEY } from './testing';

const secret = deriveAuditSecret(TEST_KEY);
const body = {
  at: '2026-11-21T09:00:00.000Z',
  staffId: null,
  entity: 'client',
  entityId: '1',
  action: 'create',
  before: null,
  after: '{"firstName":"Ada"}',
  reason: null,
};
const hash = auditHash(secret, AUDIT_GENESIS, body);
const entry = (h: unknown): AuditRow => ({ id: 1, prevHash: AUDIT_GENESIS, hash: h as string, ...body });
const changed = { ok: false, entries: 1, last: null, problem: 'audit entry 1 was changed after it was written' };

describe('an entry’s hash', () => {
  it('that is the one Stipple wrote checks out', () => {
    expect(checkAuditRows([entry(hash)], secret)).toEqual({ ok: true, entries: 1, last: { id: 1, hash, at: body.at }, problem: null });
  });

  it('cut short or made longer is an entry changed after it was written', () => {
    expect(checkAuditRows([entry(hash.slice(0, 10))], secret)).toEqual(changed);
    expect(checkAuditRows([entry(`${hash}00`)], secret)).toEqual(changed);
  });

  it('stored as bytes rather than as its text is an entry changed after it was written', () => {
    expect(checkAuditRows([entry(Buffer.from(hash))], secret)).toEqual(changed);
    expect(checkAuditRows([entry(null)], secret)).toEqual(changed);
  });
});
