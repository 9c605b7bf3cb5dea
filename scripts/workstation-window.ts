// `npm run browser -- --join <hub address> --pairing-code <code> --data <folder>`: a workstation
// window. This process is the window's local proxy: it serves the renderer on 127.0.0.1 as the
// browser host does, holds the device credential, and sends every API call on to the hub over TLS
// with the hub's certificate pinned. While the hub cannot be reached, the chair's changes wait in an
// encrypted outbox in the folder and reads come from its copy (network/workstation-api.ts). Later
// starts: `--data <folder>` alone.
import { parseCli, USAGE, type WorkstationOptions } from '../browser-host/cli-args';
import { buildRenderer, RENDERER_OUT_DIR, rendererBuildReason, REPO_ROOT } from '../browser-host/build-renderer';
import { startPageServer } from '../browser-host/page-server';
import path from 'node:path';
import type { DatabaseKey } from '../db/cipher';
import { resolveDatabaseKey } from '../db/key-file';
import { hubClient } from '../network/hub-client';
import { pairWithHub } from '../network/pair-client';
import { workstationWindowApi } from '../network/workstation-window-api';
import {
  hasWorkstation,
  loadWorkstation,
  prepareDataFolder,
  saveWorkstation,
  workstationFileIn,
  type WorkstationFile,
} from '../network/workstation-store';

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseCli(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  if (parsed === 'help' || parsed.workstation === null) return;
  const folder = parsed.workstation.dataFolder;
  if (!parsed.workstation.join && !hasWorkstation(folder))
    fail(
      `${workstationFileIn(folder)} does not exist: this folder has not been paired. Join the hub with --join <address> --pairing-code <code>.`,
    );
  // The workstation's own key for its outbox, its copy and its pairing file (not the hub's), in the private folder.
  const key = (() => {
    try {
      prepareDataFolder(folder);
      return resolveDatabaseKey({
        databaseFile: path.join(folder, 'outbox.sqlite'),
        env: {},
        keyFile: path.join(folder, 'workstation.key'),
        create: true,
      }).key;
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  })();
  const link = await linkFor(parsed.workstation, key).catch((error: unknown) =>
    fail(error instanceof Error ? error.message : String(error)),
  );
  try {
    const reason = parsed.build ? rendererBuildReason(REPO_ROOT) : null;
    if (reason) {
      console.error(`Building the renderer (${reason === 'missing' ? 'not built yet' : 'its sources changed'})…`);
      buildRenderer(REPO_ROOT);
    }
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const log = (message: string, error?: unknown) =>
    console.error(`[stipple workstation] ${message}`, ...(error === undefined ? [] : [error]));
  const api = workstationWindowApi({ client: hubClient(link), folder, key, log });
  const pages = await startPageServer({ api, rendererDir: RENDERER_OUT_DIR, port: parsed.port, log }).catch((error: unknown) =>
    fail(
      (error as { code?: string }).code === 'EADDRINUSE'
        ? `Port ${parsed.port} on 127.0.0.1 is already in use. Choose another with --port, or 0 for any free port.`
        : `Stipple could not start: ${String(error)}`,
    ),
  );
  const stop = () => {
    api.close();
    void pages.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.error(`Workstation “${link.name}” of the clinic's hub at ${link.address}`);
  process.stdout.write(`Stipple is running at ${pages.url}\n`);
}

/** Pairs on the first start (--join), else reads what pairing saved in the folder. */
async function linkFor(options: WorkstationOptions, key: DatabaseKey): Promise<WorkstationFile> {
  if (options.join) {
    const link = await pairWithHub({ address: options.join.address, code: options.join.pairingCode, name: options.join.name });
    const saved = { ...link, name: options.join.name, pairedAt: new Date().toISOString() };
    saveWorkstation(options.dataFolder, saved, key);
    console.error(
      `Paired with the clinic's hub at ${link.address} as “${saved.name}”. Next time, start with --data ${options.dataFolder} alone.`,
    );
    return saved;
  }
  return loadWorkstation(options.dataFolder, key)!; // main() checked that the folder was paired
}

await main();
