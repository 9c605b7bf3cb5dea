// Moving in through the API, on a real database: the dry run, then the import in one transaction,
// and every way it is refused with nothing written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkRowsAgainstTrail } from '../../db/verify-rows';
import type { ImportedClientInput } from '../contract/client-import';
import { wordsOf } from '../contract/words';
import { testApi } from '../testing';

let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-05-01T10:00:00Z'));
});
afterEach(() => t.close());

const SHA = 'ab'.repeat(32);
const row = (line: number, over: Partial<ImportedClientInput> = {}): ImportedClientInput => ({
  line,
  firstName: 'Row',
  lastName: `Number${line}`,
  phone: `07700 9${String(line).padStart(5, '0')}`,
  email: null,
  dateOfBirth: null,
  notes: '',
  ...over,
});

async function withAna() {
  return t.ok('clients.create', { firstName: 'Ana', lastName: 'Silva', phone: '07700 900001', notes: 'Allergic to latex' });
}

describe('clients.importCheck', () => {
  it('tells new rows, rows matching a client on file, and rows the client contract refuses, by line', async () => {
    const ana = await withAna();
    const before = t.counts();
    const check = await t.ok('clients.importCheck', {
      rows: [
        row(2),
        row(3, { firstName: 'ana', lastName: 'SILVA', phone: '+44 (0)7700 900-001', email: 'ana@example.com' }),
        row(4, { email: 'not an email' }),
        row(5, { phone: 'call the shop' }),
        row(6, { firstName: 'Ana', lastName: 'Silva', phone: '07700 999999' }),
      ],
    });
    // The reasons travel by message id; the screen reads them in its language (English here).
    const english = { ...check, refused: check.refused.map((r) => ({ ...r, reasons: r.reasons.map((x) => wordsOf(x, 'en-GB')) })) };
    expect(english).toEqual({
      newClients: 2,
      duplicates: [
        {
          line: 3,
          matchedOn: 'phone',
          existing: { id: ana.id, firstName: 'Ana', lastName: 'Silva', phone: '07700 900001', email: null, dateOfBirth: null },
        },
      ],
      refused: [
        { line: 4, reasons: ['Enter an email address like name@example.com.'] },
        { line: 5, reasons: ['Enter a phone number using digits, spaces and + ( ) - only.'] },
      ],
    });
    expect(t.counts()).toEqual(before);
  });
});

describe('clients.import', () => {
  it('imports every row in one go, merges as chosen, and is audited as one import the trail vouches for', async () => {
    const ana = await withAna();
    const result = await t.ok('clients.import', {
      fileName: 'export_customer_list.csv',
      sha256: SHA,
      system: 'fresha',
      rows: [
        row(2, { dateOfBirth: '1980-12-25', notes: 'Added: 2022-03-01' }),
        row(3, { firstName: 'Ana', lastName: 'Silva', phone: '07700900001', email: 'ana@example.com', notes: 'Prefers mornings' }),
        row(4),
      ],
      choices: [{ line: 3, choice: 'merge' }],
      skippedLines: [7],
    });
    expect(result).toEqual({ created: 2, merged: 1, skipped: 0 });
    const merged = await t.ok('clients.chart', { id: ana.id });
    expect(merged.client).toMatchObject({
      email: 'ana@example.com',
      phone: '07700 900001',
      notes: 'Allergic to latex\n\nPrefers mornings',
    });
    const found = await t.ok('clients.search', { query: '0770090' });
    expect(found.total).toBe(3);
    const created = t.open.sqlite
      .prepare("SELECT first_name, last_name, phone_digits, date_of_birth FROM clients WHERE last_name = 'Number2'")
      .get();
    expect(created).toEqual({ first_name: 'Row', last_name: 'Number2', phone_digits: '7700900002', date_of_birth: '1980-12-25' });
    const entry = t.open.sqlite.prepare("SELECT after, reason FROM audit_log WHERE action = 'client_import'").get() as {
      after: string;
      reason: string;
    };
    expect(JSON.parse(entry.after)).toEqual({
      file: 'export_customer_list.csv',
      sha256: SHA,
      system: 'fresha',
      rows: 3,
      created: 2,
      merged: 1,
      skipped: 0,
      skippedLines: [7],
    });
    const reasons = t.open.sqlite
      .prepare("SELECT action, reason FROM audit_log WHERE entity = 'client' AND reason LIKE 'Imported%' ORDER BY id")
      .all();
    expect(reasons).toEqual([
      { action: 'create', reason: 'Imported from export_customer_list.csv' },
      { action: 'update', reason: 'Imported from export_customer_list.csv' },
      { action: 'create', reason: 'Imported from export_customer_list.csv' },
    ]);
    expect(checkRowsAgainstTrail(t.open.sqlite).problems).toEqual([]);
  });

  it('skips a duplicate, or adds it as a new client, as chosen', async () => {
    await withAna();
    const dup = row(2, { firstName: 'Ana', lastName: 'Silva', phone: '07700 900001' });
    expect(await t.ok('clients.import', { fileName: 'a.csv', sha256: SHA, rows: [dup], choices: [{ line: 2, choice: 'skip' }] })).toEqual({
      created: 0,
      merged: 0,
      skipped: 1,
    });
    expect(await t.ok('clients.import', { fileName: 'a.csv', sha256: SHA, rows: [dup], choices: [{ line: 2, choice: 'new' }] })).toEqual({
      created: 1,
      merged: 0,
      skipped: 0,
    });
    expect((await t.ok('clients.search', { query: 'Silva' })).total).toBe(2);
  });

  it('refuses the whole file while one row is refused, naming its line, and writes nothing', async () => {
    await withAna();
    const before = t.counts();
    const error = await t.err('clients.import', {
      fileName: 'clients.csv',
      sha256: SHA,
      rows: [row(2), row(3), row(4, { dateOfBirth: '2099-01-01' }), row(5)],
    });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('Line 4 cannot be imported: fix it in the file or skip it. Nothing was imported.');
    expect(error.fields?.['rows.4']).toBe('Line 4: The date of birth cannot be in the future.');
    expect(t.counts()).toEqual(before);
  });

  it('refuses while a duplicate has no choice, and writes nothing', async () => {
    await withAna();
    const before = t.counts();
    const error = await t.err('clients.import', {
      fileName: 'clients.csv',
      sha256: SHA,
      rows: [row(2), row(3, { firstName: 'Ana', lastName: 'Silva', phone: '07700 900001' })],
    });
    expect(error.fields?.['rows.3']).toBe('Line 3 is Ana Silva, already in Stipple: choose skip, merge or add as new.');
    expect(t.counts()).toEqual(before);
  });

  it('refuses bad input with a field error and writes nothing', async () => {
    const before = t.counts();
    expect((await t.err('clients.import', { fileName: 'a.csv', sha256: 'not a hash', rows: [row(2)] })).fields).toEqual({
      sha256: 'Give the file’s SHA-256 as 64 hexadecimal digits.',
    });
    expect((await t.err('clients.import', { fileName: 'a.csv', sha256: SHA, rows: [] })).fields).toEqual({
      rows: 'The file has no clients to import.',
    });
    expect((await t.err('clients.import', { fileName: '', sha256: SHA, rows: [row(2)] })).fields).toEqual({
      fileName: 'Enter the file’s name.',
    });
    expect((await t.err('clients.import', { fileName: 'a.csv', sha256: SHA, rows: [row(1)] })).fields).toMatchObject({
      'rows.0.line': expect.any(String),
    });
    expect(t.counts()).toEqual(before);
  });

  it('is for an owner or reception only', async () => {
    await t.ok('auth.setupOwner', { name: 'Olu Owner', pin: '2468', confirmPin: '2468' });
    const pat = await t.ok('staff.create', { name: 'Pat Practitioner', role: 'practitioner' });
    const rae = await t.ok('staff.create', { name: 'Rae Reception', role: 'reception' });
    await t.ok('auth.setPin', { staffId: pat.id, pin: '1357' });
    await t.ok('auth.setPin', { staffId: rae.id, pin: '9753' });
    await t.ok('auth.signIn', { staffId: pat.id, pin: '1357' });
    const refused = await t.err('clients.importCheck', { rows: [row(2)] });
    expect(refused).toMatchObject({ code: 'forbidden', message: 'Only an owner or reception can import clients from another system.' });
    await t.ok('auth.signIn', { staffId: rae.id, pin: '9753' });
    expect((await t.ok('clients.importCheck', { rows: [row(2)] })).newClients).toBe(1);
  });
});
