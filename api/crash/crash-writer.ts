// The child process of the crash test (api/crash/crash.test.ts): charts sessions through the real API in a
// loop and prints "ack <clientId> <sessionId>" after each one has committed. The parent kills it with
// SIGKILL at a random moment and checks that every acknowledged chart is in the database.
import { createApi } from '../dispatch';
import { openDatabase } from '../../db/open';
import { resolveDatabaseKey } from '../../db/key-file';

const [dbFile, migrationsFolder] = process.argv.slice(2);
if (!dbFile || !migrationsFolder) throw new Error('usage: crash-writer <db> <migrations>');

// The test's key comes in STIPPLE_DB_KEY, as an IT script would give it.
const { key } = resolveDatabaseKey({ databaseFile: dbFile, env: process.env, create: false });
const open = await openDatabase(dbFile, { migrationsFolder, key });
const api = createApi(open, { requireSignIn: false }).client();

const staff = (await api.call('staff.list', {})) as { ok: true; data: { id: number }[] };
let practitionerId = staff.data[0]?.id;
if (practitionerId === undefined) {
  const created = await api.call('staff.create', { name: 'Crash Test', role: 'practitioner' });
  if (!created.ok) throw new Error(created.error.message);
  practitionerId = (created.data as { id: number }).id;
}

process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const client = await api.call('clients.create', {
    firstName: `Crash${process.pid}`,
    lastName: `Client${i}`,
    notes: 'x'.repeat(i % 7 === 0 ? 3000 : 20),
  });
  if (!client.ok) throw new Error(client.error.message);
  const clientId = (client.data as { id: number }).id;
  const session = await api.call('sessions.chart', {
    clientId,
    practitionerId,
    performedAt: '2026-11-02T10:00:00.000Z',
    prepDone: true,
    pigmentBrand: 'Scalp Ink',
    pigmentShade: 'Medium Grey',
    dilution: '1:3',
    pigmentBatch: `B-${i}`,
    pigmentExpiry: '2027-06-30',
    needle: '1RL 0.25',
    zones: ['crown', 'frontal_hairline'],
    densityNotes: `iteration ${i}`,
  });
  if (!session.ok) throw new Error(session.error.message);
  // Written only after the commit returned: stdout to a pipe is synchronous on Linux and macOS.
  process.stdout.write(`ack ${clientId} ${(session.data as { id: number }).id}\n`);
}
