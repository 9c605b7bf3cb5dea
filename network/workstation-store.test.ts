// The pairing file: sealed with the workstation's key (no credential in the clear), private, and a
// plain file from before sealing is read once and written again sealed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../db/testing';
import { WORKSTATION_KEY } from './testing-clinic';
import { loadWorkstation, saveWorkstation, workstationFileIn, type WorkstationFile } from './workstation-store';

const LINK: WorkstationFile = {
  address: '192.168.1.10:8443',
  fingerprint: 'AB:CD',
  certPem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
  credential: 'c'.repeat(43),
  name: 'Room 2 laptop',
  pairedAt: '2026-12-02T09:00:00.000Z',
};
const OTHER_KEY = '3c'.repeat(32);

describe('the workstation file', () => {
  it('is sealed: 600 in a 700 folder, nothing of the link readable, and opens only with its key', () => {
    const folder = path.join(tempDir('stipple-ws-'), 'workstation');
    saveWorkstation(folder, LINK, WORKSTATION_KEY);
    const file = workstationFileIn(folder);
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const text = fs.readFileSync(file, 'utf8');
    for (const part of [LINK.credential, LINK.certPem, LINK.address, LINK.name]) expect(text).not.toContain(part);
    expect(loadWorkstation(folder, WORKSTATION_KEY)).toEqual(LINK);
    expect(() => loadWorkstation(folder, OTHER_KEY)).toThrow(/cannot be opened with this computer’s key/);
  });

  it('seals each time with a fresh nonce, and a file renamed or edited does not open', () => {
    const folder = path.join(tempDir('stipple-ws-'), 'workstation');
    saveWorkstation(folder, LINK, WORKSTATION_KEY);
    const first = fs.readFileSync(workstationFileIn(folder), 'utf8');
    saveWorkstation(folder, LINK, WORKSTATION_KEY);
    const second = JSON.parse(fs.readFileSync(workstationFileIn(folder), 'utf8')) as { nonce: string; data: string };
    expect(second.nonce).not.toBe((JSON.parse(first) as { nonce: string }).nonce);
    const data = Buffer.from(second.data, 'base64');
    data[0]! ^= 1;
    fs.writeFileSync(workstationFileIn(folder), JSON.stringify({ ...second, data: data.toString('base64') }), { mode: 0o600 });
    expect(() => loadWorkstation(folder, WORKSTATION_KEY)).toThrow(/cannot be opened/);
  });

  it('reads a plain file from before once, and writes it again sealed', () => {
    const folder = path.join(tempDir('stipple-ws-'), 'workstation');
    fs.mkdirSync(folder, { mode: 0o700 });
    fs.writeFileSync(workstationFileIn(folder), JSON.stringify(LINK, null, 2), { mode: 0o600 });
    expect(loadWorkstation(folder, WORKSTATION_KEY)).toEqual(LINK);
    const text = fs.readFileSync(workstationFileIn(folder), 'utf8');
    expect(text).not.toContain(LINK.credential);
    expect(fs.statSync(workstationFileIn(folder)).mode & 0o777).toBe(0o600);
    expect(loadWorkstation(folder, WORKSTATION_KEY)).toEqual(LINK);
  });

  it('refuses a file other users can read, and one that is not a pairing', () => {
    const folder = path.join(tempDir('stipple-ws-'), 'workstation');
    saveWorkstation(folder, LINK, WORKSTATION_KEY);
    fs.chmodSync(workstationFileIn(folder), 0o644);
    expect(() => loadWorkstation(folder, WORKSTATION_KEY, 'linux')).toThrow(/can be read by other users/);
    fs.writeFileSync(workstationFileIn(folder), '{"hello": 1}', { mode: 0o600 });
    fs.chmodSync(workstationFileIn(folder), 0o600);
    expect(() => loadWorkstation(folder, WORKSTATION_KEY)).toThrow(/is not a workstation’s pairing file/);
    expect(loadWorkstation(path.join(folder, 'none'), WORKSTATION_KEY)).toBeNull();
  });
});
