// The owner's report periods as local calendar dates (both ends included), and the months in one.
import { addDays, localDateOf, type IsoDate } from './dates';

export const REPORT_PERIODS = ['this_month', 'last_month', 'this_year', 'custom'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

const monthStart = (y: number, m: number): IsoDate => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;

export function periodDates(period: Exclude<ReportPeriod, 'custom'>, today: Date): { from: IsoDate; to: IsoDate } {
  const [y, m] = localDateOf(today).split('-').map(Number) as [number, number];
  if (period === 'this_year') return { from: `${y}-01-01`, to: `${y}-12-31` };
  const [sy, sm] = period === 'this_month' ? [y, m] : m === 1 ? [y - 1, 12] : [y, m - 1];
  const [ny, nm] = sm === 12 ? [sy + 1, 1] : [sy, sm + 1];
  return { from: monthStart(sy, sm), to: addDays(monthStart(ny, nm), -1) };
}

/** Each month a period touches: its key 'YYYY-MM' and its days within the period. */
export function monthsOf(from: IsoDate, to: IsoDate): { month: string; from: IsoDate; to: IsoDate }[] {
  const out: { month: string; from: IsoDate; to: IsoDate }[] = [];
  let start = from;
  while (start <= to) {
    const [y, m] = start.split('-').map(Number) as [number, number];
    const next = m === 12 ? monthStart(y + 1, 1) : monthStart(y, m + 1);
    const end = addDays(next, -1) < to ? addDays(next, -1) : to;
    out.push({ month: start.slice(0, 7), from: start, to: end });
    start = next;
  }
  return out;
}

/** The instant a local calendar day starts (the clinic's time zone is the machine's). */
export function startOfLocalDay(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}
