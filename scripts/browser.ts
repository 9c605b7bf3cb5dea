// Entry point of `npm run browser`: the browser host (a hub with its own window, browser-host/cli.ts),
// or with --join / --data a workstation window whose API is the clinic's hub (workstation-window.ts).
// Here because a workstation window joins two transports (browser-host's page server and network's
// hub client), and transports do not import each other.
import { parseCli } from '../browser-host/cli-args';

let workstation = false;
try {
  const parsed = parseCli(process.argv.slice(2));
  workstation = parsed !== 'help' && parsed.workstation !== null;
} catch {
  // browser-host/cli.ts says what is wrong with the command line
}
if (workstation) await import('./workstation-window');
else await import('../browser-host/cli');
