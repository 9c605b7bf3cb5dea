// A damaged database, seen as a new user would: once the integrity check that runs after start
// finds damage, the page shows the plain "damaged" message and nothing else — not "Loading
// clients…" forever under a sign-in prompt.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../api/dispatch';
import { MIGRATIONS_DIR } from '../../browser-host/build-renderer';
import { resolveDatabaseKey } from '../../db/key-file';
import { openDatabase } from '../../db/open';
import { damageTable } from '../../db/testing';
import { startApp, type StippleApp } from './harness';

let app: StippleApp;
let folder: string;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-e2e-damaged-'));
  const file = path.join(folder, 'chart.sqlite');
  // The key file beside the database, where the browser host looks for it.
  const { key } = resolveDatabaseKey({ databaseFile: file, env: {}, create: true });
  const open = await openDatabase(file, { migrationsFolder: MIGRATIONS_DIR, key });
  const api = createApi(open).client();
  const owner = await api.callTyped('auth.setupOwner', { name: 'Olu Owner', pin: '1234', confirmPin: '1234' });
  if (!owner.ok) throw new Error(owner.error.message);
  const insert = open.sqlite.prepare("INSERT INTO clients (first_name, last_name, notes) VALUES ('Ada', 'Byrne', ?)");
  for (let i = 0; i < 200; i++) insert.run('x'.repeat(500));
  open.close();
  damageTable(file, 'clients', key);
  app = await startApp({ dbFile: file, signIn: false });
});

afterAll(async () => {
  await app?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('a damaged chart database', () => {
  it('shows the plain damaged message alone, with no sign-in prompt and nothing loading forever', async () => {
    const { page } = app;
    await app.gotoApp('/clients');
    const alert = page.getByRole('alert').filter({ hasText: 'The chart database is damaged' });
    await alert.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await alert.textContent()).toBe(
      'The chart database is damaged, so nothing was saved and Stipple will not change it. Restore the latest backup.',
    );
    await page.getByRole('heading', { name: 'Stipple has stopped' }).waitFor({ state: 'visible' });
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByText(/Loading/).count()).toBe(0);
    expect(await page.getByText(/SqliteError|malformed|\n\s+at /).count()).toBe(0);
    await app.screenshot('damaged-database');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
