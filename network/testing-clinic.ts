// A hub on a real encrypted database with staff who have PINs (so every call needs a sign-in and
// the audit names who), clients booked today, and workstations in front of it through a fake link
// that can be cut. For the tests of network/ only.
import path from 'node:path';
import { createApi, type StippleApi } from '../api/dispatch';
import { MIGRATIONS_FOLDER, openTestDatabase, openRaw, tempDir } from '../db/testing';
import type { OpenDatabase } from '../db/open';
import { fakeHub, type FakeHub } from './fake-hub';
import { createWorkstationApi, type WorkstationApi } from './workstation-api';

export const WORKSTATION_KEY = '7a'.repeat(32);

export interface Clinic {
  file: string;
  open: OpenDatabase;
  api: StippleApi;
  owner: number;
  jo: number;
  kim: number;
  clients: number[];
  /** Calls the hub directly as the owner (reception at the hub's own window). */
  desk(channel: string, input: unknown): Promise<unknown>;
  count(table: string): number;
  rows<T>(sql: string, ...params: unknown[]): T[];
  /** Closes the hub's database and opens it again: a restart (every session ends). */
  restart(): Promise<void>;
  close(): void;
}

export const PINS = { owner: '1234', jo: '2468', kim: '1357' };

export async function clinicHub(clients = 3, file = path.join(tempDir('stipple-hub-'), 'hub.sqlite')): Promise<Clinic> {
  let open = await openTestDatabase(file);
  const start = (o: OpenDatabase) => createApi(o, { checkOutputs: true, migrationsFolder: MIGRATIONS_FOLDER, tasks: 'inline' });
  let api = start(open);
  let root = api.client();
  const must = async (channel: string, input: unknown): Promise<unknown> => {
    const r = await root.call(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.data;
  };
  const owner = ((await must('auth.setupOwner', { name: 'Ana Owner', pin: PINS.owner, confirmPin: PINS.owner })) as { id: number }).id;
  const staff = async (name: string, pin: string) => {
    const id = ((await must('staff.create', { name, role: 'practitioner' })) as { id: number }).id;
    await must('auth.setPin', { staffId: id, pin });
    return id;
  };
  const jo = await staff('Jo Reyes', PINS.jo);
  const kim = await staff('Kim Lee', PINS.kim);
  const ids: number[] = [];
  const today = new Date();
  for (let i = 0; i < clients; i++) {
    const c = (await must('clients.create', {
      firstName: `Sam${i}`,
      lastName: i % 2 ? 'Okafor' : 'Müller',
      phone: `0700 000 ${100 + i}`,
    })) as {
      id: number;
    };
    ids.push(c.id);
    const at = new Date(today.getTime() + (i % 2 ? 3_600_000 : 0));
    await must('sessions.book', { clientId: c.id, bookedFor: at.toISOString(), outsideWindowReason: 'first visit' });
  }
  const clinic: Clinic = {
    file,
    get open() {
      return open;
    },
    get api() {
      return api;
    },
    owner,
    jo,
    kim,
    clients: ids,
    desk: must,
    count: (table) => open.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number,
    rows: <T>(sql: string, ...params: unknown[]) => open.sqlite.prepare(sql).all(...params) as T[],
    async restart() {
      open.close();
      open = await openTestDatabase(file);
      api = start(open);
      root = api.client();
      await must('auth.signIn', { staffId: owner, pin: PINS.owner });
    },
    close: () => open.close(),
  };
  return clinic;
}

/** A raw read-only look at a closed hub file (after the test closed it). */
export function readHub<T>(file: string, sql: string): T[] {
  const raw = openRaw(file, { readonly: true });
  try {
    return raw.prepare(sql).all() as T[];
  } finally {
    raw.close();
  }
}

export interface Desk {
  ws: WorkstationApi;
  link: FakeHub;
  folder: string;
  /** A window at this workstation, signed in at the hub as `staffId`. */
  window(staffId: number, pin: string): Promise<string>;
  call(channel: string, input: unknown, window: string): Promise<ReturnType<WorkstationApi['call']> extends Promise<infer R> ? R : never>;
}

export function workstation(clinic: Clinic, folder = tempDir('stipple-ws-')): Desk {
  const link = fakeHub(clinic.api);
  const ws = createWorkstationApi({ transport: link, folder, key: WORKSTATION_KEY, retryAfterMs: 0, intervalMs: 0 });
  return {
    ws,
    link,
    folder,
    async window(staffId, pin) {
      const id = clinic.api.sessions.open();
      const r = await ws.call('auth.signIn', { staffId, pin }, id);
      if (!r.ok) throw new Error(`sign-in: ${r.error.message}`);
      await ws.call('auth.status', {}, id);
      return id;
    },
    call: (channel, input, window) => ws.call(channel, input, window),
  };
}

export function chartInput(clientId: number, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    clientId,
    performedAt: new Date(Date.now() - 3_600_000).toISOString(),
    prepDone: true,
    pigmentBrand: 'Scalp Ink',
    pigmentShade: 'Medium Grey',
    dilution: '1:3',
    pigmentBatch: 'B-2231',
    pigmentExpiry: '2027-06-30',
    needle: '1RL 0.25',
    zones: ['crown'],
    ...over,
  };
}
