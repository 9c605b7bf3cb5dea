// The clinic export's CSV files are read in spreadsheets: no cell may run as a formula there.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../db/testing';
import { testApi } from './testing';

let t: Awaited<ReturnType<typeof testApi>>;
afterEach(() => t?.close());

describe('the clinic export as CSV', () => {
  it('writes a name, phone or note that would start a formula as plain text, and the JSON charts unchanged', async () => {
    t = await testApi();
    const hostile = {
      firstName: '=HYPERLINK("http://evil.example","Ada")',
      lastName: '@SUM(A1)',
      phone: '+44 7700 900123',
      notes: '-2+3+cmd|"/c calc"!A1',
    };
    const client = await t.ok('clients.create', hostile);
    const folder = path.join(tempDir(), 'export');
    await t.ok('safety.export', { folder, plain: true }); // an encrypted export's CSV: api/export-encryption.test.ts

    const csv = fs.readFileSync(path.join(folder, 'csv', 'clients.csv'), 'utf8').slice(1);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const row = rows.find((r) => r.id === String(client.id))!;
    expect(row.first_name).toBe(`'${hostile.firstName}`);
    expect(row.last_name).toBe(`'${hostile.lastName}`);
    expect(row.phone).toBe(`'${hostile.phone}`);
    expect(row.notes).toBe(`'${hostile.notes}`);
    for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);

    // The charts, which import reads back, keep the text exactly as it was typed.
    const chartFile = fs.readdirSync(path.join(folder, 'charts')).find((f) => Number.parseInt(f, 10) === client.id)!;
    expect(fs.readFileSync(path.join(folder, 'charts', chartFile), 'utf8')).toContain(JSON.stringify(hostile.firstName).slice(1, -1));
  });
});
