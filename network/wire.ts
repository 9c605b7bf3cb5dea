// What the hub and a workstation say to each other beyond the API's own envelopes: the paths, the
// headers, and how the hub marks a refused device or a session it no longer knows, so the
// workstation can tell "the hub refuses this device" from "the API said no". The marks are the
// headers; the workstation words them itself, in its reader's language (workstation-link.ts).
import { translate, type MessageId } from '../core/i18n/translate';

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

const DEVICE_REFUSED = {
  unpaired: 'shell.device.unpaired',
  revoked: 'shell.device.revoked',
} as const satisfies Record<string, MessageId>;
export type DeviceRefusal = keyof typeof DEVICE_REFUSED;

/** Why the hub refuses this device, in a locale (English in the hub's own answer, for anything that reads only its body). */
export const deviceRefusal = (reason: DeviceRefusal, locale = 'en-GB') => translate(locale, DEVICE_REFUSED[reason]);

/** The hub does not know the window's session (it restarted): the window signs in again. */
export const sessionUnknown = (locale = 'en-GB') => translate(locale, 'shell.hubRestarted');

export const bearer = (credential: string) => `Bearer ${credential}`;
