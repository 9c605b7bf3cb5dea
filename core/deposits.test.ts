import { describe, expect, it } from 'vitest';
import { checkDepositChange, checkDepositTransition, checkPayment, heldMinor, nextDepositStatuses, outstandingMinor } from './deposits';
import { DEPOSIT_STATUSES, type DepositStatus } from './vocabulary';
import { translate } from './i18n/translate';

describe('deposit lifecycle', () => {
  it('allows the documented path required → paid → applied', () => {
    expect(checkDepositTransition('required', 'paid')).toEqual({ ok: true });
    expect(checkDepositTransition('paid', 'applied')).toEqual({ ok: true });
  });

  it('allows the side exits: required → refunded / waived / forfeited, paid → refunded / forfeited', () => {
    for (const to of ['refunded', 'waived', 'forfeited'] as const) expect(checkDepositTransition('required', to).ok).toBe(true);
    for (const to of ['refunded', 'forfeited'] as const) expect(checkDepositTransition('paid', to).ok).toBe(true);
  });

  // Every refused transition, each with the exact message reception sees.
  const refused: [DepositStatus, DepositStatus, string][] = [
    ['required', 'required', 'The deposit is already required.'],
    ['required', 'applied', 'A deposit that is required must be paid before it can be applied to a session.'],
    ['paid', 'paid', 'The deposit is already paid.'],
    ['paid', 'required', 'A deposit that is paid cannot become required; it can become applied or refunded or forfeited.'],
    ['paid', 'waived', 'A deposit that is paid cannot become waived; it can become applied or refunded or forfeited.'],
    ...(['applied', 'refunded', 'forfeited', 'waived'] as const).flatMap((from) =>
      DEPOSIT_STATUSES.map((to): [DepositStatus, DepositStatus, string] => [
        from,
        to,
        from === to ? `The deposit is already ${to}.` : `A deposit that is ${from} is final and cannot become ${to}.`,
      ]),
    ),
  ];

  it.each(refused)('refuses %s → %s', (from, to, message) => {
    expect(checkDepositTransition(from, to)).toMatchObject({ ok: false, message });
  });

  it('covers every pair: 7 allowed, 29 refused', () => {
    const pairs = DEPOSIT_STATUSES.flatMap((from) => DEPOSIT_STATUSES.map((to) => checkDepositTransition(from, to).ok));
    expect(pairs.filter(Boolean)).toHaveLength(7);
    expect(refused).toHaveLength(29);
  });

  it('treats every end state as final', () => {
    for (const end of ['applied', 'refunded', 'forfeited', 'waived'] as const) expect(nextDepositStatuses(end)).toEqual([]);
  });
});

describe('deposit changes checked against the money', () => {
  const d = (status: DepositStatus, paidMinor: number) => ({ status, amountMinor: 10000, paidMinor, currency: 'GBP' });

  it('refuses marking a part-paid deposit paid', () => {
    expect(checkDepositChange(d('required', 4000), 'paid', 'en-GB')).toMatchObject({
      ok: false,
      message: 'Only £40.00 of £100.00 has been paid; record the rest as a payment.',
    });
  });
  it('refuses refunding or forfeiting a deposit with nothing paid', () => {
    expect(checkDepositChange(d('required', 0), 'refunded')).toMatchObject({
      ok: false,
      message: 'Nothing has been paid towards this deposit, so it cannot be refunded; waive it instead.',
    });
    expect(checkDepositChange(d('required', 0), 'forfeited')).toMatchObject({
      ok: false,
      message: 'Nothing has been paid towards this deposit, so it cannot be forfeited; waive it instead.',
    });
  });
  it('refuses waiving a deposit that is part-paid', () => {
    expect(checkDepositChange(d('required', 4000), 'waived', 'en-GB')).toMatchObject({
      ok: false,
      message: '£40.00 has already been paid; refund or forfeit it rather than waiving the deposit.',
    });
  });
  it('allows the sensible ones', () => {
    expect(checkDepositChange(d('required', 0), 'waived')).toEqual({ ok: true });
    expect(checkDepositChange(d('required', 4000), 'refunded')).toEqual({ ok: true });
    expect(checkDepositChange(d('required', 4000), 'forfeited')).toEqual({ ok: true });
    expect(checkDepositChange(d('paid', 10000), 'applied')).toEqual({ ok: true });
  });
  it('marks a deposit paid once all of it has been paid', () => {
    expect(checkDepositChange(d('required', 10000), 'paid')).toEqual({ ok: true });
  });
  it('never applies a required deposit to a session, even one fully paid', () => {
    expect(checkDepositChange(d('required', 10000), 'applied')).toMatchObject({
      ok: false,
      message: 'A deposit that is required must be paid before it can be applied to a session.',
    });
  });
  it('still refuses what the lifecycle refuses', () => {
    expect(checkDepositChange(d('applied', 10000), 'paid')).toMatchObject({
      ok: false,
      message: 'A deposit that is applied is final and cannot become paid.',
    });
  });
});

describe('payments and totals', () => {
  const d = (status: DepositStatus, paidMinor: number) => ({ status, amountMinor: 10000, paidMinor, currency: 'GBP' });
  it('takes a partial payment and refuses more than is left', () => {
    expect(checkPayment(d('required', 0), 4000)).toEqual({ ok: true });
    expect(checkPayment(d('required', 4000), 6000)).toEqual({ ok: true }); // exactly what is left
    expect(checkPayment(d('required', 4000), 7000, 'en-GB')).toMatchObject({
      ok: false,
      message: 'Only £60.00 is outstanding on this deposit.',
    });
    expect(checkPayment(d('paid', 10000), 100)).toMatchObject({ ok: false, message: 'This deposit is paid; no payment is due.' });
    expect(checkPayment(d('waived', 0), 100)).toMatchObject({ ok: false, message: 'This deposit is waived; no payment is due.' });
  });
  it('counts outstanding and held money', () => {
    expect([outstandingMinor(d('required', 4000)), heldMinor(d('required', 4000))]).toEqual([6000, 4000]);
    expect([outstandingMinor(d('paid', 10000)), heldMinor(d('paid', 10000))]).toEqual([0, 10000]);
    expect([outstandingMinor(d('applied', 10000)), heldMinor(d('applied', 10000))]).toEqual([0, 0]);
    expect([outstandingMinor(d('forfeited', 4000)), heldMinor(d('forfeited', 4000))]).toEqual([0, 0]);
  });
});

describe('a deposit refusal in the reader’s language', () => {
  it('says the same refusal in German and Spanish by its id, the money as the handler formats it', () => {
    const d = { status: 'required' as const, amountMinor: 10_000, paidMinor: 2_500, currency: 'EUR' };
    const check = checkDepositChange(d, 'paid', 'de-DE');
    if (check.ok) throw new Error('expected a refusal');
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' '); // the locale's narrow spaces
    expect(plain(check.message)).toBe('Only 25,00 € of 100,00 € has been paid; record the rest as a payment.');
    expect(plain(translate('de-DE', check.says.id, check.says.values))).toBe(
      'Erst 25,00 € von 100,00 € sind bezahlt; erfassen Sie den Rest als Zahlung.',
    );
    const final = checkDepositTransition('applied', 'refunded');
    if (final.ok) throw new Error('expected a refusal');
    expect(translate('de-DE', final.says.id, final.says.values)).toBe(
      'Eine Anzahlung, die verrechnet ist, ist endgültig und kann nicht erstattet werden.',
    );
    const paid = checkDepositTransition('paid', 'waived');
    if (paid.ok) throw new Error('expected a refusal');
    expect(paid.message).toBe('A deposit that is paid cannot become waived; it can become applied or refunded or forfeited.');
    expect(translate('es-ES', paid.says.id, paid.says.values)).toBe(
      'Un depósito pagado no puede pasar a condonado; puede pasar a aplicado, reembolsado o retenido.',
    );
  });
});
