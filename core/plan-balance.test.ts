import { describe, expect, it } from 'vitest';
import { checkLedgerEntry, dueAtSession, dueBySession, majorToMinor, planBalance, splitEvenly, type LedgerEntry } from './plan-balance';

const pay = (amountMinor: number): LedgerEntry => ({ kind: 'payment', amountMinor });
const refund = (amountMinor: number): LedgerEntry => ({ kind: 'refund', amountMinor });
const discount = (amountMinor: number): LedgerEntry => ({ kind: 'discount', amountMinor });

describe('plan balance across minor units', () => {
  it('GBP (2 digits): partial payments, a deposit, a discount and a refund', () => {
    const plan = { priceMinor: 150_000, currency: 'GBP', quotedSessions: 3 };
    const b = planBalance(plan, [pay(50_000), discount(10_000), pay(20_050), refund(5_025)], 5_000);
    expect(b).toEqual({
      priceMinor: 150_000,
      discountedMinor: 10_000,
      paidMinor: 75_050,
      refundedMinor: 5_025,
      netPaidMinor: 70_025,
      owedMinor: 69_975,
      creditMinor: 0,
    });
  });

  it('JPY (no minor unit): ¥180,000 over three sessions, paid in full then overpaid shows a credit', () => {
    const plan = { priceMinor: 180_000, currency: 'JPY', quotedSessions: 3 };
    expect(majorToMinor('60000', 'JPY')).toBe(60_000);
    expect(majorToMinor('60000.5', 'JPY')).toBeNull();
    const b = planBalance(plan, [pay(60_000), pay(60_000), pay(70_000)]);
    expect(b.owedMinor).toBe(0);
    expect(b.creditMinor).toBe(10_000);
  });

  it('KWD (3 digits): 1.250 dinars is 1250 fils; 1.2505 is too fine', () => {
    expect(majorToMinor('1.250', 'KWD')).toBe(1_250);
    expect(majorToMinor('1.25', 'KWD')).toBe(1_250);
    expect(majorToMinor('1.2505', 'KWD')).toBeNull();
    const plan = { priceMinor: 300_000, currency: 'KWD', quotedSessions: 2 };
    expect(planBalance(plan, [pay(1_250), refund(250)]).owedMinor).toBe(299_000);
  });

  it('GBP: 12.345 is refused, 12.3 is 1230 pence', () => {
    expect(majorToMinor('12.345', 'GBP')).toBeNull();
    expect(majorToMinor('12.3', 'GBP')).toBe(1_230);
    expect(majorToMinor('-5', 'GBP')).toBeNull();
  });
});

describe('what is due per session', () => {
  it('split evenly: the remainder goes on the first sessions and the parts add up', () => {
    expect(splitEvenly(100_000, 3)).toEqual([33_334, 33_333, 33_333]);
    const due = dueBySession({ priceMinor: 100_000, currency: 'GBP', quotedSessions: 3 }, 0, 'split_evenly');
    expect(due.reduce((s, d) => s + d, 0)).toBe(100_000);
  });

  it('first payment then the rest, after a discount', () => {
    const due = dueBySession({ priceMinor: 200_000, currency: 'GBP', quotedSessions: 3 }, 20_000, 'first_then_rest', 50);
    expect(due).toEqual([90_000, 45_000, 45_000]);
    expect(dueAtSession(due, 50_000, 1)).toBe(40_000);
    expect(dueAtSession(due, 50_000, 2)).toBe(85_000);
    expect(dueAtSession(due, 200_000, 3)).toBe(0);
  });

  it('JPY split leaves no fraction of a yen', () => {
    expect(dueBySession({ priceMinor: 100_000, currency: 'JPY', quotedSessions: 3 }, 0, 'first_then_rest', 33)).toEqual([
      33_000, 33_500, 33_500,
    ]);
  });
});

describe('bad entries', () => {
  const plan = { priceMinor: 100_000, currency: 'GBP', quotedSessions: 2 };
  const balance = planBalance(plan, [pay(30_000), discount(5_000)]);
  it.each([
    [{ kind: 'payment', amountMinor: 0, currency: 'GBP' }, 'amount', /above zero/],
    [{ kind: 'payment', amountMinor: -100, currency: 'GBP' }, 'amount', /above zero/],
    [{ kind: 'payment', amountMinor: 100, currency: 'EUR' }, 'currency', /priced in GBP/],
    [{ kind: 'payment', amountMinor: 1_234, currency: 'GBP', major: '12.345' }, 'amount', /2 decimal places/],
    [{ kind: 'refund', amountMinor: 30_001, currency: 'GBP' }, 'amount', /more than what has been paid/],
    [{ kind: 'discount', amountMinor: 95_001, currency: 'GBP' }, 'amount', /more than the price/],
  ] as const)('%j → %s', (entry, field, message) => {
    const r = checkLedgerEntry(plan, balance, entry);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.field).toBe(field);
      expect(r.message).toMatch(message);
    }
  });
  it('JPY: a decimal yen is refused with words that say so', () => {
    const jpy = { priceMinor: 100_000, currency: 'JPY', quotedSessions: 2 };
    const r = checkLedgerEntry(jpy, planBalance(jpy, []), { kind: 'payment', amountMinor: 5, currency: 'JPY', major: '5.5' });
    expect(r).toMatchObject({ ok: false, message: 'JPY has no smaller unit; enter a whole amount.' });
  });
  it('a refund of exactly what was paid is fine', () => {
    expect(checkLedgerEntry(plan, balance, { kind: 'refund', amountMinor: 30_000, currency: 'GBP' })).toEqual({ ok: true });
  });
});
