// For network/faults.test.ts: a workstation whose hub cannot be reached charts sessions as fast as
// it can and prints "ack <n>" after each one its outbox accepted; the test kills it with SIGKILL.
import { HubUnreachable, type HubTransport } from './hub-transport';
import { createWorkstationApi } from './workstation-api';

const [folder, key, clients, from] = process.argv.slice(2);
const clientIds = (clients ?? '').split(',').map(Number);
const nowhere: HubTransport = {
  call: () => Promise.reject(new HubUnreachable()),
  deviceSession: () => Promise.reject(new HubUnreachable()),
};
const ws = createWorkstationApi({ transport: nowhere, folder: folder!, key: key!, intervalMs: 0, retryAfterMs: 0 });
process.stdout.write('ready\n');
for (let n = Number(from ?? 0); ; n++) {
  const clientId = clientIds[n % clientIds.length]!;
  const r = await ws.call(
    'sessions.chart',
    {
      clientId,
      performedAt: new Date(Date.now() - 3_600_000).toISOString(),
      pigmentBrand: 'Scalp Ink',
      pigmentShade: 'Medium Grey',
      dilution: '1:3',
      pigmentBatch: `KILL-${n}`,
      pigmentExpiry: '2027-06-30',
      needle: '1RL 0.25',
      zones: ['crown'],
    },
    'window-1',
  );
  if (r.ok || !r.error.queued) throw new Error(`not kept: ${JSON.stringify(r)}`);
  process.stdout.write(`ack ${n}\n`);
}
