import { describe, expect, it } from 'vitest';
import { checkCorrection, correctableMinor, type LedgerKind } from './plan-balance';

const entry = (id: number, kind: LedgerKind, amountMinor: number, correctsId: number | null = null) => ({
  id,
  kind,
  amountMinor,
  correctsId,
});

describe('the clinic rule for corrections', () => {
  const payment = entry(1, 'payment', 60_000);
  const ledger = [payment, entry(2, 'refund', 10_000, 1), entry(3, 'discount', 5_000), entry(4, 'refund', 2_000)];

  it('takes part of a payment off, then the rest, and no more', () => {
    expect(correctableMinor(payment, ledger)).toBe(50_000);
    expect(checkCorrection(payment, ledger, { kind: 'refund', amountMinor: 50_000 })).toEqual({ ok: true });
    expect(checkCorrection(payment, ledger, { kind: 'refund', amountMinor: 50_001 })).toEqual({
      ok: false,
      field: 'amount',
      message: 'A correction cannot be more than what is left of the payment it corrects.',
    });
  });
  it('a correction larger than the original payment is refused on the amount', () => {
    expect(checkCorrection(payment, [payment], { kind: 'refund', amountMinor: 60_001 })).toMatchObject({ ok: false, field: 'amount' });
  });
  it('a correction of a correction is refused: the payment it corrects is the one to correct', () => {
    expect(checkCorrection(ledger[1]!, ledger, { kind: 'refund', amountMinor: 100 })).toMatchObject({
      ok: false,
      field: 'correctsId',
      message: expect.stringMatching(/itself a correction/),
    });
    expect(correctableMinor(ledger[1]!, ledger)).toBe(0);
  });
  it('only a payment is corrected; a refund or a discount gets a new entry of its own', () => {
    expect(checkCorrection(ledger[2]!, ledger, { kind: 'refund', amountMinor: 100 })).toMatchObject({
      ok: false,
      field: 'correctsId',
      message: expect.stringMatching(/Only a payment can be corrected. A discount/),
    });
    expect(checkCorrection(ledger[3]!, ledger, { kind: 'refund', amountMinor: 100 })).toMatchObject({ ok: false, field: 'correctsId' });
    expect(correctableMinor(ledger[2]!, ledger)).toBe(0);
  });
  it('a correction is a refund-kind entry: a payment or discount pointing at a payment is refused on the kind', () => {
    for (const kind of ['payment', 'discount'] as const) {
      expect(checkCorrection(payment, ledger, { kind, amountMinor: 100 })).toMatchObject({ ok: false, field: 'kind' });
    }
  });
});
