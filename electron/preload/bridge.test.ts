import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../api/contract';
import { createBridge, type Invoke, type Listen } from './bridge';

const ok = vi.fn<Invoke>(async () => ({ ok: true, data: 'done' }));
const noEvents: Listen = () => () => undefined;

describe('createBridge', () => {
  it('forwards a known channel with its input', async () => {
    const invoke = vi.fn<Invoke>(async () => ({ ok: true, data: 'done' }));
    const bridge = createBridge(['clients.search'], invoke, noEvents);
    await expect(bridge.call('clients.search', { text: 'ana' })).resolves.toEqual({ ok: true, data: 'done' });
    expect(invoke).toHaveBeenCalledWith('clients.search', { text: 'ana' });
  });

  it('refuses unknown channels with an envelope and never invokes', async () => {
    const invoke = vi.fn<Invoke>();
    const bridge = createBridge(['clients.search'], invoke, noEvents);
    for (const channel of ['clients.drop', '', '__proto__', 'hasOwnProperty', 7 as unknown as string]) {
      await expect(bridge.call(channel, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('turns a failed IPC round trip into an envelope rather than a rejection', async () => {
    const bridge = createBridge(
      ['clients.search'],
      async () => {
        throw new Error('An object could not be cloned.');
      },
      noEvents,
    );
    await expect(bridge.call('clients.search', { f: () => 1 })).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('is frozen, so page scripts cannot swap call() out', () => {
    const bridge = createBridge(['clients.search'], ok, noEvents);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('allows every channel of the real contract', async () => {
    const invoke = vi.fn<Invoke>(async () => ({ ok: true, data: null }));
    const bridge = createBridge(CHANNELS, invoke, noEvents);
    for (const channel of CHANNELS) await bridge.call(channel, {});
    expect(invoke).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it('hands each server event to the subscriber, and stops when unsubscribed', () => {
    let deliver: ((event: unknown) => void) | null = null;
    const listen: Listen = (listener) => {
      deliver = listener;
      return () => (deliver = null);
    };
    const bridge = createBridge(['clients.search'], ok, listen);
    const seen: unknown[] = [];
    const stop = bridge.subscribe((event) => seen.push(event));
    deliver!({ type: 'stale', channels: ['clients.search'] });
    expect(seen).toEqual([{ type: 'stale', channels: ['clients.search'] }]);
    stop();
    expect(deliver).toBeNull();
  });
});
