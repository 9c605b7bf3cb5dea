// The browser host's event stream, with a stand-in EventSource driven by hand: valid events reach the
// listener, anything else is dropped, and a stream that comes back after an error counts as
// "everything is stale" because events sent meanwhile were lost.
import { describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../../api/contract/events';
import { parseServerEvent, subscribeToEventStream } from './event-stream';

class FakeEventSource {
  static made: FakeEventSource[] = [];
  readyState = 0;
  closed = false;
  onopen: (() => void) | null = null;
  onmessage: ((m: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.made.push(this);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  send(data: unknown) {
    this.onmessage?.({ data });
  }
  /** The connection dropped: `gaveUp` as the browser does for a refused or wrong response. */
  fail(gaveUp = false) {
    this.readyState = gaveUp ? 2 : 0;
    this.onerror?.();
  }
}

function setup() {
  FakeEventSource.made = [];
  const events: ServerEvent[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const stop = subscribeToEventStream((e) => events.push(e), {
    EventSourceImpl: FakeEventSource as unknown as new (url: string) => EventSource,
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    clearTimer: () => undefined,
  });
  return { events, timers, stop, latest: () => FakeEventSource.made.at(-1)! };
}

describe('the browser host’s event stream', () => {
  it('passes on valid events from /api/events and drops the rest', () => {
    const { events, latest } = setup();
    expect(latest().url).toBe('/api/events');
    latest().open();
    latest().send(JSON.stringify({ type: 'stale', channels: ['clients.list'] }));
    latest().send('not json');
    latest().send(JSON.stringify({ type: 'stale', channels: 'some' }));
    latest().send(JSON.stringify({ type: 'reboot' }));
    latest().send(JSON.stringify({ type: 'signed_out', reason: 'restore' }));
    expect(events).toEqual([
      { type: 'stale', channels: ['clients.list'] },
      { type: 'signed_out', reason: 'restore' },
    ]);
  });

  it('says everything is stale when the stream reopens after an error, not on the first open', () => {
    const { events, latest, timers } = setup();
    latest().open();
    expect(events).toEqual([]);
    latest().fail(); // the browser reconnects by itself
    expect(timers).toEqual([]);
    latest().open();
    expect(events).toEqual([{ type: 'stale', channels: 'all' }]);
  });

  it('reopens a stream the browser gave up on, waiting longer each time, and stops when asked', () => {
    const { events, latest, timers, stop } = setup();
    const first = latest();
    first.fail(true);
    expect(first.closed).toBe(true);
    expect(timers.map((t) => t.ms)).toEqual([1000]);
    timers[0]!.fn();
    const second = latest();
    expect(second).not.toBe(first);
    second.fail(true);
    timers[1]!.fn();
    latest().fail(true);
    expect(timers.map((t) => t.ms)).toEqual([1000, 2000, 4000]);
    timers[2]!.fn();
    latest().open();
    expect(events).toEqual([{ type: 'stale', channels: 'all' }]);
    stop();
    expect(latest().closed).toBe(true);
  });

  it('reads only JSON that matches the event schema', () => {
    expect(parseServerEvent(JSON.stringify({ type: 'progress', task: 'safety.export', step: 'Charts', done: 1, total: 4 }))).toMatchObject({
      done: 1,
    });
    expect(parseServerEvent(JSON.stringify({ type: 'progress', task: 'safety.export', step: 'Charts', done: -1, total: 4 }))).toBeNull();
    expect(parseServerEvent(undefined)).toBeNull();
  });
});
