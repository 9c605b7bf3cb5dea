// `npm run stipple -- hub` and `pairing-code` (scripts/stipple-cli.ts parses them).
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { HandlerContext } from '../api/context';
import { workstationHandlers } from '../api/handlers/workstations';
import { resolveDatabaseKey } from '../db/key-file';
import { openDatabase } from '../db/open';
import { certificateFileFor } from '../network/certificate';
import { hubAddressFileFor, startHub } from '../network/hub';
import type { CliIo } from './stipple-cli';

interface HubArgs {
  db: string;
  keyFile: string | null;
  host: string | null;
  port: number | null;
}

const keyOf = (p: HubArgs, io: CliIo, create: boolean) =>
  resolveDatabaseKey({ databaseFile: p.db, env: io.env ?? process.env, keyFile: p.keyFile, create });

export async function runHub(p: HubArgs, io: CliIo): Promise<number> {
  const found = keyOf(p, io, true);
  if (found.created)
    io.err(`A new database key was written to ${found.from}. Keep it private and safe: without it the database cannot be opened.`);
  let hub;
  try {
    hub = await startHub({ dbFile: p.db, databaseKey: found.key, migrationsFolder: io.migrationsFolder, host: p.host!, port: p.port! });
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    if (code === 'EADDRINUSE')
      throw new Error(`Port ${p.port} on ${p.host} is already in use. Choose another with --port.`, { cause: error });
    if (code === 'EADDRNOTAVAIL')
      throw new Error(`${p.host} is not an address of this computer. Give one it has, or 0.0.0.0 for all of them.`, { cause: error });
    if (code === 'EACCES')
      throw new Error(`Stipple is not allowed to listen on port ${p.port}. Choose a port above 1023.`, { cause: error });
    throw error;
  }
  io.out(
    `The clinic's hub is serving ${hub.database.file}\n  address: ${hub.server.address}\n  certificate fingerprint (SHA-256): ${hub.server.fingerprint}`,
  );
  io.out('Pair a workstation with a code from: npm run stipple -- pairing-code' + (p.db ? ` --db ${p.db}` : ''));
  await (io.untilStopped ?? (() => new Promise<void>(() => {})))();
  await hub.close();
  return 0;
}

export async function printPairingCode(p: HubArgs, io: CliIo): Promise<number> {
  const addressFile = hubAddressFileFor(p.db);
  const certFile = certificateFileFor(p.db);
  if (!fs.existsSync(addressFile) || !fs.existsSync(certFile)) {
    throw new Error(
      `${p.db} is not served as the clinic's hub yet. Start it with: npm run stipple -- hub --db ${p.db} --host <address> --port <n>`,
    );
  }
  const hub = {
    address: fs.readFileSync(addressFile, 'utf8').trim(),
    fingerprint: new crypto.X509Certificate(fs.readFileSync(certFile)).fingerprint256,
  };
  const open = await openDatabase(p.db, { migrationsFolder: io.migrationsFolder, key: keyOf(p, io, false).key });
  try {
    // As the other commands: the person at the command line holds the database key, so no sign-in;
    // the audit entry names no staff member.
    const ctx: HandlerContext = {
      db: open.db,
      sqlite: open.sqlite,
      now: io.now ?? (() => new Date()),
      actorId: null,
      caller: null,
      hub: () => hub,
    };
    const made = open.sqlite.transaction(() => workstationHandlers['workstations.pairingCode'](ctx, {})).immediate();
    io.out(
      `Pairing code: ${made.code}  (one use, until ${made.expiresAt.slice(11, 16)} UTC)\n  hub address: ${made.address}\n  certificate fingerprint (SHA-256): ${made.fingerprint}\n` +
        `On the workstation: npm run browser -- --join ${made.address} --pairing-code ${made.code} --data <folder>`,
    );
  } finally {
    open.close();
  }
  return 0;
}
