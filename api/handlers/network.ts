import type { HandlerMap } from './types';

/** A Stipple that holds its own data (the hub, or one on its own): always local and connected. */
export const networkHandlers: HandlerMap<'network.status'> = {
  'network.status'() {
    return { role: 'local', link: 'connected', waiting: 0, needsAttention: [], copiedAt: null };
  },
};
