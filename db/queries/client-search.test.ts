// Search as you type against a plain reference: every row of the clinic filtered in JavaScript with
// the one normaliser (core/search-key.ts) and sorted with Intl.Collator for the clinic's locale.
// Covers both page strategies (dense walk, sparse sort), offsets, archived clients, several words,
// phone digits, names in several scripts, and the characters that trip up prefix ranges.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoClinic } from '../../bench/demo-clinic';
import { phoneQueryDigits } from '../../core/phone';
import { nameSearchKeys, searchKey } from '../../core/search-key';
import { fillMissingClientKeys } from '../client-keys';
import type { OpenDatabase } from '../open';
import { openTestDatabase } from '../testing';
import { DEFAULT_TUNING, parseWords, prefixEnd, searchClients } from './client-search';

interface Person {
  id: number;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  phone_digits: string | null;
  archived_at: string | null;
}

let open: OpenDatabase;
let people: Person[];
beforeAll(async () => {
  open = await openTestDatabase();
  generateDemoClinic(open.sqlite, { clients: 3000, today: '2026-11-20', auditRecords: false });
  // Names and emails with the characters that matter for ranges: @, _, %, ', and case; written
  // without keys, as a row from before them, and given theirs by the one filler.
  const add = open.sqlite.prepare('INSERT INTO clients (first_name, last_name, email, phone) VALUES (?, ?, ?, ?)');
  add.run('Zed', 'A_b', 'a_b@x.io', '+44 7700 900123');
  add.run('Zed', 'A%c', 'a@b.io', null);
  add.run('zoë', "o'neill", 'A[b@x.io', null);
  add.run('Al', 'ab', 'ab@x.io', null);
  add.run('Ömer', 'Çelik', null, '+90 532 123 45 67');
  add.run('Siobhán', 'Ó Briain', 'sob@x.ie', '(01) 234-5678');
  add.run('Анна', 'Иванова', null, null);
  add.run('—', '’', null, null);
  expect(fillMissingClientKeys(open.sqlite)).toBe(8);
  people = open.sqlite.prepare('SELECT id, first_name, last_name, email, phone, phone_digits, archived_at FROM clients').all() as Person[];
});
afterAll(() => open.close());

const lower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const collator = new Intl.Collator('en-GB');

function reference(query: string, includeArchived: boolean, limit: number, offset: number) {
  const trimmed = query.trim();
  const onlyPhone = /^[+\d()\-.\s]+$/.test(trimmed) && /\d/.test(trimmed);
  const words = onlyPhone ? [trimmed] : trimmed.split(/\s+/).filter(Boolean);
  const matches = people
    .filter((p) => includeArchived || p.archived_at === null)
    .filter((p) =>
      words.every((w) => {
        if (onlyPhone || (/^[+\d()\-.]+$/.test(w) && /\d/.test(w))) {
          const digits = phoneQueryDigits(w, 'GB');
          return digits === '' || (p.phone_digits ?? '').startsWith(digits);
        }
        const key = searchKey(w);
        if (key === '') return true;
        const keys = nameSearchKeys(p.first_name, p.last_name);
        return [keys.first, keys.last, keys.other ?? ''].some((k) => k.startsWith(key)) || lower(p.email ?? '').startsWith(lower(w));
      }),
    )
    .sort((a, b) => collator.compare(a.last_name, b.last_name) || collator.compare(a.first_name, b.first_name) || a.id - b.id);
  return { total: matches.length, ids: matches.slice(offset, offset + limit).map((p) => p.id) };
}

describe('client search', () => {
  const queries = [
    '',
    's',
    'S',
    'sm',
    'smi',
    'j',
    'ja',
    'james sm',
    'SM JAMES',
    '0',
    '07',
    '0712',
    '07123',
    'james.smith',
    'a_',
    'a%',
    'a@',
    'a[',
    "o'n",
    'zo',
    'zoë',
    'ab',
    '+44 77',
    '+44 7700 900 1',
    '0044 (0)7700-900',
    '7700 900',
    '+90 532',
    '(01) 234',
    'ömer',
    'OMER',
    'çelik',
    'celik ömer',
    'lukasz',
    'łukasz',
    'obriain',
    'o briain',
    "o'brien",
    'briain',
    'garcia',
    'анна',
    'ИВАНОВА',
    'ivanova',
    'weiss',
    'nunez',
    'zoe',
    "'",
    'smith 07',
    'nobody',
    'x y',
  ];
  for (const q of queries) {
    it(`finds what a full scan finds: “${q}”`, () => {
      for (const includeArchived of [false, true]) {
        for (const [limit, offset] of [
          [100, 0],
          [25, 50],
          [100, 2000],
        ] as const) {
          const want = reference(q, includeArchived, limit, offset);
          // The app's tuning, and small thresholds that force every counting and paging strategy.
          for (const tuning of [DEFAULT_TUNING, { denseMatches: 50, countCap: 40 }, { denseMatches: 5000, countCap: 2 }]) {
            const got = searchClients(open.sqlite, { query: q, includeArchived, limit, offset }, tuning);
            expect({ total: got.total, ids: got.rows.map((r) => r.id) }).toEqual(want);
          }
        }
      }
    });
  }

  it('fills the summary columns from the chart', () => {
    const { rows } = searchClients(open.sqlite, { query: 'smith', includeArchived: false, limit: 100, offset: 0 });
    expect(rows.length).toBeGreaterThan(3);
    const one = open.sqlite.prepare.bind(open.sqlite);
    for (const r of rows) {
      const performed = one("SELECT count(*) FROM sessions WHERE client_id = ? AND status = 'performed' AND kind = 'course'")
        .pluck()
        .get(r.id);
      const last = one("SELECT max(performed_at) FROM sessions WHERE client_id = ? AND status = 'performed'").pluck().get(r.id);
      const next = one("SELECT min(booked_for) FROM sessions WHERE client_id = ? AND status = 'booked'").pluck().get(r.id);
      const quoted = one(
        "SELECT quoted_sessions FROM treatment_plans WHERE client_id = ? AND kind = 'course' AND status != 'cancelled' ORDER BY id DESC LIMIT 1",
      )
        .pluck()
        .get(r.id);
      const deposit = one(
        'SELECT d.status FROM deposits d JOIN treatment_plans p ON p.id = d.plan_id WHERE p.client_id = ? ORDER BY d.id DESC LIMIT 1',
      )
        .pluck()
        .get(r.id);
      expect(r).toMatchObject({
        performedSessions: performed,
        lastSessionAt: last ?? null,
        nextBookedFor: next ?? null,
        quotedSessions: quoted ?? null,
        depositStatus: deposit ?? null,
        archived: false,
      });
    }
  });

  it('turns a prefix into a range that NOCASE and digits order correctly', () => {
    expect(prefixEnd('sm')).toBe('sn');
    expect(prefixEnd('07')).toBe('08');
    expect(prefixEnd('09')).toBe('0:');
    expect(prefixEnd('a@')).toBe('a['); // 'A' would fold to 'a' under NOCASE
    expect(parseWords('Smith (0712)')).toEqual([
      { kind: 'name', lo: 'smith', hi: 'smiti', email: { lo: 'smith', hi: 'smiti' } },
      { kind: 'phone', lo: '712', hi: '713' },
    ]);
    // A number typed with spaces is one phone word; a name word folds, its email form does not.
    expect(parseWords('+44 7700 900')).toEqual([{ kind: 'phone', lo: '7700900', hi: '7700901' }]);
    expect(parseWords("O'Brien")).toEqual([{ kind: 'name', lo: 'obrien', hi: 'obrieo', email: { lo: "o'brien", hi: "o'brieo" } }]);
    expect(parseWords("' 0")).toEqual([]);
  });
});
