import os, { type NetworkInterfaceInfo } from 'node:os';
import type { HubState, HubStatus } from '../contract/network';
import { anyoneHasPin } from '../../db/queries/sign-in';
import { ApiFailure, fail } from '../result';
import { readSettings } from './settings';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

const OFF: HubState = { state: 'off', address: null, fingerprint: null, problem: null };
const NO_HUB_HERE =
  'This copy of Stipple cannot serve workstations. Open the clinic’s data in the Stipple app, or start a headless hub (npm run stipple -- hub).';

/** This computer's addresses a workstation could reach, LAN first; link-local IPv6 left out (it needs a zone to listen on). */
export function hubAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): HubStatus['addresses'] {
  const lan: HubStatus['addresses'] = [];
  const loopback: HubStatus['addresses'] = [];
  for (const [name, list] of Object.entries(interfaces)) {
    for (const i of list ?? []) {
      if (i.family === 'IPv6' && /^fe80:/i.test(i.address)) continue;
      if (i.internal) loopback.push({ address: i.address, network: 'this computer only' });
      else lan.push({ address: i.address, network: name });
    }
  }
  return [...lan, ...loopback.filter((a) => a.address === '127.0.0.1')];
}

export const HOLDS_DATA =
  'This computer already holds a clinic’s data, so it cannot join a hub: joining would hide it. ' +
  'Make this computer the hub instead, or join from a computer that is new to Stipple.';

/** A Stipple that holds its own data (the hub, or one on its own): always local and connected, with no outbox. */
export const networkHandlers: HandlerMap<'network.status' | 'network.resolve' | 'network.hubStatus' | 'network.join'> = {
  'network.status'() {
    return { role: 'local', link: 'connected', waiting: 0, needsAttention: [], copiedAt: null };
  },
  'network.resolve'() {
    throw fail.rule(msg('refusals.network.nothingWaits'));
  },
  'network.hubStatus'(ctx) {
    const addresses = hubAddresses((ctx.networkInterfaces ?? os.networkInterfaces)());
    if (ctx.hubState) return { ...ctx.hubState(), addresses };
    // No host that follows the switch (a test's API): on means it cannot be honoured here.
    const state = readSettings(ctx).hubEnabled ? { ...OFF, state: 'failed' as const, problem: NO_HUB_HERE } : OFF;
    return { ...state, addresses };
  },
  // The check the host relies on before it removes this (empty) database and serves the hub's API instead.
  'network.join'(ctx) {
    const hasClient = ctx.sqlite.prepare('SELECT 1 FROM clients LIMIT 1').get() !== undefined;
    if (hasClient || anyoneHasPin(ctx.sqlite)) throw fail.rule(msg('refusals.network.holdsData'));
    // The host in front of the API (network/join-hub.ts) joins; it knows this answer by `joinByHost`.
    throw ApiFailure.of('rule', { message: msg('shell.joinByHost') }, { joinByHost: true });
  },
};
