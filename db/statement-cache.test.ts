import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenDatabase } from './open';
import { clients } from './schema';
import { openTestDatabase } from './testing';
import { withStatementCache } from './statement-cache';

const opened: OpenDatabase[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.close();
});
async function open() {
  const o = await openTestDatabase();
  opened.push(o);
  return o;
}

describe('the statement cache Drizzle runs on', () => {
  it('compiles the same SQL once', async () => {
    const { sqlite } = await open();
    const cached = withStatementCache(sqlite);
    expect(cached.prepare('SELECT 1 AS one')).toBe(cached.prepare('SELECT 1 AS one'));
    expect(cached.prepare('SELECT 2 AS two')).not.toBe(cached.prepare('SELECT 1 AS one'));
    // The connection itself is untouched: its own statements are its own.
    expect(sqlite.prepare('SELECT 1 AS one')).not.toBe(cached.prepare('SELECT 1 AS one'));
  });

  it('hands a statement back in the default row mode, whatever the last user did with it', async () => {
    const { sqlite } = await open();
    const cached = withStatementCache(sqlite);
    const s = cached.prepare('SELECT 1 AS one');
    expect(s.raw().get()).toEqual([1]);
    expect(cached.prepare('SELECT 1 AS one').get()).toEqual({ one: 1 });
  });

  it('keeps Drizzle reads, writes and transactions correct when the same SQL runs as mapped and plain rows', async () => {
    const { db } = await open();
    db.insert(clients).values({ firstName: 'Sam', lastName: 'Okafor' }).run();
    const mapped = () => db.select().from(clients).where(eq(clients.lastName, 'Okafor')).get();
    const plain = () => db.all<{ first_name: string }>(sql`select first_name from clients where last_name = 'Okafor'`);
    for (let i = 0; i < 3; i++) {
      expect(mapped()?.firstName).toBe('Sam');
      expect(plain()).toEqual([{ first_name: 'Sam' }]);
    }
    expect(() =>
      db.transaction((tx) => {
        tx.insert(clients).values({ firstName: 'Kim', lastName: 'Lee' }).run();
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    expect(
      db
        .select()
        .from(clients)
        .all()
        .map((c) => c.firstName),
    ).toEqual(['Sam']);
  });
});
