// A workstation's own folder (--data): what pairing gave it, and (later) its cache and outbox. The
// folder is 700 and `workstation.json` 600, not encrypted: the browser host has no keychain to keep
// a key in, and a key beside the file would add nothing. The desktop app should wrap the
// credential with safeStorage, as it does the database key. A stolen credential is revoked in
// Settings → Workstations on the hub.
import fs from 'node:fs';
import path from 'node:path';
import type { HubLink } from './hub-client';

export interface WorkstationFile extends HubLink {
  name: string;
  pairedAt: string;
}

export const workstationFileIn = (folder: string) => path.join(folder, 'workstation.json');

/** Creates the folder 700 (or checks that an existing one is private). */
export function prepareDataFolder(folder: string, platform: NodeJS.Platform = process.platform): void {
  if (!fs.existsSync(folder)) {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    fs.chmodSync(folder, 0o700);
    return;
  }
  const stat = fs.statSync(folder);
  if (!stat.isDirectory()) throw new Error(`${folder} is a file, not a folder. Choose a folder for --data.`);
  if (platform !== 'win32' && (stat.mode & 0o077) !== 0) {
    throw new Error(`${folder} can be opened by other users of this computer. Make it private (chmod 700 "${folder}") and try again.`);
  }
}

export function saveWorkstation(folder: string, link: WorkstationFile): void {
  prepareDataFolder(folder);
  const file = workstationFileIn(folder);
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, JSON.stringify(link, null, 2), { mode: 0o600 });
  fs.renameSync(partial, file);
}

/** What pairing saved in the folder, or null if this folder has not been paired. */
export function loadWorkstation(folder: string, platform: NodeJS.Platform = process.platform): WorkstationFile | null {
  const file = workstationFileIn(folder);
  if (!fs.existsSync(file)) return null;
  prepareDataFolder(folder, platform);
  if (platform !== 'win32' && (fs.statSync(file).mode & 0o077) !== 0) {
    throw new Error(`${file} can be read by other users of this computer. Make it private (chmod 600 "${file}") and try again.`);
  }
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WorkstationFile>;
  if (!data.address || !data.fingerprint || !data.certPem || !data.credential || !data.name) {
    throw new Error(`${file} is not a workstation's pairing file. Pair again with --join and --pairing-code.`);
  }
  return data as WorkstationFile;
}
