import { localDateOf } from '../../core/dates';
import { loadBoard, loadBookings, loadNextSession } from '../../db/queries/reception';
import { getPlanRow } from './plans';
import { readSettings } from './settings';
import type { HandlerMap } from './types';

// Dates are read in the machine's zone (the clinic's), as the booking rules in sessions.ts do.
export const receptionHandlers: HandlerMap<'reception.board' | 'reception.day' | 'reception.bookings' | 'reception.nextSession'> = {
  'reception.board'(ctx, { today }) {
    return loadBoard(ctx.db, { ...readSettings(ctx), today: today ?? localDateOf(ctx.now()) });
  },
  'reception.day'(ctx, { date }) {
    return loadBookings(ctx.db, date, date);
  },
  'reception.bookings'(ctx, { from, to }) {
    return loadBookings(ctx.db, from, to);
  },
  'reception.nextSession'(ctx, { planId }) {
    return loadNextSession(ctx.db, getPlanRow(ctx, planId), readSettings(ctx));
  },
};
