import { formatMoney } from './money';
import type { DepositStatus } from './vocabulary';

// The deposit lifecycle: required → paid → applied, or refunded / forfeited / waived.
const ALLOWED: Record<DepositStatus, readonly DepositStatus[]> = {
  required: ['paid', 'refunded', 'waived', 'forfeited'],
  paid: ['applied', 'refunded', 'forfeited'],
  applied: [],
  refunded: [],
  forfeited: [],
  waived: [],
};

export type TransitionCheck = { ok: true } | { ok: false; message: string };

export function checkDepositTransition(from: DepositStatus, to: DepositStatus): TransitionCheck {
  if (from === to) return { ok: false, message: `The deposit is already ${to}.` };
  if (ALLOWED[from].includes(to)) return { ok: true };
  if (ALLOWED[from].length === 0) {
    return { ok: false, message: `A deposit that is ${from} is final and cannot become ${to}.` };
  }
  if (from === 'required' && to === 'applied') {
    return { ok: false, message: 'A deposit that is required must be paid before it can be applied to a session.' };
  }
  return {
    ok: false,
    message: `A deposit that is ${from} cannot become ${to}; it can become ${ALLOWED[from].join(' or ')}.`,
  };
}

export function nextDepositStatuses(from: DepositStatus): readonly DepositStatus[] {
  return ALLOWED[from];
}

export interface DepositMoney {
  status: DepositStatus;
  amountMinor: number;
  paidMinor: number;
  currency: string;
}

/**
 * A change checked against the money too: a partial payment can be refunded or forfeited but not
 * waived (the client has paid something), and a deposit with nothing paid can only be waived.
 */
export function checkDepositChange(d: DepositMoney, to: DepositStatus, locale?: string): TransitionCheck {
  const base = checkDepositTransition(d.status, to);
  if (!base.ok || d.status !== 'required') return base;
  const paid = formatMoney(d.paidMinor, d.currency, locale);
  if (to === 'paid' && d.paidMinor < d.amountMinor) {
    return {
      ok: false,
      message: `Only ${paid} of ${formatMoney(d.amountMinor, d.currency, locale)} has been paid; record the rest as a payment.`,
    };
  }
  if ((to === 'refunded' || to === 'forfeited') && d.paidMinor === 0) {
    return { ok: false, message: `Nothing has been paid towards this deposit, so it cannot be ${to}; waive it instead.` };
  }
  if (to === 'waived' && d.paidMinor > 0) {
    return { ok: false, message: `${paid} has already been paid; refund or forfeit it rather than waiving the deposit.` };
  }
  return { ok: true };
}

/** A payment towards a deposit: only while it is required, and never more than what is left. */
export function checkPayment(d: DepositMoney, amountMinor: number, locale?: string): TransitionCheck {
  if (d.status !== 'required') return { ok: false, message: `This deposit is ${d.status}; no payment is due.` };
  const left = d.amountMinor - d.paidMinor;
  if (amountMinor > left) {
    return { ok: false, message: `Only ${formatMoney(left, d.currency, locale)} is outstanding on this deposit.` };
  }
  return { ok: true };
}

/** What the client still owes on a deposit. */
export function outstandingMinor(d: DepositMoney): number {
  return d.status === 'required' ? d.amountMinor - d.paidMinor : 0;
}

/** Money the clinic holds for a session not yet performed: paid in, not yet applied or returned. */
export function heldMinor(d: DepositMoney): number {
  return d.status === 'required' || d.status === 'paid' ? d.paidMinor : 0;
}
