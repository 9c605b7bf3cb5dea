import { JOIN_BY_HOST } from '../contract/network';
import { anyoneHasPin } from '../../db/queries/sign-in';
import { fail } from '../result';
import type { HandlerMap } from './types';

export const HOLDS_DATA =
  'This computer already holds a clinic’s data, so it cannot join a hub: joining would hide it. ' +
  'Make this computer the hub instead, or join from a computer that is new to Stipple.';

/** A Stipple that holds its own data (the hub, or one on its own): always local and connected, with no outbox. */
export const networkHandlers: HandlerMap<'network.status' | 'network.resolve' | 'network.join'> = {
  'network.status'() {
    return { role: 'local', link: 'connected', waiting: 0, needsAttention: [], copiedAt: null };
  },
  'network.resolve'() {
    throw fail.rule('Nothing waits to be sent from this computer: it holds the clinic’s data itself.');
  },
  // The check the host relies on before it removes this (empty) database and serves the hub's API instead.
  'network.join'(ctx) {
    const hasClient = ctx.sqlite.prepare('SELECT 1 FROM clients LIMIT 1').get() !== undefined;
    if (hasClient || anyoneHasPin(ctx.sqlite)) throw fail.rule(HOLDS_DATA);
    throw fail.rule(JOIN_BY_HOST);
  },
};
