// network.join at the API itself: bad input is a field error beside the field; a Stipple that holds
// data refuses; an empty one answers that its host does the joining. Nothing is written either way.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';
import { HOLDS_DATA } from './network';

let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi();
});
afterEach(() => t.close());

const good = { address: '192.168.1.10:8443', code: 'k7qf-92xm-3a8c', name: 'Room 2 laptop' };

describe('network.join', () => {
  it('names each wrong field in a plain sentence and writes nothing', async () => {
    const before = t.counts();
    const error = await t.err('network.join', { address: '192.168.1.10', code: 'K7QF', name: '  ' });
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toEqual({
      address: 'Enter the hub’s address as the hub shows it, such as 192.168.1.10:8443.',
      code: 'Enter the pairing code the hub shows: 12 letters and digits in three groups, such as K7QF-92XM-3A8C.',
      name: 'Give this computer a name the owner will recognise, such as Room 2 laptop.',
    });
    expect(t.counts()).toEqual(before);
  });

  it('on an empty Stipple leaves the joining to its host, marked so whatever the language', async () => {
    const before = t.counts();
    expect(await t.err('network.join', good)).toEqual({
      code: 'rule',
      message: 'Joining a hub is done by the app that hosts Stipple. Nothing was changed.',
      joinByHost: true,
    });
    expect(t.counts()).toEqual(before);
    await t.ok('settings.update', { locale: 'de-DE' });
    expect(await t.err('network.join', good)).toEqual({
      code: 'rule',
      message: 'Das Verbinden mit einem Hub übernimmt die App, in der Stipple läuft. Es wurde nichts geändert.',
      joinByHost: true,
    });
  });

  it('refuses on a Stipple with an owner, or with clients, and writes nothing', async () => {
    await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' });
    expect(await t.err('network.join', good)).toEqual({ code: 'rule', message: HOLDS_DATA });
    await t.ok('auth.setupOwner', { name: 'Jo Owner', pin: '1111', confirmPin: '1111' });
    const before = t.counts();
    expect(await t.err('network.join', good)).toEqual({ code: 'rule', message: HOLDS_DATA });
    expect(t.counts()).toEqual(before);
  });

  it('tells a signed-in member of staff who is not an owner that only an owner may', async () => {
    await t.ok('auth.setupOwner', { name: 'Jo Owner', pin: '1111', confirmPin: '1111' });
    const desk = await t.ok('staff.create', { name: 'Rae Desk', role: 'reception' });
    await t.ok('auth.setPin', { staffId: desk.id, pin: '3333' });
    await t.ok('auth.signIn', { staffId: desk.id, pin: '3333' });
    expect(await t.err('network.join', good)).toEqual({
      code: 'forbidden',
      message: 'Only an owner can join this computer to the clinic’s hub.',
    });
  });

  it('refuses staff with a PIN alone, without a client', async () => {
    await t.ok('auth.setupOwner', { name: 'Jo Owner', pin: '1111', confirmPin: '1111' });
    expect((await t.err('network.join', good)).message).toBe(HOLDS_DATA);
  });
});
