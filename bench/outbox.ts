// The offline half of the clinic network: saving a session chart to the outbox while the hub
// cannot be reached (target p95 < 10 ms: durable, encrypted, synchronous=FULL), and sending a
// 100-change outbox when the hub is back (target < 2 s), to a real hub API in this process (the
// fake link of network/fake-hub.ts; the TLS link's own cost is measured once it is there).
// `npx tsx bench/outbox.ts`
import { chartInput, clinicHub, PINS, workstation } from '../network/testing-clinic';
import { summarise } from './stats';

const CHANGES = 100;
const clinic = await clinicHub(CHANGES);
const desk = workstation(clinic);
const window = await desk.window(clinic.jo, PINS.jo);
desk.link.cut('before');
const saves: number[] = [];
for (const id of clinic.clients) {
  const start = performance.now();
  const r = await desk.call('sessions.chart', chartInput(id), window);
  saves.push(performance.now() - start);
  if (r.ok || !r.error.queued) throw new Error('not kept in the outbox');
}
desk.link.cut('none');
const start = performance.now();
const report = await desk.ws.flush();
const sendMs = performance.now() - start;
if (report.sent !== CHANGES) throw new Error(`sent ${report.sent} of ${CHANGES}`);
const save = summarise(saves);
console.log(
  `outbox save (offline, ${saves.length} charts): median ${save.median.toFixed(2)} ms, p95 ${save.p95.toFixed(2)} ms (target < 10 ms)`,
);
console.log(`send ${CHANGES} changes on reconnect: ${sendMs.toFixed(0)} ms (target < 2000 ms)`);
desk.ws.close();
clinic.close();
