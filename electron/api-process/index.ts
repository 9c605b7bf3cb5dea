// The API process: a utilityProcess that holds the chart database, the API and the backup
// schedule, so SQLite never runs on the main process that handles windows (as Actual Budget's
// backend runs apart from its window). The main process only forwards each window's calls.
// A computer that joined the clinic's hub (first-run screen, network.join) has no database: this
// process then serves the hub's API through the workstation's outbox and copy, kept in
// `workstation/` beside where the database would be, under the same keychain-wrapped key.
import { startStipple } from '../../network/join-hub';
import { WorkstationFileError } from '../../network/workstation-store';
import { plainOpenMessage } from '../main/open-chart';
import { openLocalChart } from './local';
import { parentPortOf } from './parent-port';
import { decodeArgs, type FromApiProcess, type PortLike, type ToApiProcess } from './protocol';
import { serveApi } from './serve';

const port = parentPortOf(process);
// Worded in the language the main process speaks before the database is open (the system's, or the clinic's as last kept).
let speaks = 'en-GB';
const startFailed = (error: unknown) => (error instanceof WorkstationFileError ? error.message : plainOpenMessage(error, speaks));

async function main(): Promise<void> {
  const args = decodeArgs(process.argv);
  const start = await startMessage(port);
  speaks = start.locale ?? speaks;
  let damaged: string | null = null;
  // The clinic's language, for Electron's own (electron/main/app-locale.ts); a workstation has none of its own.
  let locale: string | null = null;
  let api;
  try {
    api = await startStipple({
      databaseFile: args.databaseFile,
      key: start.databaseKey,
      openLocal: async () => {
        const local = await openLocalChart(args, start, (message) => port.postMessage({ kind: 'damaged', message }));
        damaged = local.damaged;
        locale = local.locale;
        return local;
      },
      log: (message, error) => console.error(`[stipple api] ${message}`, ...(error === undefined ? [] : [error])),
    });
  } catch (error) {
    console.error(error);
    port.postMessage({ kind: 'failed', message: startFailed(error) });
    return;
  }
  const served = api;
  serveApi(port, served, () => served.close());
  port.postMessage(damaged === null ? { kind: 'ready', ...(locale === null ? {} : { locale }) } : { kind: 'damaged', message: damaged });
}

/** The main process's first message, with the database key. */
function startMessage(from: PortLike<ToApiProcess, FromApiProcess>): Promise<Extract<ToApiProcess, { kind: 'start' }>> {
  return new Promise((resolve) => {
    let started = false;
    from.onMessage((message) => {
      if (message.kind !== 'start' || started) return;
      started = true;
      resolve(message);
    });
  });
}

main().catch((error: unknown) => {
  console.error(error);
  port.postMessage({ kind: 'failed', message: startFailed(error) });
});
