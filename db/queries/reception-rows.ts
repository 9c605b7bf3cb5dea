// What reception's reads return. Declared here, beside the queries that build them, so db/ needs
// nothing from the API; the contract's zod schemas (api/contract/reception.ts) are typed against these.
import type { BoardState, DepositStatus, PlanKind } from '../../core/vocabulary';

export interface BoardRow {
  /** Stable per plan × session number. */
  key: string;
  clientId: number;
  firstName: string;
  lastName: string;
  phone: string | null;
  planId: number;
  planKind: PlanKind;
  sessionNumber: number;
  quotedSessions: number;
  state: BoardState;
  depositId: number | null;
  depositStatus: DepositStatus | null;
  depositAmountMinor: number | null;
  depositPaidMinor: number;
  outstandingMinor: number;
  heldMinor: number;
  currency: string;
  /** What the client still owes on the whole plan (payments, deposits, discounts, refunds). */
  planOwedMinor: number;
  /** The session before this one: its date (performed, else booked) and whether it is done. */
  previousDate: string | null;
  previousPerformed: boolean;
  /** Days since the client's last performed session: this one's once it is done, else the one before. */
  daysSincePrevious: number | null;
  windowEarliest: string | null;
  windowLatest: string | null;
  bookedFor: string | null;
  sessionId: number | null;
  performedAt: string | null;
  recallOn: string | null;
  /** Not booked, and its window opens on or before the end of this week. */
  dueThisWeek: boolean;
}

export interface MoneyTotal {
  currency: string;
  outstandingMinor: number;
  heldMinor: number;
}

export interface Board {
  today: string;
  weekFrom: string;
  weekTo: string;
  rows: BoardRow[];
  /** Over every deposit on file, per currency. */
  totals: MoneyTotal[];
}

export interface Booking {
  sessionId: number;
  clientId: number;
  firstName: string;
  lastName: string;
  phone: string | null;
  bookedFor: string;
  /** How long the chair is taken from bookedFor. */
  lengthMinutes: number;
  number: number;
  kind: PlanKind;
  planId: number | null;
  quotedSessions: number | null;
  practitionerName: string | null;
  depositStatus: DepositStatus | null;
  outstandingMinor: number;
  currency: string | null;
  outsideWindowReason: string | null;
  depositOverrideReason: string | null;
  version: number;
}

export interface NextSession {
  planId: number;
  kind: PlanKind;
  number: number;
  quotedSessions: number;
  /** False when every quoted session is already booked or performed. */
  canBook: boolean;
  previous: { number: number; date: string; performed: boolean } | null;
  window: { earliest: string; latest: string | null } | null;
  deposit: { id: number; status: DepositStatus; amountMinor: number; paidMinor: number; currency: string; version: number } | null;
  recallOn: string | null;
}
