// A workstation's own folder: what pairing gave it (the hub's certificate and the device
// credential), its outbox and its copy. The folder is 700 and `workstation.json` 600, and the
// pairing itself is sealed with the workstation's key (AES-256-GCM, a random nonce, the file's name
// as associated data): the desktop app's key is wrapped by the keychain, the browser host's is
// `workstation.key` (or the database's key file). A stolen credential is revoked in Settings →
// Workstations on the hub.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseKey } from '../db/cipher';
import type { HubLink } from './hub-client';

export interface WorkstationFile extends HubLink {
  name: string;
  pairedAt: string;
}

/** The pairing file cannot be used; the message says what to do, for the clinic. */
export class WorkstationFileError extends Error {}

const FILE_NAME = 'workstation.json';
export const workstationFileIn = (folder: string) => path.join(folder, FILE_NAME);
export const hasWorkstation = (folder: string) => fs.existsSync(workstationFileIn(folder));

/** Creates the folder 700 (or checks that an existing one is private). */
export function prepareDataFolder(folder: string, platform: NodeJS.Platform = process.platform): void {
  if (!fs.existsSync(folder)) {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    fs.chmodSync(folder, 0o700);
    return;
  }
  const stat = fs.statSync(folder);
  if (!stat.isDirectory()) throw new WorkstationFileError(`${folder} is a file, not a folder. Choose a folder for --data.`);
  if (platform !== 'win32' && (stat.mode & 0o077) !== 0) {
    throw new WorkstationFileError(
      `${folder} can be opened by other users of this computer. Make it private (chmod 700 "${folder}") and try again.`,
    );
  }
}

interface SealedFile {
  stipple: 'workstation';
  v: 1;
  nonce: string;
  tag: string;
  data: string;
}

/** Its own key from the workstation's key (which also keys the outbox's SQLCipher file). */
function fileKey(key: DatabaseKey): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', Buffer.from(key, 'hex'), Buffer.alloc(0), 'stipple workstation file key', 32));
}

function seal(link: WorkstationFile, key: DatabaseKey): SealedFile {
  const nonce = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', fileKey(key), nonce);
  cipher.setAAD(Buffer.from(FILE_NAME, 'utf8'));
  const data = Buffer.concat([cipher.update(JSON.stringify(link), 'utf8'), cipher.final()]);
  return {
    stipple: 'workstation',
    v: 1,
    nonce: nonce.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

function unseal(sealed: SealedFile, key: DatabaseKey): unknown {
  const decipher = crypto.createDecipheriv('aes-256-gcm', fileKey(key), Buffer.from(sealed.nonce, 'base64'));
  decipher.setAAD(Buffer.from(FILE_NAME, 'utf8'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  return JSON.parse(Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8'));
}

export function saveWorkstation(folder: string, link: WorkstationFile, key: DatabaseKey): void {
  prepareDataFolder(folder);
  const file = workstationFileIn(folder);
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, JSON.stringify(seal(link, key), null, 2), { mode: 0o600 });
  fs.renameSync(partial, file);
}

/**
 * What pairing saved in the folder, or null if this folder has not been paired. A file from before
 * it was sealed (plain JSON) is read once and written again sealed.
 */
export function loadWorkstation(folder: string, key: DatabaseKey, platform: NodeJS.Platform = process.platform): WorkstationFile | null {
  const file = workstationFileIn(folder);
  if (!fs.existsSync(file)) return null;
  prepareDataFolder(folder, platform);
  if (platform !== 'win32' && (fs.statSync(file).mode & 0o077) !== 0) {
    throw new WorkstationFileError(
      `${file} can be read by other users of this computer. Make it private (chmod 600 "${file}") and try again.`,
    );
  }
  const notPairing = () =>
    new WorkstationFileError(`${file} is not a workstation’s pairing file. Join the hub again with a new pairing code.`);
  let stored: Partial<SealedFile> & Partial<WorkstationFile>;
  try {
    stored = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof stored;
  } catch {
    throw notPairing();
  }
  let data: Partial<WorkstationFile>;
  const plain = stored.stipple !== 'workstation';
  if (plain) {
    data = stored;
  } else {
    try {
      data = unseal(stored as SealedFile, key) as Partial<WorkstationFile>;
    } catch {
      throw new WorkstationFileError(
        `${file} cannot be opened with this computer’s key (it was sealed with another one, or it is damaged). Join the hub again with a new pairing code.`,
      );
    }
  }
  if (!data.address || !data.fingerprint || !data.certPem || !data.credential || !data.name) throw notPairing();
  const link = data as WorkstationFile;
  if (plain) saveWorkstation(folder, link, key); // the credential stops lying in the clear
  return link;
}
