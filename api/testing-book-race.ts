// One desk in the booking race (api/book-race.test.ts), a test helper run as a process of its own: it
// opens the clinic's file, waits for the agreed moment and books (in a room, when one is given), and
// prints the envelope as JSON.
import { openDatabase } from '../db/open';
import { MIGRATIONS_FOLDER, TEST_KEY } from '../db/testing';
import { createApi } from './dispatch';

const [file, clientId, practitionerId, bookedFor, startAt, roomId] = process.argv.slice(2);
const open = await openDatabase(file!, { migrationsFolder: MIGRATIONS_FOLDER, key: TEST_KEY });
const api = createApi(open).client();
while (Date.now() < Number(startAt)) await new Promise((r) => setTimeout(r, 1));
const result = await api.call('sessions.book', {
  clientId: Number(clientId),
  practitionerId: Number(practitionerId),
  bookedFor,
  ...(roomId ? { roomId: Number(roomId) } : {}),
});
process.stdout.write(`${JSON.stringify(result)}\n`);
open.close();
