import type { DepositStatus } from './vocabulary';

// Deposit lifecycle from DESIGN.md: required → paid → applied, or refunded / forfeited / waived.
const ALLOWED: Record<DepositStatus, readonly DepositStatus[]> = {
  required: ['paid', 'waived', 'forfeited'],
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
  return {
    ok: false,
    message: `A deposit that is ${from} cannot become ${to}; it can become ${ALLOWED[from].join(' or ')}.`,
  };
}

export function nextDepositStatuses(from: DepositStatus): readonly DepositStatus[] {
  return ALLOWED[from];
}
