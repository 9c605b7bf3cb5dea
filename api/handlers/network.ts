import { fail } from '../result';
import type { HandlerMap } from './types';

/** A Stipple that holds its own data (the hub, or one on its own): always local and connected, with no outbox. */
export const networkHandlers: HandlerMap<'network.status' | 'network.resolve'> = {
  'network.status'() {
    return { role: 'local', link: 'connected', waiting: 0, needsAttention: [], copiedAt: null };
  },
  'network.resolve'() {
    throw fail.rule('Nothing waits to be sent from this computer: it holds the clinic’s data itself.');
  },
};
