// The renderer's side of "changes show everywhere", under Node with a real react-query cache: which
// queries a server event (or this window's own change, through staleAfter) marks stale and refetches.
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { staleAfter } from '../../../api/contract';
import { onSignedOut } from '../auth/session-events';
import { applyServerEvent } from './server-events';
import { invalidateChannels } from './stale';
import { clearTaskProgress, subscribeTaskProgress, taskProgress } from './task-progress';

/** A cache holding the queries a reception desk and an open chart would hold, each fetched once. */
async function cacheWithScreens() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const fetches = new Map<string, number>();
  const keys = [
    ['clients.chart', { id: 7 }],
    ['clients.chart', { id: 8 }],
    ['clients.list', { query: '', sort: 'name', descending: false, limit: 100, offset: 0 }],
    ['clients.search', {}],
    ['reception.board', {}],
    ['reception.day', { date: '2026-11-24' }],
    ['settings.get', {}],
    ['pigments.list', {}],
  ] as const;
  const observers = keys.map((queryKey) => {
    const name = JSON.stringify(queryKey);
    const observer = new QueryObserver(client, {
      queryKey,
      queryFn: () => {
        fetches.set(name, (fetches.get(name) ?? 0) + 1);
        return { fetched: fetches.get(name) };
      },
    });
    observer.subscribe(() => undefined); // on screen: an active query refetches when invalidated
    return observer;
  });
  await Promise.all(observers.map((o) => o.refetch()));
  fetches.clear();
  const refetched = () => [...fetches.keys()].map((k) => JSON.parse(k)[0] as string).sort();
  return { client, refetched };
}

describe('server events', () => {
  afterEach(() => clearTaskProgress('safety.export'));

  it('refetches exactly the channels another session made stale, for every input', async () => {
    const { client, refetched } = await cacheWithScreens();
    await applyServerEvent(client, { type: 'stale', channels: ['clients.chart', 'reception.board'] });
    expect(refetched()).toEqual(['clients.chart', 'clients.chart', 'reception.board']);
  });

  it('refetches everything after a restore, or when events were missed', async () => {
    const { client, refetched } = await cacheWithScreens();
    await applyServerEvent(client, { type: 'stale', channels: 'all' });
    expect(refetched()).toHaveLength(8);
  });

  it('a deposit paid at reception refreshes the chart, the board and the client list', async () => {
    const { client, refetched } = await cacheWithScreens();
    await applyServerEvent(client, { type: 'stale', channels: [...(staleAfter('deposits.recordPayment') as string[])] });
    expect(refetched()).toEqual(['clients.chart', 'clients.chart', 'clients.list', 'clients.search', 'reception.board', 'reception.day']);
  });

  it('a session charted at the chair refreshes the board and the day list, not the settings', async () => {
    const { client, refetched } = await cacheWithScreens();
    await invalidateChannels(client, staleAfter('sessions.chart'));
    expect(refetched()).toEqual(['clients.chart', 'clients.chart', 'clients.list', 'clients.search', 'reception.board', 'reception.day']);
  });

  it('a new client shows in the lists; the open charts are left alone', async () => {
    const { client, refetched } = await cacheWithScreens();
    await invalidateChannels(client, staleAfter('clients.create'));
    expect(refetched()).toEqual(['clients.list', 'clients.search']);
  });

  it('ignores a channel nobody is showing', async () => {
    const { client, refetched } = await cacheWithScreens();
    await applyServerEvent(client, { type: 'stale', channels: ['aftercare.templates.list'] });
    expect(refetched()).toEqual([]);
  });

  it('keeps the latest progress of each task, for its progress bar', async () => {
    const { client } = await cacheWithScreens();
    let told = 0;
    const stop = subscribeTaskProgress(() => told++);
    await applyServerEvent(client, { type: 'progress', task: 'safety.export', step: 'Writing charts', done: 3, total: 10 });
    const first = taskProgress('safety.export');
    expect(first).toEqual({ step: 'Writing charts', done: 3, total: 10 });
    expect(taskProgress('safety.export')).toBe(first); // the same object until the next step: React's store contract
    await applyServerEvent(client, { type: 'progress', task: 'safety.export', step: 'Writing CSV files', done: 9, total: 10 });
    expect(taskProgress('safety.export')).toEqual({ step: 'Writing CSV files', done: 9, total: 10 });
    expect(taskProgress('safety.backupNow')).toBeNull();
    clearTaskProgress('safety.export');
    expect(taskProgress('safety.export')).toBeNull();
    expect(told).toBe(3);
    stop();
  });

  it('tells the sign-in gate when this session was signed out', async () => {
    const { client } = await cacheWithScreens();
    let signedOut = 0;
    const stop = onSignedOut(() => signedOut++);
    await applyServerEvent(client, { type: 'signed_out', reason: 'idle' });
    expect(signedOut).toBe(1);
    stop();
  });
});
