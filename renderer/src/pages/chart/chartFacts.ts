// Derived facts for the chart header and the session form: pure functions over the chart record.
import { bookingWindow, type BookingWindow, type WindowSettings } from '../../../../core/booking';
import { localDateOf } from '../../../../core/dates';
import type { ChartRecord, ContraindicationRecord } from '../../../../api/contract/chart';
import { t } from '../../i18n';

export type ChartSessionRecord = ChartRecord['sessions'][number];

/** Contraindications that matter on `today`: unresolved absolute, unexpired temporary, letter not received. */
export function currentContraindications(list: ContraindicationRecord[], today: string): ContraindicationRecord[] {
  return list.filter(
    (c) =>
      c.resolvedAt === null &&
      (c.tier === 'absolute' ||
        (c.tier === 'temporary' && (c.until === null || c.until > today)) ||
        (c.tier === 'doctor_letter' && c.doctorLetterReceivedAt === null)),
  );
}

/** Performed sessions, newest first (the chart already orders sessions newest first). */
export function performedSessions(chart: ChartRecord): ChartSessionRecord[] {
  return chart.sessions.filter((s) => s.status === 'performed');
}

/** The plan in progress: the newest active or quoted plan. */
export function currentPlan(chart: ChartRecord) {
  return chart.plans.find((p) => p.status === 'active') ?? chart.plans.find((p) => p.status === 'quoted') ?? null;
}

/** "Session 2 of 3" — how far the current plan has come. */
export function planProgress(chart: ChartRecord): string {
  const plan = currentPlan(chart);
  const done = performedSessions(chart).filter(
    (s) => (plan ? s.planId === plan.id || s.planId === null : true) && s.kind === (plan?.kind ?? 'course'),
  );
  if (!plan) return done.length === 0 ? t('chart.progress.noPlan') : t('chart.progress.doneNoPlan', { count: done.length });
  const n = Math.min(done.length, plan.quotedSessions);
  return n === 0
    ? t('chart.progress.notStarted', { quoted: plan.quotedSessions })
    : t('chart.progress.done', { kind: plan.kind, done: n, quoted: plan.quotedSessions });
}

/** When the next session may be booked, counted from the last performed one. */
export function nextWindow(chart: ChartRecord, settings: WindowSettings): { number: number; window: BookingWindow | null } | null {
  const last = performedSessions(chart).find((s) => s.kind === 'course');
  if (!last?.performedAt) return null;
  const plan = currentPlan(chart);
  if (plan && last.number >= plan.quotedSessions) return null;
  const number = last.number + 1;
  return { number, window: bookingWindow(number, localDateOf(last.performedAt), settings) };
}

/** The deposit that matters most now: one still required, else the newest. */
export function headlineDeposit(chart: ChartRecord) {
  return chart.deposits.find((d) => d.status === 'required') ?? chart.deposits.at(-1) ?? null;
}
