import { afterEach, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../open';
import { openTestDatabase } from '../testing';
import { otherOwnersWhoCanSignIn } from './staff';

let open: OpenDatabase | undefined;
afterEach(() => open?.close());

describe('other owners who can sign in', () => {
  it('counts only active owners with a PIN, leaving out the one asked about', async () => {
    open = await openTestDatabase();
    open.sqlite.exec(`
      INSERT INTO staff (id, name, role, pin_hash, active) VALUES
        (1, 'Jo', 'owner', 'h', 1),
        (2, 'Kim', 'owner', NULL, 1),
        (3, 'Lee', 'owner', 'h', 0),
        (4, 'Max', 'practitioner', 'h', 1);
    `);
    expect(otherOwnersWhoCanSignIn(open.sqlite, 1)).toBe(0);
    expect(otherOwnersWhoCanSignIn(open.sqlite, 2)).toBe(1);
    open.sqlite.exec("INSERT INTO staff (id, name, role, pin_hash) VALUES (5, 'Ana', 'owner', 'h')");
    expect(otherOwnersWhoCanSignIn(open.sqlite, 1)).toBe(1);
  });
});
