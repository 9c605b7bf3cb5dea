// GET /api/events: the server's events for one caller session, as Server-Sent Events (the queries
// another session's change made stale, task progress, signed out). A comment every 20 s keeps idle
// connections from being dropped. Shared by the browser host (a session per browser context) and
// the hub (a session per workstation window).
import type http from 'node:http';
import type { ServerEvent } from '../contract/events';
import type { CallerSessions } from '../caller-sessions';
import { COMMON_HEADERS } from './headers';

const KEEP_ALIVE_MS = 20_000;

export interface EventStreams {
  /** Streams the session's events on this response until the connection closes. */
  open(sessionId: string, req: http.IncomingMessage, res: http.ServerResponse): void;
  /** Ends every stream (the host is closing). */
  closeAll(): void;
}

export function eventStreams(sessions: CallerSessions): EventStreams {
  const streams = new Map<string, Set<http.ServerResponse>>();
  const write = (res: http.ServerResponse, event: ServerEvent) => res.write(`data: ${JSON.stringify(event)}\n\n`);
  sessions.listen((sessionId, event) => {
    for (const res of streams.get(sessionId) ?? []) write(res, event);
  });
  return {
    open(sessionId, req, res) {
      res.writeHead(200, {
        ...COMMON_HEADERS,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      let set = streams.get(sessionId);
      if (!set) streams.set(sessionId, (set = new Set()));
      set.add(res);
      const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
      keepAlive.unref();
      req.on('close', () => {
        clearInterval(keepAlive);
        set.delete(res);
        if (set.size === 0) streams.delete(sessionId);
      });
    },
    closeAll() {
      for (const set of streams.values()) for (const res of set) res.end();
      streams.clear();
    },
  };
}
