import { translate, type MessageId } from './i18n/translate';
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

/** A refusal: `message` in English, `says` the same by message id for the caller's language. */
export type TransitionCheck = { ok: true } | { ok: false; message: string; says: { id: MessageId; values: Record<string, string> } };

function refused(id: MessageId, values: Record<string, string> = {}): TransitionCheck {
  return { ok: false, message: translate('en-GB', id, values), says: { id, values } };
}

export function checkDepositTransition(from: DepositStatus, to: DepositStatus): TransitionCheck {
  if (from === to) return refused('depositRules.already', { to });
  if (ALLOWED[from].includes(to)) return { ok: true };
  if (ALLOWED[from].length === 0) {
    return refused('depositRules.final', { from, to });
  }
  if (from === 'required' && to === 'applied') {
    return refused('depositRules.payFirst');
  }
  return refused('depositRules.cannotBecome', { from, to });
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
    return refused('depositRules.partlyPaid', { paid, amount: formatMoney(d.amountMinor, d.currency, locale) });
  }
  if ((to === 'refunded' || to === 'forfeited') && d.paidMinor === 0) {
    return refused('depositRules.nothingPaid', { to });
  }
  if (to === 'waived' && d.paidMinor > 0) {
    return refused('depositRules.somethingPaid', { paid });
  }
  return { ok: true };
}

/** A payment towards a deposit: only while it is required, and never more than what is left. */
export function checkPayment(d: DepositMoney, amountMinor: number, locale?: string): TransitionCheck {
  if (d.status !== 'required') return refused('depositRules.noPaymentDue', { status: d.status });
  const left = d.amountMinor - d.paidMinor;
  if (amountMinor > left) {
    return refused('depositRules.onlyOutstanding', { left: formatMoney(left, d.currency, locale) });
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
