import { addDays, type IsoDate } from './dates';

export interface WindowSettings {
  secondSessionMinDays: number;
  laterSessionMinDays: number;
  laterSessionMaxDays: number;
}

/** When a session may be booked, given the date of the one before it. `latest` null = open-ended. */
export interface BookingWindow {
  earliest: IsoDate;
  latest: IsoDate | null;
}

export function bookingWindow(sessionNumber: number, previousDate: IsoDate, s: WindowSettings): BookingWindow | null {
  if (sessionNumber <= 1) return null;
  if (sessionNumber === 2) return { earliest: addDays(previousDate, s.secondSessionMinDays), latest: null };
  return { earliest: addDays(previousDate, s.laterSessionMinDays), latest: addDays(previousDate, s.laterSessionMaxDays) };
}

export function isInsideWindow(date: IsoDate, window: BookingWindow | null): boolean {
  if (!window) return true;
  return date >= window.earliest && (window.latest === null || date <= window.latest);
}
