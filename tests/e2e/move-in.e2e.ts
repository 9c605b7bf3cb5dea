// Moving in (issue 18) in real Chromium: a 2,000-row CSV shaped like a Fresha client export and one
// like Vagaro's (Windows-1252, month-first dates), made here with the headers those systems use.
// The screen guesses the mapping, a broken row is refused by its line and nothing is imported until
// it is skipped (Fresha) or fixed in the file (Vagaro); duplicates of clients on file are merged or
// skipped; the clients are then found by search in the client list. axe clean; keyboard only for
// the decisions; a 1280×800 screenshot.
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type StippleApp } from './harness';

let app: StippleApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const FIRST = [
  'Ana',
  'Ben',
  'Cleo',
  'Dev',
  'Ema',
  'Finn',
  'Gus',
  'Hana',
  'Ivo',
  'Jade',
  'Kai',
  'Lena',
  'Milo',
  'Nia',
  'Omar',
  'Pia',
  'Rui',
  'Sana',
  'Teo',
  'Uma',
];
const LAST = ['Silva', 'Okafor', 'Nakamura', 'Quill', 'Brennan', 'Kowalski', 'Haddad', 'Lindqvist', 'Moreau', 'Achebe'];
const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** 2,000 different people: a first name, a last name and a number that makes them one of a kind. */
const person = (i: number, prefix: string) => ({
  first: FIRST[i % FIRST.length]!,
  last: `${LAST[Math.floor(i / FIRST.length) % LAST.length]!}${prefix}${pad(i, 4)}`,
  phone: `07700 ${prefix === 'F' ? '9' : '8'}${pad(i, 5)}`,
});
const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csv = (rows: string[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');
const count = () => app.host.database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get() as number;

/** Fresha's client list export: day-first dates; the row of line 1,001 has a date of birth that is not a date. */
function freshaFile(): Buffer {
  const header = [
    'Client ID',
    'First Name',
    'Last Name',
    'Full Name',
    'Blocked',
    'Block Reason',
    'Gender',
    'Mobile Number',
    'Telephone',
    'Email',
    'Date of Birth',
    'Note',
    'Added',
  ];
  const rows = Array.from({ length: 2000 }, (_, i) => {
    const p = person(i, 'F');
    const line = i + 2;
    const birth = line === 1001 ? '31/02/1985' : `${pad((i % 28) + 1, 2)}/${pad((i % 12) + 1, 2)}/19${60 + (i % 40)}`;
    const note = i === 5 ? '=HYPERLINK("http://example.com","click")' : i % 7 === 0 ? 'Prefers morning appointments' : '';
    return [
      `${100000 + i}`,
      p.first,
      p.last,
      `${p.first} ${p.last}`,
      'No',
      '',
      i % 2 ? 'Male' : 'Female',
      p.phone,
      '',
      `${p.first}.${p.last}@example.com`.toLowerCase(),
      birth,
      note,
      `${pad((i % 28) + 1, 2)}/03/2023`,
    ];
  });
  return Buffer.from(csv([header, ...rows]), 'utf8');
}

/** Vagaro's customer list: "---" for empty, month-first dates, saved by Excel in Windows-1252. */
function vagaroFile(brokenLine: number | null): Buffer {
  const header = [
    'First Name',
    'Last Name',
    'Email',
    'Mobile',
    'Day',
    'Night',
    'Address',
    'Apt/Suite',
    'City',
    'State',
    'Zip',
    'Birthdate',
    'Gender',
    'Customer Since',
    'Last Visited',
    'Membership',
    'Tags',
    'Refered By',
    'Online Booking',
    'Appointments Booked',
  ];
  const rows = Array.from({ length: 2000 }, (_, i) => {
    const line = i + 2;
    const p = person(i, 'V');
    const first = i === 0 ? 'Zoë' : line === brokenLine ? '---' : p.first;
    const last = i === 0 ? 'Müller' : line === brokenLine ? '---' : p.last;
    return [
      first,
      last,
      '---',
      p.phone,
      '---',
      '---',
      `${i} High Street`,
      '---',
      'Leeds',
      '---',
      'LS1',
      `${pad((i % 12) + 1, 2)}/${pad((i % 28) + 1, 2)}/1975`,
      '---',
      '12/31/2019',
      `0${(i % 9) + 1}/15/2024`,
      '---',
      'NONE of the options',
      '---',
      'Allow',
      String(i % 6),
    ];
  });
  // The Fresha client of line 12 again, by name and phone: already in Stipple by then.
  const again = person(10, 'F');
  rows[9] = [again.first, again.last, '---', again.phone, ...rows[9]!.slice(4)];
  const text = csv([header, ...rows]);
  // Windows-1252: every character here is one byte (latin1 agrees with it for these letters).
  return Buffer.from(text, 'latin1');
}

async function openImport() {
  const { page } = app;
  await app.gotoApp('/clients');
  const link = page.getByRole('link', { name: 'Import clients' });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Import clients from another system' }).waitFor();
}

async function chooseFile(name: string, buffer: Buffer) {
  await app.page.getByLabel('Export file').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

describe('moving in from another system', () => {
  it('imports a Fresha export: refuses a broken line until it is skipped, merges the clients already on file', async () => {
    const { page } = app;
    // Three clients already in Stipple, the same people as lines 10–12 of the file.
    for (const i of [8, 9, 10]) {
      const p = person(i, 'F');
      const made = await app.host.api.call('clients.create', { firstName: p.first, lastName: p.last, phone: p.phone.replace(' ', '') });
      expect(made.ok).toBe(true);
    }
    const before = count();
    await openImport();
    const file = freshaFile();
    await chooseFile('export_customer_list.csv', file);
    await page.getByText('export_customer_list.csv: 2,000 rows, recognised as a Fresha client export.').waitFor();
    expect(await page.getByLabel('Stipple field for “Mobile Number”').inputValue()).toBe('phone');
    expect(await page.getByLabel('Stipple field for “Client ID”').inputValue()).toBe('ignore');
    expect(await page.getByLabel('Dates in the file').inputValue()).toBe('dmy');
    await page.getByText('Guessed: “13/01/1972” on line 14 can only be read this way.').waitFor();
    await page.getByText('The file is valid UTF-8.').waitFor();
    // The preview shows the rows as Stipple stores them, dates in the clinic's format.
    const preview = page.getByRole('table', { name: /as Stipple will store them/ });
    await preview.getByRole('cell', { name: '1 Jan 1960' }).waitFor();
    await page.getByText(/Line 7, Note: starts with “=”, which a spreadsheet would run as a formula/).waitFor();

    await page.getByRole('button', { name: 'Check the file (nothing is saved)' }).click();
    await page.getByText('Checked: 1,996 new clients, 3 already in Stipple, 1 refused.').waitFor();
    const refused = page.getByRole('region', { name: '1 line Stipple will not import' });
    await refused.getByRole('cell', { name: 'Line 1,001' }).waitFor();
    await refused.getByText('The date of birth “31/02/1985” is not a date (read day first).').waitFor();
    const importButton = page.getByRole('button', { name: 'Import 1,999 rows' });
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByText('Line 1,001 is refused: fix the file or skip it.').waitFor();
    expect(count()).toBe(before);

    const axe = await new AxeBuilder({ page }).include('.import-page').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await app.screenshot('move-in-fresha-checked');

    // Keyboard only from here: skip the broken line, merge the three matches, import.
    await page.getByRole('checkbox', { name: 'Skip this line and import the rest' }).focus();
    await page.keyboard.press('Space');
    await page.getByText(/Choose skip, merge or add as new for 3 matches/).waitFor();
    await page.getByRole('button', { name: 'Merge all' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('All or nothing: if anything fails, nothing is imported.').waitFor();
    await importButton.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Imported from export_customer_list.csv: 1,996 new clients, 3 merged, 0 skipped.').waitFor({ timeout: 30_000 });
    expect(count()).toBe(before + 1996);

    const db = app.host.database.sqlite;
    const entry = db.prepare("SELECT after FROM audit_log WHERE action = 'client_import'").pluck().get() as string;
    expect(JSON.parse(entry)).toMatchObject({
      file: 'export_customer_list.csv',
      sha256: sha256(file),
      system: 'fresha',
      created: 1996,
      merged: 3,
      skippedLines: [1001],
    });
    const merged = person(9, 'F');
    expect(db.prepare('SELECT email, date_of_birth AS dob FROM clients WHERE last_name = ?').get(merged.last)).toEqual({
      email: `${merged.first}.${merged.last}@example.com`.toLowerCase(),
      dob: '1969-10-10',
    });
    expect(db.prepare('SELECT notes FROM clients WHERE last_name = ?').pluck().get(person(18, 'F').last)).toBe('Added: 2023-03-19');

    // Found by search in the client list, by name and by phone.
    await page.getByRole('link', { name: 'Open the client list' }).click();
    const who = person(1500, 'F');
    await page.getByLabel('Search clients').fill(who.last);
    await page
      .getByRole('link', { name: new RegExp(`${who.last}`) })
      .first()
      .waitFor();
    await page.getByText('1 client', { exact: true }).waitFor();
    const byPhone = person(1501, 'F');
    await page.getByLabel('Search clients').fill(byPhone.phone.replace(' ', ''));
    await page
      .getByRole('link', { name: new RegExp(byPhone.last) })
      .first()
      .waitFor();
    await page.getByText('1 client', { exact: true }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('imports a Vagaro export in Windows-1252 with month-first dates: a broken line is fixed in the file, a duplicate skipped', async () => {
    const { page } = app;
    const before = count();
    await openImport();
    await chooseFile('CustomersList.csv', vagaroFile(50));
    await page.getByText('CustomersList.csv: 2,000 rows, recognised as a Vagaro client export.').waitFor();
    await page.getByText(/The file is not UTF-8, so it was read as Windows-1252/).waitFor();
    expect(await page.getByLabel('Text encoding').inputValue()).toBe('windows-1252');
    const preview = page.getByRole('table', { name: /as Stipple will store them/ });
    await preview.getByRole('cell', { name: 'Müller' }).waitFor();
    // Read as UTF-8 instead, the letters break: the preview shows it; back to Windows-1252.
    await page.getByLabel('Text encoding').selectOption('utf-8');
    await preview.getByRole('cell', { name: 'M\uFFFDller' }).waitFor();
    await page.getByLabel('Text encoding').selectOption('windows-1252');
    await preview.getByRole('cell', { name: 'Müller' }).waitFor();
    expect(await page.getByLabel('Dates in the file').inputValue()).toBe('mdy');
    await page.getByText('Guessed: “12/31/2019” on line 2 can only be read this way.').waitFor();
    await preview.getByRole('cell', { name: '1 Jan 1975' }).waitFor();

    await page.getByRole('button', { name: 'Check the file (nothing is saved)' }).click();
    await page.getByText('Checked: 1,998 new clients, 1 already in Stipple, 1 refused.').waitFor();
    await page.getByRole('region', { name: '1 line Stipple will not import' }).getByRole('cell', { name: 'Line 50' }).waitFor();
    await page.getByText('It has no name.').waitFor();
    expect(await page.getByRole('button', { name: /^Import / }).isDisabled()).toBe(true);
    expect(count()).toBe(before);

    // The clinic fixes line 50 in the file and chooses it again: nothing is refused now.
    await chooseFile('CustomersList.csv', vagaroFile(null));
    await page.getByRole('button', { name: 'Check the file (nothing is saved)' }).click();
    await page.getByText('Checked: 1,999 new clients, 1 already in Stipple, 0 refused.').waitFor();
    const choice = page.getByRole('group', { name: new RegExp(`Line 11: ${person(10, 'F').first}`) });
    await choice.getByRole('radio', { name: 'Skip' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Import 2,000 rows' }).click();
    await page.getByText('Imported from CustomersList.csv: 1,999 new clients, 0 merged, 1 skipped.').waitFor({ timeout: 30_000 });
    expect(count()).toBe(before + 1999);
    const zoe = app.host.database.sqlite.prepare("SELECT first_name, notes FROM clients WHERE last_name = 'Müller'").get();
    expect(zoe).toEqual({
      first_name: 'Zoë',
      notes: 'Customer Since: 2019-12-31\nLast Visited: 2024-01-15\nTags: NONE of the options\nAppointments Booked: 0',
    });

    await page.getByRole('link', { name: 'Open the client list' }).click();
    await page.getByLabel('Search clients').fill('Müller');
    await page
      .getByRole('link', { name: /Müller/ })
      .first()
      .waitFor();
    await page.getByText('1 client', { exact: true }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('reads a Square export saved as Excel: real dates, and a formula cell said to be plain text now', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Customers');
    sheet.addRow(['Reference ID', 'First Name', 'Last Name', 'Email Address', 'Phone Number', 'Birthday', 'Memo']);
    sheet.addRow(['R1', 'Ines', 'Xavier', 'ines@example.com', '07700 700001', new Date(Date.UTC(1979, 6, 4)), 'Sensitive scalp']);
    sheet.addRow([
      'R2',
      'Jon',
      'Yates',
      'jon@example.com',
      '07700 700002',
      null,
      { formula: 'CONCAT("Paid ","deposit")', result: 'Paid deposit' },
    ]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await openImport();
    const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await app.page.getByLabel('Export file').setInputFiles({ name: 'customers.xlsx', mimeType: mime, buffer });
    await app.page.getByText('customers.xlsx: 2 rows, recognised as a Square client export.').waitFor();
    const preview = app.page.getByRole('table', { name: /as Stipple will store them/ });
    await preview.getByRole('cell', { name: '4 Jul 1979' }).waitFor();
    await preview.getByRole('cell', { name: 'Paid deposit' }).waitFor();
    await app.page.getByText('Line 3, Memo: was a formula in the workbook: its last value was imported as plain text.').waitFor();
    expect(await app.page.getByLabel('Text encoding').count()).toBe(0);
  });

  it('says so in a plain sentence for a file that is not a spreadsheet', async () => {
    await openImport();
    await app.page
      .getByLabel('Export file')
      .setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n…') });
    await app.page.getByText('scan.pdf is a PDF, not a spreadsheet. Export the clients as CSV or Excel (.xlsx).').waitFor();
    expect(await app.page.getByLabel('Export file').getAttribute('aria-invalid')).toBe('true');
  });
});
