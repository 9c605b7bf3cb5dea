// Moving in, 20,000 rows (`npm run bench -- --only import`): a Fresha-shaped CSV read and mapped as
// the import screen's worker does (core/import/), the dry run and the import through the API with
// its tasks on a worker thread (production's default), on a real database file. Beside it, in the
// same run: the same 20,000 clients as raw INSERTs in one transaction on a bare connection (the
// least any import costs), and another desk searching and saving a client while the import runs
// (its save waits for the import's one transaction: that wait is how long the import holds the
// other desks' writes).
import { createApi, type ApiClient } from '../api/dispatch';
import { guessDateOrder } from '../core/import/dates';
import { guessMapping } from '../core/import/mapping';
import { mapRows } from '../core/import/rows';
import { saidIn } from '../core/import/said';
import { decodeText, parseCsv } from '../core/import/table';
import { phoneSearchDigits } from '../core/phone';
import { openTestDatabase } from '../db/testing';
import type { Row } from './run';
import { summarise } from './stats';

const HEADER = ['Client ID', 'First Name', 'Last Name', 'Mobile Number', 'Telephone', 'Email', 'Gender', 'Date of Birth', 'Note', 'Added'];
const FIRST = ['Ana', 'Ben', 'Cleo', 'Dev', 'Ema', 'Finn', 'Gus', 'Hana', 'Ivo', 'Jade'];

function freshaCsv(rows: number): Buffer {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const lines = [HEADER.join(',')];
  for (let i = 0; i < rows; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = `Imported${pad(i, 5)}`;
    lines.push(
      [
        String(200000 + i),
        first,
        last,
        `07700 ${pad(i, 6)}`,
        '',
        `${first}.${last}@example.com`.toLowerCase(),
        i % 2 ? 'Male' : 'Female',
        `${pad((i % 28) + 1, 2)}/${pad((i % 12) + 1, 2)}/19${pad(50 + (i % 50), 2)}`,
        i % 5 === 0 ? '"Prefers mornings, sensitive crown"' : '',
        `${pad((i % 28) + 1, 2)}/06/2024`,
      ].join(','),
    );
  }
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

async function ok(api: ApiClient, channel: string, input: unknown): Promise<unknown> {
  const r = await api.call(channel, input);
  if (!r.ok) throw new Error(`${channel} failed in the bench: ${JSON.stringify(r.error)}`);
  return r.data;
}

export async function importBench(rows: number, log: (s: string) => void): Promise<Row[]> {
  const file = freshaCsv(rows);
  log(`moving in: ${rows} rows read and mapped as the screen's worker does…`);
  const t0 = performance.now();
  const parsed = parseCsv(decodeText(new Uint8Array(file), 'utf-8'));
  if (!parsed.ok) throw new Error(saidIn(parsed.message, 'en-GB'));
  const guess = guessMapping(parsed.table.headers);
  const order = guessDateOrder(
    parsed.table.rows.slice(0, 2000).map((r) => ({ cell: r.cells[7] ?? '', line: r.line })),
    'en-GB',
  ).order;
  const mapped = mapRows(parsed.table, { fields: guess.fields, dateOrder: order, today: new Date().toISOString().slice(0, 10) });
  const mapMs = performance.now() - t0;
  if (mapped.rows.length !== rows) throw new Error(`mapped ${mapped.rows.length} of ${rows} rows`);

  const open = await openTestDatabase();
  const root = createApi(open, { tasks: 'worker' });
  const desk = root.client();
  const other = root.client();
  try {
    log('…the dry run through the API (worker)…');
    const t1 = performance.now();
    await ok(desk, 'clients.importCheck', { rows: mapped.rows });
    const checkMs = performance.now() - t1;

    log('…the import through the API (worker), another desk searching and saving meanwhile…');
    let finished = false;
    const t2 = performance.now();
    const importing = ok(desk, 'clients.import', {
      fileName: 'bench.csv',
      sha256: 'ab'.repeat(32),
      system: 'fresha',
      rows: mapped.rows,
    }).finally(() => (finished = true));
    const searches: number[] = [];
    const saves: number[] = [];
    let busy = 0; // saves refused as busy: they waited out the busy timeout (5 s)
    for (let i = 0; !finished; i++) {
      const s = performance.now();
      await ok(other, 'clients.search', { query: FIRST[i % FIRST.length]!, limit: 100 });
      searches.push(performance.now() - s);
      if (i % 10 === 0) {
        const w = performance.now();
        const saved = await other.call('clients.create', { firstName: 'Desk', lastName: `Two${i}`, phone: '07700 111222' });
        saves.push(performance.now() - w);
        if (!saved.ok) busy++;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await importing;
    const importMs = performance.now() - t2;
    const searchQuiet: number[] = [];
    for (let i = 0; i < 50; i++) {
      const s = performance.now();
      await ok(other, 'clients.search', { query: FIRST[i % FIRST.length]!, limit: 100 });
      searchQuiet.push(performance.now() - s);
    }

    log('…and the raw INSERTs of the same rows, for the baseline.');
    // A second fresh database: the same schema and indexes, no checks, no audit entries.
    const bare = await openTestDatabase();
    const insert = bare.sqlite.prepare(
      "INSERT INTO clients (first_name, last_name, phone, phone_digits, email, date_of_birth, case_type, notes) VALUES (?, ?, ?, ?, ?, ?, 'hair_loss', ?)",
    );
    const t3 = performance.now();
    bare.sqlite.transaction(() => {
      for (const r of mapped.rows)
        insert.run(r.firstName, r.lastName, r.phone, phoneSearchDigits(r.phone, 'GB'), r.email, r.dateOfBirth, r.notes);
    })();
    const rawMs = performance.now() - t3;
    bare.close();

    const one = (n: number) => ({ median: n, p95: n, runs: 1 });
    const total = mapMs + checkMs + importMs;
    return [
      { clients: rows, operation: 'moving in: read and map the CSV (the screen’s worker)', app: one(mapMs), raw: null, maxRatio: null },
      { clients: rows, operation: 'moving in: dry run (clients.importCheck, worker)', app: one(checkMs), raw: null, maxRatio: null },
      {
        clients: rows,
        operation: 'moving in: import in one transaction (clients.import, worker)',
        app: one(importMs),
        raw: one(rawMs),
        maxRatio: null,
        note: 'baseline: the same rows as raw INSERTs into the same schema and indexes, one transaction, no checks or audit entries',
      },
      {
        clients: rows,
        operation: 'moving in: the whole of it, read to imported',
        app: one(total),
        raw: null,
        target: 10_000,
        maxRatio: null,
      },
      {
        clients: rows,
        operation: 'moving in: another desk’s search while the import runs',
        app: summarise(searches),
        raw: summarise(searchQuiet),
        maxRatio: null,
        note: `${searches.length} searches; baseline: the same searches once it is done`,
      },
      {
        clients: rows,
        operation: 'moving in: another desk saving a client while the import runs',
        app: summarise(saves),
        raw: null,
        maxRatio: null,
        note: `${saves.length} saves, ${busy} refused as busy; the slowest waited ${Math.round(Math.max(...saves))} ms for the import’s transaction (the API thread waits with it)`,
      },
    ];
  } finally {
    open.close();
  }
}
