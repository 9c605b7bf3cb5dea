// The child process of api/encryption-at-rest.test.ts: opens a plain database as the app would (which
// encrypts it) and kills itself with SIGKILL after the named step, as a power cut would.
// The key comes in STIPPLE_DB_KEY.
import { resolveDatabaseKey } from './key-file';
import { openDatabase } from './open';

const [file, migrationsFolder, step] = process.argv.slice(2);
if (!file || !migrationsFolder || !step) throw new Error('usage: encrypt-kill-child <db> <migrations> <step>');
const { key } = resolveDatabaseKey({ databaseFile: file, env: process.env, create: false });
await openDatabase(file, {
  migrationsFolder,
  key,
  onEncryptStep: (s) => {
    if (s === step) process.kill(process.pid, 'SIGKILL');
  },
});
process.stdout.write('finished without being killed\n');
