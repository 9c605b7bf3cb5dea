import type { NetworkInterfaceInfo } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import type { HubState } from '../contract/network';
import { testApi } from '../testing';
import { hubAddresses } from './network';

const nic = (address: string, family: 'IPv4' | 'IPv6', internal = false): NetworkInterfaceInfo =>
  ({
    address,
    family,
    internal,
    netmask: '',
    mac: '00:00:00:00:00:00',
    cidr: null,
    ...(family === 'IPv6' ? { scopeid: 0 } : {}),
  }) as NetworkInterfaceInfo;
const INTERFACES = {
  lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
  eth0: [nic('192.168.1.10', 'IPv4'), nic('fe80::1', 'IPv6'), nic('2001:db8::10', 'IPv6')],
  wlan0: [nic('10.0.0.7', 'IPv4')],
};

let t: Awaited<ReturnType<typeof testApi>> | null = null;
afterEach(() => t?.close());

describe('network.hubStatus', () => {
  it('lists this computer’s LAN addresses first, then loopback, without link-local ones', () => {
    expect(hubAddresses(INTERFACES)).toEqual([
      { address: '192.168.1.10', network: 'eth0' },
      { address: '2001:db8::10', network: 'eth0' },
      { address: '10.0.0.7', network: 'wlan0' },
      { address: '127.0.0.1', network: 'this computer only' },
    ]);
  });

  it('answers with the host’s hub state and the addresses', async () => {
    const state: HubState = { state: 'failed', address: null, fingerprint: null, problem: 'Port 8443 is already in use.' };
    t = await testApi(undefined, { hubState: () => state, networkInterfaces: () => INTERFACES });
    expect(await t.ok('network.hubStatus', {})).toEqual({ ...state, addresses: hubAddresses(INTERFACES) });
  });

  it('says plainly when the switch is on but this host cannot serve workstations', async () => {
    t = await testApi(undefined, { networkInterfaces: () => INTERFACES });
    expect(await t.ok('network.hubStatus', {})).toMatchObject({ state: 'off', problem: null });
    await t.ok('settings.update', { hubEnabled: true });
    expect((await t.ok('network.hubStatus', {})).problem).toMatch(/cannot serve workstations/);
  });

  it('is the owner’s alone', async () => {
    t = await testApi(undefined, { networkInterfaces: () => INTERFACES });
    await t.ok('auth.setupOwner', { name: 'Jo Owner', pin: '1111', confirmPin: '1111' });
    const reception = await t.ok('staff.create', { name: 'Rae Desk', role: 'reception' });
    await t.ok('auth.setPin', { staffId: reception.id, pin: '3333' });
    await t.ok('auth.signIn', { staffId: reception.id, pin: '3333' });
    expect(await t.err('network.hubStatus', {})).toMatchObject({ code: 'forbidden' });
    expect(await t.err('settings.update', { hubEnabled: true })).toMatchObject({ code: 'forbidden' });
  });
});
