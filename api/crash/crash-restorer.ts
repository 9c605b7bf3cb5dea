// The child process of the restore crash test (api/crash/crash.test.ts): restores two backups, A and B, in
// turn into the same database, printing "restored A" / "restored B" after each has committed, until
// the parent kills it with SIGKILL. The database must then hold exactly A or exactly B.
import { restoreDatabase } from '../../db/restore';
import { openDatabase } from '../../db/open';
import { resolveDatabaseKey } from '../../db/key-file';

const [dbFile, migrationsFolder, backupA, backupB, safetyFolder] = process.argv.slice(2);
if (!dbFile || !migrationsFolder || !backupA || !backupB || !safetyFolder)
  throw new Error('usage: crash-restorer <db> <migrations> <a> <b> <folder>');

// The test's key comes in STIPPLE_DB_KEY, as an IT script would give it.
const { key } = resolveDatabaseKey({ databaseFile: dbFile, env: process.env, create: false });
const open = await openDatabase(dbFile, { migrationsFolder, key });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const [name, file] = i % 2 === 0 ? ['A', backupA] : ['B', backupB];
  await restoreDatabase(open.sqlite, file, { migrationsFolder, backupFolder: safetyFolder });
  process.stdout.write(`restored ${name}\n`);
}
