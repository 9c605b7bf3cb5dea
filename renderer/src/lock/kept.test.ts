// What a lock keeps, under Node with a stand-in for the drafts API: values read from the forms on
// screen at the lock, saved per client, given back once to the person who locked and to nobody else.
import { afterEach, describe, expect, it } from 'vitest';
import { capture, givenBack, giveBack, hold, keepOnServer, resetKept, taken, waitingFor, type ServerDrafts } from './kept';

function fakeServer(refuse = false) {
  const drafts = new Map<string, Record<string, unknown>>(); // `${staff}/${client}` as the server keeps them
  let signedIn = 0;
  const server: ServerDrafts = {
    async save(clientId, entries) {
      if (refuse) return false;
      drafts.set(`${signedIn}/${clientId}`, structuredClone(entries));
      return true;
    },
    async take(clientId) {
      const key = `${signedIn}/${clientId}`;
      const found = drafts.get(key) ?? null;
      drafts.delete(key);
      return found;
    },
  };
  return { server, drafts, as: (staff: number) => (signedIn = staff) };
}

afterEach(() => resetKept());

describe('what a lock keeps', () => {
  it('saves each client’s values as their draft and gives them back once, at the same route, to the person who locked', async () => {
    const { server, drafts, as } = fakeServer();
    let notes = 'crown thinning';
    const stop = hold({ clientId: 7, key: 'session-form/next', read: () => ({ notes }) });
    hold({ clientId: 7, key: 'chart/editing', read: () => true });
    hold({ clientId: null, key: 'client-details', read: () => ({ firstName: 'Half' }) });
    as(1);
    capture(1, '#/clients/7');
    notes = 'typed after the lock'; // not read again
    stop();
    await keepOnServer(1, server);
    expect([...drafts.keys()]).toEqual(['1/7']);
    expect(drafts.get('1/7')).toEqual({ 'session-form/next': { notes: 'crown thinning' }, 'chart/editing': true });
    expect(waitingFor()).toEqual([1]);

    as(1);
    expect(await giveBack(1, server)).toBe('#/clients/7');
    expect(drafts.size).toBe(0); // taken off the server as it comes back
    expect(givenBack(7, 'session-form/next')).toEqual({ value: { notes: 'crown thinning' } });
    expect(givenBack(null, 'client-details')).toEqual({ value: { firstName: 'Half' } }); // no record: from memory
    taken(7, 'session-form/next');
    expect(givenBack(7, 'session-form/next')).toBeNull();
    expect(waitingFor()).toEqual([]);
  });

  it('gives someone else nothing, and keeps the first person’s screen for when they come back', async () => {
    const { server, as } = fakeServer();
    const unmount = hold({ clientId: 7, key: 'session-form/next', read: () => ({ notes: 'owner’s words' }) });
    as(1);
    capture(1, '#/clients/7');
    await keepOnServer(1, server);

    as(2);
    expect(await giveBack(2, server)).toBeNull();
    expect(givenBack(7, 'session-form/next')).toBeNull();
    unmount(); // the pages unmounted at the lock; Pat's screen has nothing open
    capture(2, '#/clients'); // Pat locks with nothing open
    await keepOnServer(2, server);

    as(1);
    expect(await giveBack(1, server)).toBe('#/clients/7');
    expect(givenBack(7, 'session-form/next')).toEqual({ value: { notes: 'owner’s words' } });
  });

  it('keeps in memory what the server would not take (the window was signed out already)', async () => {
    const { server } = fakeServer(true);
    hold({ clientId: 7, key: 'deposit/3/pay/receipt', read: () => 'R-1043' });
    capture(1, '#/clients/7');
    await keepOnServer(1, server);
    expect(await giveBack(1, server)).toBe('#/clients/7');
    expect(givenBack(7, 'deposit/3/pay/receipt')).toEqual({ value: 'R-1043' });
  });

  it('drops what was given back but never taken when the window locks again', async () => {
    const { server } = fakeServer();
    const stop = hold({ clientId: null, key: 'aftercare/editor', read: () => ({ name: 'Course' }) });
    capture(1, '#/aftercare');
    stop();
    await giveBack(1, server);
    expect(givenBack(null, 'aftercare/editor')).not.toBeNull();
    capture(1, '#/clients'); // the editor never mounted again
    expect(givenBack(null, 'aftercare/editor')).toBeNull();
    await giveBack(1, server);
    expect(givenBack(null, 'aftercare/editor')).toBeNull();
  });
});
