// A named time zone as iCalendar needs it (RFC 5545 §3.6.5): wall-clock times in the zone, and a
// VTIMEZONE listing each change of UTC offset (summer time) over the span of the events. Read from
// Intl, so it follows the zone data of the runtime, with no table of our own to keep up to date.

const MINUTE = 60_000;
const DAY = 86_400_000;

const partsFormat = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormat.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    partsFormat.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time of an instant in the zone as 'YYYYMMDDTHHMMSS' (iCalendar's local form). */
export function wallClock(ms: number, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}${get('month')}${get('day')}T${get('hour')}${get('minute')}${get('second')}`;
}

/** Minutes the zone is ahead of UTC at an instant (60 for London in summer, -300 for New York in winter). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(+w.slice(0, 4), +w.slice(4, 6) - 1, +w.slice(6, 8), +w.slice(9, 11), +w.slice(11, 13), +w.slice(13, 15));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / MINUTE);
}

export interface OffsetChange {
  /** The first instant at the new offset. */
  at: number;
  from: number;
  to: number;
}

/** Every change of offset between two instants, found day by day and then to the minute. */
export function offsetChanges(timeZone: string, fromMs: number, toMs: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  const first = Math.floor(fromMs / DAY) * DAY; // whole minutes from here on
  let prev = offsetMinutes(first, timeZone);
  for (let t = first + DAY; t <= toMs + DAY; t += DAY) {
    const now = offsetMinutes(t, timeZone);
    if (now === prev) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / MINUTE)) * MINUTE;
      if (offsetMinutes(mid, timeZone) === prev) lo = mid;
      else hi = mid;
    }
    changes.push({ at: hi, from: prev, to: now });
    prev = now;
  }
  return changes;
}

/** '+0100', '-0500' */
export function icsOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** The machine's zone, which Stipple takes as the clinic's (see core/dates.ts). */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * A VTIMEZONE for the zone covering the span: one STANDARD or DAYLIGHT part per change of offset
 * (the larger offset of a pair is summer time), or one STANDARD part when the offset never changes.
 */
export function vtimezoneLines(timeZone: string, fromMs: number, toMs: number): string[] {
  // From a year before: a calendar needs the offset in force when the first event starts.
  const start = fromMs - 366 * DAY;
  const changes = offsetChanges(timeZone, start, toMs);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (changes.length === 0) {
    const off = icsOffset(offsetMinutes(fromMs, timeZone));
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${off}`, `TZOFFSETTO:${off}`, 'END:STANDARD');
  }
  for (const c of changes) {
    const kind = c.to > c.from ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART is the onset in the wall-clock time of the offset before it (01:00 for London's March change).
    const local = new Date(c.at + c.from * MINUTE).toISOString().replace(/[-:]/g, '').slice(0, 15);
    lines.push(`BEGIN:${kind}`, `DTSTART:${local}`, `TZOFFSETFROM:${icsOffset(c.from)}`, `TZOFFSETTO:${icsOffset(c.to)}`, `END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
