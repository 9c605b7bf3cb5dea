import { lapsedIfLastBefore } from '../../core/client-list';
import { keyContext } from '../../core/client-keys';
import { localDateOf } from '../../core/dates';
import { listClients } from '../../db/queries/client-list';
import { readSettings } from './settings';
import type { HandlerMap } from './types';

export const clientListHandlers: HandlerMap<'clients.list'> = {
  'clients.list'(ctx, input) {
    const settings = readSettings(ctx);
    return listClients(ctx.sqlite, {
      ...input,
      country: keyContext(settings).country,
      secondSessionMinDays: settings.secondSessionMinDays,
      laterSessionMinDays: settings.laterSessionMinDays,
      lapsedBefore: lapsedIfLastBefore(localDateOf(ctx.now()), settings.touchUpRecallYears),
    });
  },
};
