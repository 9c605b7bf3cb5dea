// Test databases built from the real migrations, in their own temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type OpenDatabase } from './open';

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export function tempDir(prefix = 'stipple-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function openTestDatabase(file = path.join(tempDir(), 'chart.sqlite')): Promise<OpenDatabase> {
  return openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER });
}
