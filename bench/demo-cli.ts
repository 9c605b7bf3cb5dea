// `npm run demo -- --clients 50000 --db <file> [--seed 7] [--today YYYY-MM-DD]`: builds a demo clinic
// in a new database file (migrated, defaults seeded through the API, then the generator).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApi } from '../api/dispatch';
import { resolveDatabaseKey } from '../db/key-file';
import { openDatabase } from '../db/open';
import { MIGRATIONS_FOLDER } from '../db/testing';
import { demoLine } from './demo';
import { generateDemoClinic } from './demo-clinic';

export async function buildDemoDatabase(file: string, options: { clients: number; seed?: number; today?: string; quiet?: boolean }) {
  if (fs.existsSync(file)) throw new Error(`${file} already exists; demo data goes into a new file only.`);
  // Encrypted as every Stipple database, with the key file beside it (or STIPPLE_DB_KEY), so
  // `npm run browser -- --db <file>` opens it.
  const { key } = resolveDatabaseKey({ databaseFile: file, env: process.env, create: true });
  const open = await openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER, key });
  try {
    createApi(open); // runs the default seeders (aftercare template, pigments) as the app would
    const summary = generateDemoClinic(open.sqlite, {
      clients: options.clients,
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.today !== undefined ? { today: options.today } : {}),
      onProgress: options.quiet ? undefined : (n) => process.stderr.write(`\r${n} / ${options.clients} clients`),
    });
    if (!options.quiet) process.stderr.write('\n');
    open.sqlite.exec('ANALYZE');
    return summary;
  } finally {
    open.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { clients: { type: 'string', default: '1000' }, db: { type: 'string' }, seed: { type: 'string' }, today: { type: 'string' } },
  });
  const clients = Number(values.clients);
  if (!values.db || !Number.isInteger(clients) || clients < 1) {
    console.error('Usage: npm run demo -- --clients 50000 --db <new file.sqlite> [--seed 7] [--today YYYY-MM-DD]');
    process.exit(2);
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    console.error('--today must be a date like 2026-11-21.');
    process.exit(2);
  }
  try {
    const summary = await buildDemoDatabase(path.resolve(values.db), {
      clients,
      ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
      ...(values.today !== undefined ? { today: values.today } : {}),
    });
    console.log(`${demoLine(summary)}\nWritten to ${path.resolve(values.db)}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) void main();
