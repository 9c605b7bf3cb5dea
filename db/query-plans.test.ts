// The hot queries' plans, so a lost or changed index fails here rather than as a slow app at 50,000
// clients. Run on a small demo clinic with statistics (ANALYZE), as a real database has them.
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoClinic } from '../bench/demo-clinic';
import type { OpenDatabase } from './open';
import { loadChart } from './queries/chart';
import { searchStatements, type SearchInput } from './queries/client-search';
import { BLOCKED_SQL, BOOKINGS_SQL } from './queries/book';
import { RECALL_SQL } from './queries/batches';
import { ROOM_OCCUPIED_SQL } from './queries/rooms';
import { BREAKDOWN_SQL, COUNT_ALL_SQL } from './queries/retention-breakdown';
import { openTestDatabase } from './testing';

let open: OpenDatabase;
beforeAll(async () => {
  open = await openTestDatabase();
  generateDemoClinic(open.sqlite, { clients: 400, today: '2026-11-20', auditRecords: false });
  open.sqlite.exec('ANALYZE');
});
afterAll(() => open.close());

function plan(sqlite: Database.Database, sql: string, params: unknown[]): string[] {
  const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

const search = (query: string, extra: Partial<SearchInput> = {}): SearchInput => ({
  query,
  includeArchived: false,
  limit: 100,
  offset: 0,
  ...extra,
});

describe('client search plans', () => {
  // Every read of `clients` in a search is a range or walk of one of the covering indexes: never
  // the table itself, never a full scan of the table.
  const cases: [string, SearchInput, number, RegExp[]][] = [
    [
      'a surname prefix, few matches',
      search('smi'),
      20,
      [
        /SEARCH c USING COVERING INDEX clients_search_last_idx \(search_last>\? AND search_last<\?\)/,
        /clients_search_first_idx \(search_first>\? AND search_first<\?\)/,
        /clients_search_other_idx \(search_other>\? AND search_other<\?\)/,
        /clients_email_idx \(email>\? AND email<\?\)/,
      ],
    ],
    [
      'a name with accents, few matches',
      search('Çelik'),
      20,
      [/SEARCH c USING COVERING INDEX clients_search_last_idx \(search_last>\? AND search_last<\?\)/],
    ],
    ['a one-letter prefix, many matches', search('s'), 5000, [/SCAN c USING COVERING INDEX clients_name_order_idx/]],
    [
      'a phone prefix, few matches',
      search('07123'),
      20,
      [/SEARCH c USING COVERING INDEX clients_phone_digits_idx \(phone_digits>\? AND phone_digits<\?\)/],
    ],
    [
      'a phone number typed with spaces and a calling code',
      search('+44 7123 45'),
      20,
      [/SEARCH c USING COVERING INDEX clients_phone_digits_idx \(phone_digits>\? AND phone_digits<\?\)/],
    ],
    [
      'a phone prefix, many matches',
      search('07'),
      40000,
      [/SCAN c USING COVERING INDEX clients_name_order_idx/, /SEARCH c USING COVERING INDEX clients_phone_digits_idx \(phone_digits<\?\)/],
    ],
    ['two words', search('james sm'), 20, [/clients_search_last_idx \(search_last>\? AND search_last<\?\)/]],
    ['everyone', search(''), 40000, [/SCAN c USING COVERING INDEX clients_name_order_idx/, /COVERING INDEX clients_archived_idx/]],
    ['archived included', search('smi', { includeArchived: true }), 20, [/clients_search_last_idx \(search_last>\? AND search_last<\?\)/]],
  ];
  for (const [name, input, matches, expected] of cases) {
    it(`uses the covering indexes: ${name}`, () => {
      const statements = searchStatements(input, matches);
      const lines = statements.flatMap(({ sql, params }) => plan(open.sqlite, sql, params));
      for (const re of expected)
        expect(
          lines.some((l) => re.test(l)),
          `${re} in\n${lines.join('\n')}`,
        ).toBe(true);
      const clientReads = lines.filter((l) => / c\b| clients\b/.test(l) && /^(SCAN|SEARCH)/.test(l));
      expect(clientReads.length).toBeGreaterThan(0);
      for (const l of clientReads) {
        // count(*) of the whole table counts pages of its smallest index; everything else is covered.
        if (/^SCAN clients USING COVERING INDEX/.test(l)) continue;
        expect(l, lines.join('\n')).toMatch(/COVERING INDEX clients_|INTEGER PRIMARY KEY/);
      }
      // The page never sorts the whole clinic: a walk in name order needs no temp b-tree.
      const page = statements.find((st) => st.sql.includes('LIMIT ? OFFSET ?'))!;
      if (matches >= 1000) expect(plan(open.sqlite, page.sql, page.params).join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    });
  }

  it('computes summary columns for the page rows by index only', () => {
    const summary = searchStatements(search('smi'), 20).find((s) => s.sql.includes('json_each'))!;
    const lines = plan(open.sqlite, summary.sql, [{ ids: '[1,2,3]' }]);
    const text = lines.join('\n');
    expect(text).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
    expect(text).toMatch(/SEARCH x USING INDEX sessions_client_idx/);
    expect(text).toMatch(/SEARCH p USING INDEX plans_client_idx/);
    expect(text).toMatch(/SEARCH d USING INDEX deposits_plan_idx/);
    expect(text).not.toMatch(/^SCAN (x|p|d|sessions|treatment_plans|deposits)\b/m);
  });
});

describe('chart plans', () => {
  it('reads every table of a chart through an index, never a scan', () => {
    const seen: string[] = [];
    const sqlite = open.sqlite as Database.Database & { prepare: Database.Database['prepare'] };
    const original = sqlite.prepare;
    sqlite.prepare = ((sql: string) => {
      seen.push(sql);
      return original.call(sqlite, sql);
    }) as Database.Database['prepare'];
    try {
      expect(loadChart(open.db, 1)).toBeDefined();
    } finally {
      sqlite.prepare = original;
    }
    expect(seen.length).toBeGreaterThanOrEqual(8);
    for (const sql of seen) {
      const params = new Array((sql.match(/\?/g) ?? []).length).fill(1);
      const lines = plan(open.sqlite, sql, params);
      // aftercare_templates is the clinic's handful of templates: scanning it is the right plan.
      for (const l of lines.filter((x) => /^(SCAN|SEARCH)/.test(x) && !/^SCAN aftercare_templates$/.test(x))) {
        expect(l, `${sql}\n${lines.join('\n')}`).toMatch(/^SEARCH .* USING (COVERING )?(INDEX|INTEGER PRIMARY KEY)/);
      }
    }
  });
});

describe('appointment book plans', () => {
  const params = { practitionerId: 1, from: '2026-11-16T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' };
  it('reads one practitioner’s week of bookings as a range of the (practitioner, start) index', () => {
    const lines = plan(open.sqlite, BOOKINGS_SQL, [params]);
    const text = lines.join('\n');
    expect(text).toMatch(
      /SEARCH s USING INDEX sessions_practitioner_booked_idx \(practitioner_id=\? AND booked_for>\? AND booked_for<\?\)/,
    );
    expect(text).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
    // Each badge is a lookup of one client's (or plan's) rows, never a scan.
    for (const l of lines.filter((x) => /^(SCAN|SEARCH)/.test(x.trim()))) {
      expect(l, text).toMatch(/SEARCH .* USING (COVERING )?(INDEX|INTEGER PRIMARY KEY)/);
    }
  });
  it('reads one room’s bookings for the clash check as a range of the (room, start) index', () => {
    const text = plan(open.sqlite, ROOM_OCCUPIED_SQL, [{ roomId: 1, from: params.from, to: params.to }]).join('\n');
    expect(text).toMatch(/SEARCH s USING INDEX sessions_room_booked_idx \(room_id=\? AND booked_for>\? AND booked_for<\?\)/);
  });
  it('finds blocked time through its own index', () => {
    expect(plan(open.sqlite, BLOCKED_SQL, [params]).join('\n')).toMatch(/SEARCH blocked_times USING INDEX blocked_times_staff_idx/);
  });
});

describe('pigment batch recall plans', () => {
  it('finds a batch’s sessions through the batch index and each client by its key, never a scan', () => {
    const lines = plan(open.sqlite, RECALL_SQL, [{ batchNumber: 'SC26-1234' }]);
    const text = lines.join('\n');
    expect(text).toMatch(/SEARCH s USING INDEX sessions_pigment_batch_idx \(pigment_batch=\?\)/);
    expect(text).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
    expect(text).not.toMatch(/^SCAN/m);
  });
  it('sums the kept counts of the period as a range of their primary key, and counts them afresh with no sort of the sessions', () => {
    // Ten years read the small table of counts only, never the sessions; one month is a range of its key.
    const decade = plan(open.sqlite, BREAKDOWN_SQL, [{ fromMonth: '2016-11', toMonth: '2026-11', practitionerId: null }]).join('\n');
    expect(decade).toMatch(/(SCAN|SEARCH) retention_tallies/);
    expect(decade).not.toMatch(/sessions|retention_notes|clients/);
    const month = plan(open.sqlite, BREAKDOWN_SQL, [{ fromMonth: '2026-10', toMonth: '2026-10', practitionerId: null }]).join('\n');
    expect(month).toMatch(/SEARCH retention_tallies USING INDEX sqlite_autoindex_retention_tallies_1 \(month>\? AND month<\?\)/);
    const count = plan(open.sqlite, COUNT_ALL_SQL, []).join('\n');
    expect(count).toMatch(/SCAN s USING INDEX sessions_performed_idx/);
    expect(count).toMatch(/SEARCH r USING INDEX retention_session_zone_uq \(session_id=\?\)/);
    expect(count).not.toMatch(/TEMP B-TREE FOR (ORDER BY|RIGHT PART OF ORDER BY)/);
  });
});
