// The browser host's Server-Sent Events (GET /api/events, authenticated by the sign-in cookie).
// Each message's data is one ServerEvent as JSON; anything else is ignored. Events sent while the
// stream was down are lost, so reopening after an error counts as "everything is stale". A stream
// the browser gave up on (refused, or not there yet) is reopened after a growing pause.
import { serverEvent, type ServerEvent } from '../../../api/contract/events';

export interface EventStreamOptions {
  url?: string;
  /** For tests: the EventSource constructor and the timer. */
  EventSourceImpl?: new (url: string) => EventSource;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

const CLOSED = 2; // EventSource.CLOSED
const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 30_000;

export function parseServerEvent(data: unknown): ServerEvent | null {
  if (typeof data !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = serverEvent.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export function subscribeToEventStream(listener: (event: ServerEvent) => void, options: EventStreamOptions = {}): () => void {
  const url = options.url ?? '/api/events';
  const Impl = options.EventSourceImpl ?? EventSource;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let source: EventSource | null = null;
  let missed = false;
  let retryMs = FIRST_RETRY_MS;
  let timer: unknown = null;
  let stopped = false;

  const open = () => {
    timer = null;
    if (stopped) return;
    const es = new Impl(url);
    source = es;
    es.onopen = () => {
      retryMs = FIRST_RETRY_MS;
      if (missed) listener({ type: 'stale', channels: 'all' });
      missed = false;
    };
    es.onmessage = (message) => {
      const event = parseServerEvent(message.data);
      if (event) listener(event);
    };
    es.onerror = () => {
      missed = true;
      // CONNECTING: the browser retries by itself. CLOSED: it gave up, so we try again later.
      if (es.readyState !== CLOSED) return;
      es.close();
      if (!stopped && timer === null) {
        timer = setTimer(open, retryMs);
        retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
      }
    };
  };
  open();

  return () => {
    stopped = true;
    if (timer !== null) clearTimer(timer);
    source?.close();
  };
}
