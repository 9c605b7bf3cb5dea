// Names as clinics outside the English-speaking world type them (issue 20), through the API on a
// real database: found whatever the case and accents, listed in the clinic's locale's order, the
// order and the phone keys rewritten in the settings change's own transaction when the locale or
// country changes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

const NAMES = [
  ['Ömer', 'Çelik', '+90 532 123 45 67'],
  ['Łukasz', 'Wójcik', '07700 900001'],
  ['Zoë', 'Núñez', null],
  ['Анна', 'Иванова', null],
  ['Siobhán', 'Ó Briain', '+44 (0)20 7946-0018'],
  ['Pat', "O'Brien", null],
  ['Emre', 'Öztürk', null],
  ['Cem', 'Celik', null],
  ['Zed', 'Zane', null],
  ['Dan', 'Dale', null],
] as const;

let t: Awaited<ReturnType<typeof testApi>>;
const ids = new Map<string, number>();
beforeEach(async () => {
  t = await testApi();
  for (const [firstName, lastName, phone] of NAMES) ids.set(lastName, (await t.ok('clients.create', { firstName, lastName, phone })).id);
});
afterEach(() => t.close());

const found = async (query: string) =>
  (await t.ok('clients.search', { query, includeArchived: false, limit: 100, offset: 0 })).rows.map((r) => r.lastName);
const listed = async () => (await t.ok('clients.list', { query: '', sort: 'name', limit: 100 })).rows.map((r) => r.lastName);
const collated = (locale: string) => {
  const c = new Intl.Collator(locale);
  return NAMES.map(([first, last]) => [first, last] as const)
    .sort((a, b) => c.compare(a[1], b[1]) || c.compare(a[0], b[0]))
    .map(([, last]) => last);
};

describe('searching names in every script', () => {
  it.each([
    ['omer', 'Çelik'],
    ['ömer', 'Çelik'],
    ['ÖMER', 'Çelik'],
    ['çelik', 'Çelik'],
    ['celik', 'Çelik'],
    ['lukasz', 'Wójcik'],
    ['łukasz', 'Wójcik'],
    ['zoe', 'Núñez'],
    ['nunez', 'Núñez'],
    ['анна', 'Иванова'],
    ['иванова', 'Иванова'],
    ['obriain', 'Ó Briain'],
    ['o briain', 'Ó Briain'],
    ['obrien', "O'Brien"],
    ["o'brien", "O'Brien"],
  ])('“%s” finds %s', async (query, lastName) => {
    expect(await found(query)).toContain(lastName);
  });

  it('finds by the phone however it is typed, and does not transliterate', async () => {
    expect(await found('ivanova')).toEqual([]);
    expect(await found('07700 900 001')).toEqual(['Wójcik']);
    expect(await found('+44 7700-900001')).toEqual(['Wójcik']);
    expect(await found('7700900')).toEqual(['Wójcik']);
    expect(await found('020 7946')).toEqual(['Ó Briain']);
    expect(await found('+90 532 123')).toEqual(['Çelik']);
  });

  it('keeps the keys right when a name or phone is changed', async () => {
    const id = ids.get('Wójcik')!;
    const before = (await t.ok('clients.chart', { id })).client;
    await t.ok('clients.update', { ...before, id, expectedVersion: before.version, lastName: 'Żółkiewski', phone: undefined });
    expect(await found('zolk')).toEqual(['Żółkiewski']);
    expect(await found('wojcik')).toEqual([]);
    expect(await found('07700 900001')).toEqual(['Żółkiewski']); // the phone left as it was
    expect(Object.keys(before)).not.toContain('searchLast'); // the keys are not part of the record
  });
});

describe('the list in the clinic’s locale', () => {
  it('sorts as Intl.Collator does for the locale, and follows a change of locale in one audited change', async () => {
    expect(await listed()).toEqual(collated('en-GB'));
    expect((await listed()).indexOf('Çelik')).toBeLessThan((await listed()).indexOf('Dale'));
    await t.ok('settings.update', { locale: 'tr-TR' });
    expectAudit(t, { entity: 'settings', entityId: 'clinic', action: 'update', changed: ['locale'] });
    expect(await listed()).toEqual(collated('tr-TR'));
    // The search pages come in the same order.
    expect(
      (await t.ok('clients.search', { query: '', includeArchived: false, limit: 100, offset: 0 })).rows.map((r) => r.lastName),
    ).toEqual(collated('tr-TR'));
    // Z to A is the same order backwards.
    expect((await t.ok('clients.list', { query: '', sort: 'name', descending: true, limit: 100 })).rows.map((r) => r.lastName)).toEqual(
      collated('tr-TR').reverse(),
    );
  });

  it('reads phone numbers in the clinic’s country, rewriting them when it changes', async () => {
    expect(await found('0532 123')).toEqual([]); // a Turkish number without its code, in a UK clinic
    await t.ok('settings.update', { country: 'tr' });
    expect((await t.ok('settings.get', {})).country).toBe('TR');
    expect(await found('0532 123')).toEqual(['Çelik']);
    // A UK number with its code is found by it from Turkey; one written without is Turkish now.
    expect(await found('+44 20 7946')).toEqual(['Ó Briain']);
    expect(await found('07700 900001')).toEqual(['Wójcik']);
  });

  it('refuses a country it does not know, beside the field, and writes nothing', async () => {
    const before = t.counts();
    const error = await t.err('settings.update', { country: 'Narnia' });
    expect(error).toMatchObject({ code: 'invalid_input', fields: { country: 'Choose the clinic’s country, such as GB, IE, TR or ES.' } });
    expect(t.counts()).toEqual(before);
  });
});
