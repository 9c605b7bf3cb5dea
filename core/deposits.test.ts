import { describe, expect, it } from 'vitest';
import { checkDepositTransition, nextDepositStatuses } from './deposits';
import { DEPOSIT_STATUSES } from './vocabulary';

describe('deposit lifecycle', () => {
  it('allows the documented path required → paid → applied', () => {
    expect(checkDepositTransition('required', 'paid')).toEqual({ ok: true });
    expect(checkDepositTransition('paid', 'applied')).toEqual({ ok: true });
  });

  it('refuses applied → paid with a message that names both states', () => {
    const r = checkDepositTransition('applied', 'paid');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/applied.*final.*paid/);
  });

  it('treats every end state as final', () => {
    for (const end of ['applied', 'refunded', 'forfeited', 'waived'] as const) {
      expect(nextDepositStatuses(end)).toEqual([]);
      for (const to of DEPOSIT_STATUSES) expect(checkDepositTransition(end, to).ok).toBe(false);
    }
  });

  it('refuses skipping payment: required → applied', () => {
    const r = checkDepositTransition('required', 'applied');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('paid');
  });
});
