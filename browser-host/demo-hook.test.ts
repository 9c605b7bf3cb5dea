import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../api/dispatch';
import { openTestDatabase, tempDir } from '../db/testing';
import type { OpenDatabase } from '../db/open';
import { findDemoGenerator, loadDemo } from './demo-hook';

const opened: OpenDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function target() {
  const database = await openTestDatabase();
  opened.push(database);
  return { database, api: createApi(database).client() };
}

function rootWithDemo(source: string): string {
  const root = tempDir('stipple-demo-hook-');
  fs.mkdirSync(path.join(root, 'bench'));
  fs.writeFileSync(path.join(root, 'bench', 'demo.ts'), source);
  return root;
}

const GENERATOR = `
export async function seedDemo({ api }: { api: { call(c: string, i: unknown): Promise<unknown> } }) {
  await api.call('clients.create', { firstName: 'Demo', lastName: 'Client' });
  return 'Added 1 demo client.';
}
`;

describe('the --demo hook', () => {
  it('is a note when there is no generator yet', async () => {
    const root = tempDir('stipple-demo-hook-');
    expect(await findDemoGenerator(root)).toBeNull();
    expect(await loadDemo(await target(), root)).toMatch(/--demo ignored: there is no demo-data generator/);
  });

  it('runs bench/demo.ts seedDemo on an empty database', async () => {
    const t = await target();
    expect(await loadDemo(t, rootWithDemo(GENERATOR))).toBe('Added 1 demo client.');
    const found = await t.api.call('clients.search', { query: 'Demo' });
    expect(found).toMatchObject({ ok: true, data: { total: 1 } });
  });

  it('never mixes demo data into a database with clients', async () => {
    const t = await target();
    await t.api.call('clients.create', { firstName: 'Real', lastName: 'Person' });
    expect(await loadDemo(t, rootWithDemo(GENERATOR))).toMatch(/already has clients/);
    expect(await t.api.call('clients.search', { query: 'Demo' })).toMatchObject({ ok: true, data: { total: 0 } });
  });

  it('says so when bench/demo.ts exports no generator', async () => {
    await expect(findDemoGenerator(rootWithDemo('export const nothing = 1;\n'))).rejects.toThrow(/exports no seedDemo/);
  });
});
