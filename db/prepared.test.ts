import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { perConnection, preparedBySource, preparedOnce } from './prepared';

const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
function connection(): Database.Database {
  const db = new Database(':memory:');
  opened.push(db);
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('a'), ('b');");
  return db;
}

describe('statements prepared once per connection', () => {
  it('compiles a statement the first time a connection runs it, and hands the same one back after', () => {
    const one = connection();
    const two = connection();
    const byId = preparedOnce('SELECT name FROM t WHERE id = ?');
    expect(byId(one)).toBe(byId(one));
    expect(byId(two)).not.toBe(byId(one));
    expect(byId(one).get(2)).toEqual({ name: 'b' });
    // Each connection's statement runs on that connection.
    two.prepare("UPDATE t SET name = 'z' WHERE id = 2").run();
    expect(byId(two).get(2)).toEqual({ name: 'z' });
    expect(byId(one).get(2)).toEqual({ name: 'b' });
  });

  it('plucks the first column when asked', () => {
    const count = preparedOnce('SELECT count(*) FROM t', { pluck: true });
    expect(count(connection()).get()).toBe(2);
  });

  it('builds a group once per connection (Drizzle db or raw)', () => {
    let builds = 0;
    const group = perConnection((db: Database.Database) => {
      builds++;
      return { all: db.prepare('SELECT id FROM t ORDER BY id').pluck() };
    });
    const db = connection();
    expect(group(db).all.all()).toEqual([1, 2]);
    expect(group(db)).toBe(group(db));
    expect(builds).toBe(1);
    group(connection());
    expect(builds).toBe(2);
  });

  it('keeps composed SQL by its text, one cache per caller', () => {
    const db = connection();
    const prepare = preparedBySource();
    const other = preparedBySource();
    const sql = `SELECT id FROM t WHERE name IN (${['?', '?'].join(', ')})`;
    expect(prepare(db, sql)).toBe(prepare(db, sql));
    expect(prepare(db, 'SELECT 1')).not.toBe(prepare(db, sql));
    expect(other(db, sql)).not.toBe(prepare(db, sql));
    expect(prepare(db, sql).pluck().all('a', 'b')).toEqual([1, 2]);
  });
});
