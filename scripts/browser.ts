// Entry point of `npm run browser`: the browser host (browser-host/cli.ts), or with --join / --data
// a workstation window whose API is the clinic's hub (workstation-window.ts). Here because both join
// two transports (browser-host's page server and network's hub link), and transports do not import
// each other. The browser host is served through network/join-hub.ts, as in the desktop app: a new
// database's first-run screen can join the clinic's hub (the pairing then lives in `workstation/`
// beside the database, under the database's key), and a later start with the same --db is that
// workstation again.
import { parseCli } from '../browser-host/cli-args';

let workstation = false;
try {
  const parsed = parseCli(process.argv.slice(2));
  workstation = parsed !== 'help' && parsed.workstation !== null;
} catch {
  // browser-host/cli.ts says what is wrong with the command line
}
if (workstation) await import('./workstation-window');
else {
  const [{ runBrowserHost }, { startStipple }, { WorkstationFileError }] = await Promise.all([
    import('../browser-host/cli'),
    import('../network/join-hub'),
    import('../network/workstation-store'),
  ]);
  const log = (message: string, error?: unknown) =>
    console.error(`[stipple browser-host] ${message}`, ...(error === undefined ? [] : [error]));
  await runBrowserHost(async (openLocal, { dbFile, key }) => {
    const api = await startStipple({
      databaseFile: dbFile,
      key,
      openLocal: async () => {
        const local = await openLocal();
        return { api: local.root, close: () => local.close() };
      },
      log,
    }).catch((error: unknown) => {
      if (!(error instanceof WorkstationFileError)) throw error;
      console.error(error.message); // written for the person at the computer
      process.exit(1);
    });
    if (api.link) console.error(`Workstation “${api.link.name}” of the clinic's hub at ${api.link.address}`);
    return api;
  });
}
