// What the hub and a workstation say to each other beyond the API's own envelopes: the paths, the
// headers, and how the hub marks a refused device or a session it no longer knows, so the
// workstation can tell "the hub refuses this device" from "the API said no".
export const PAIR_PATH = '/pair';
export const SESSION_PATH = '/session';
export const EVENTS_PATH = '/api/events';
export const apiPath = (channel: string) => `/api/${encodeURIComponent(channel)}`;

/** The caller session (one per workstation window) a request is for. */
export const SESSION_HEADER = 'x-stipple-session';
/** On the outbox's delivery only: who saved the change offline and when (api/offline-origin.ts), as JSON. */
export const ORIGIN_HEADER = 'x-stipple-offline-origin';
/** On a 401: 'unpaired' (no or unknown credential) or 'revoked'. */
export const DEVICE_HEADER = 'x-stipple-device';
/** On a 401: the hub does not know that session (it restarted, or the session is another device's). */
export const SESSION_UNKNOWN_HEADER = 'x-stipple-session-unknown';

export const DEVICE_REFUSED = {
  unpaired:
    'This computer is not paired with the clinic’s hub, so the hub refused it. Pair it with a code from Settings → Workstations on the hub.',
  revoked: 'The owner has revoked this workstation, so the clinic’s hub refuses it. If that was a mistake, pair it again with a new code.',
} as const;
export type DeviceRefusal = keyof typeof DEVICE_REFUSED;

export const SESSION_UNKNOWN_MESSAGE = 'The clinic’s hub restarted, so this window’s sign-in has ended. Sign in again; nothing was saved.';

export const bearer = (credential: string) => `Bearer ${credential}`;
