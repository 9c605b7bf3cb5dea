// The handlers' refusals through the real dispatcher on a real SQLite file: German to a German clinic,
// exactly today's English to an English one, and the staff member's own language over the clinic's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from './testing';

let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi();
});
afterEach(() => t.close());

async function clinicIn(locale: string) {
  const owner = await t.ok('auth.setupOwner', { name: 'Olu Owner', pin: '1234', confirmPin: '1234' });
  await t.ok('settings.update', { locale });
  return owner;
}

describe('the handlers’ refusals in the reader’s language', () => {
  it('reads German to a German clinic: a field, a rule with its values, a wrong PIN and a forbidden change', async () => {
    const owner = await clinicIn('de-DE');
    await t.ok('rooms.add', { name: 'Raum 1' });
    const taken = await t.err('rooms.add', { name: 'Raum 1' });
    expect(taken).toEqual({
      code: 'invalid_input',
      message: 'Es gibt bereits einen Raum namens Raum 1.',
      fields: { name: 'Es gibt bereits einen Raum namens Raum 1.' },
    });
    await t.ok('pigments.add', { brand: 'Zeta Ink', shade: 'Night', darkness: 95 });
    expect((await t.err('pigments.add', { brand: 'Zeta Ink', shade: 'Night', darkness: 90 })).fields?.shade).toBe(
      'Zeta Ink Night steht bereits auf der Pigmentliste.',
    );

    const rae = await t.ok('staff.create', { name: 'Rae Reception', role: 'reception' });
    await t.ok('auth.setPin', { staffId: rae.id, pin: '3333' });
    await t.ok('auth.signOut', {});
    expect(await t.err('auth.signIn', { staffId: owner.id, pin: '9999' })).toMatchObject({
      code: 'invalid_input',
      fields: { pin: 'Diese PIN ist nicht richtig. Versuchen Sie es erneut.' },
    });
    await t.ok('auth.signIn', { staffId: rae.id, pin: '3333' });
    expect(await t.err('staff.setLocale', { staffId: owner.id, locale: 'en-GB' })).toEqual({
      code: 'forbidden',
      message: 'Nur ein Inhaber kann die Sprache einer anderen Person ändern.',
    });
  });

  it('reads exactly today’s English to an English clinic', async () => {
    const owner = await clinicIn('en-GB');
    await t.ok('rooms.add', { name: 'Room 1' });
    expect(await t.err('rooms.add', { name: 'Room 1' })).toEqual({
      code: 'invalid_input',
      message: 'There is already a room called Room 1.',
      fields: { name: 'There is already a room called Room 1.' },
    });
    const room = (await t.ok('rooms.list', {}))[0]!;
    expect((await t.err('rooms.move', { id: room.id, expectedVersion: room.version, direction: 'earlier' })).fields?.direction).toBe(
      'Room 1 is already first.',
    );
    await t.ok('pigments.add', { brand: 'Zeta Ink', shade: 'Night', darkness: 95 });
    expect((await t.err('pigments.add', { brand: 'Zeta Ink', shade: 'Night', darkness: 90 })).fields?.shade).toBe(
      'Zeta Ink Night is already on the pigment list.',
    );
    const rae = await t.ok('staff.create', { name: 'Rae Reception', role: 'reception' });
    await t.ok('auth.setPin', { staffId: rae.id, pin: '3333' });
    await t.ok('auth.signOut', {});
    expect((await t.err('auth.signIn', { staffId: owner.id, pin: '9999' })).fields?.pin).toBe('That PIN is not right. Try again.');
    await t.ok('auth.signIn', { staffId: rae.id, pin: '3333' });
    expect(await t.err('staff.setLocale', { staffId: owner.id, locale: 'de-DE' })).toEqual({
      code: 'forbidden',
      message: 'Only an owner can change another person’s language.',
    });
  });

  it('reads the staff member’s own language (Spanish) over the clinic’s (German)', async () => {
    const owner = await clinicIn('de-DE');
    await t.ok('staff.setLocale', { staffId: owner.id, locale: 'es-ES' });
    await t.ok('rooms.add', { name: 'Sala 1' });
    expect(await t.err('rooms.add', { name: 'Sala 1' })).toEqual({
      code: 'invalid_input',
      message: 'Ya hay una sala llamada Sala 1.',
      fields: { name: 'Ya hay una sala llamada Sala 1.' },
    });
    const room = (await t.ok('rooms.list', {}))[0]!;
    expect((await t.err('rooms.move', { id: room.id, expectedVersion: room.version, direction: 'later' })).fields?.direction).toBe(
      'Sala 1 ya es la última.',
    );
    expect((await t.err('rooms.update', { id: room.id, expectedVersion: room.version + 5, name: 'Sala 2' })).message).toBe(
      'Esta sala ha cambiado desde que se abrió: otra persona guardó cambios. Revíselos antes de volver a guardar.',
    );
  });
});
