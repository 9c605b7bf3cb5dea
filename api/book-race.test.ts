// Two receptionists book the same slot at the same moment, each on a connection of their own to one
// real file. The clash check runs inside the save's IMMEDIATE transaction, so exactly one booking is
// written and the other desk is told who took the slot.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, tempDir } from '../db/testing';
import type { OpenDatabase } from '../db/open';
import { createApi } from './dispatch';
import type { ApiResult } from './result';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');
const CALLER = path.resolve('api/testing-book-race.ts');

let file: string;
let open: OpenDatabase;
let clients: number[];
let kim: number;
let ana: number;
let room: number;
// Next year's 23 November at 10:00 local: always ahead of the real clock these APIs run on.
const slot = new Date(new Date().getFullYear() + 1, 10, 23, 10).toISOString();

beforeEach(async () => {
  file = path.join(tempDir(), 'clinic.sqlite');
  open = await openTestDatabase(file);
  const api = createApi(open).client();
  const ok = async (channel: string, input: unknown) => {
    const r = await api.call(channel, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.data as { id: number };
  };
  clients = [(await ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id];
  clients.push((await ok('clients.create', { firstName: 'Alex', lastName: 'Moreau' })).id);
  kim = (await ok('staff.create', { name: 'Kim Lee', role: 'practitioner' })).id;
  ana = (await ok('staff.create', { name: 'Ana Ruiz', role: 'practitioner' })).id;
  room = (await ok('rooms.add', { name: 'Room 2' })).id;
});
afterEach(() => open.close());

const bookedInSlot = () =>
  open.sqlite.prepare("SELECT client_id AS clientId FROM sessions WHERE practitioner_id = ? AND status = 'booked'").all(kim) as {
    clientId: number;
  }[];
const bookedInRoom = () =>
  open.sqlite.prepare("SELECT client_id AS clientId FROM sessions WHERE room_id = ? AND status = 'booked'").all(room) as {
    clientId: number;
  }[];
const nameOf = (clientId: number) => (clientId === clients[0] ? 'Sam Okafor' : 'Alex Moreau');

describe('two desks, one slot', () => {
  it('two processes at the same moment: one booking is written, the other is told who has the slot', async () => {
    const startAt = Date.now() + 2500; // both processes have opened the file by then
    const desks = clients.map((clientId) =>
      run(TSX, [CALLER, file, String(clientId), String(kim), slot, String(startAt)], { timeout: 60_000 }).then(
        ({ stdout }) => JSON.parse(stdout.trim().split('\n').at(-1)!) as ApiResult<{ clientId: number }>,
      ),
    );
    const results = await Promise.all(desks);
    const won = results.filter((r) => r.ok);
    const lost = results.filter((r) => !r.ok);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = (won[0] as { data: { clientId: number } }).data.clientId;
    expect(bookedInSlot()).toEqual([{ clientId: winner }]);
    const refusal = (lost[0] as { error: { fields?: Record<string, string> } }).error;
    expect(refusal.fields?.bookedFor).toBe(`Kim Lee already has ${nameOf(winner)} 10:00–14:00. Choose another time or practitioner.`);
  }, 90_000);

  it('two connections in one process, called together: the same', async () => {
    const second = await openTestDatabase(file);
    try {
      const desks = [createApi(open).client(), createApi(second).client()];
      const results = await Promise.all(
        desks.map((desk, i) => desk.call('sessions.book', { clientId: clients[i], practitionerId: kim, bookedFor: slot })),
      );
      expect(results.map((r) => r.ok)).toEqual([true, false]);
      expect(bookedInSlot()).toEqual([{ clientId: clients[0] }]);
      expect(results[1]!.ok ? null : results[1]!.error.fields?.bookedFor).toBe(
        'Kim Lee already has Sam Okafor 10:00–14:00. Choose another time or practitioner.',
      );
    } finally {
      second.close();
    }
  });

  it('two processes, two practitioners, one room at the same moment: one booking is written, the other is told who has the room', async () => {
    const startAt = Date.now() + 2500;
    const desks = clients.map((clientId, i) =>
      run(TSX, [CALLER, file, String(clientId), String(i === 0 ? kim : ana), slot, String(startAt), String(room)], {
        timeout: 60_000,
      }).then(({ stdout }) => JSON.parse(stdout.trim().split('\n').at(-1)!) as ApiResult<{ clientId: number }>),
    );
    const results = await Promise.all(desks);
    const won = results.filter((r) => r.ok);
    const lost = results.filter((r) => !r.ok);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = (won[0] as { data: { clientId: number } }).data.clientId;
    expect(bookedInRoom()).toEqual([{ clientId: winner }]);
    const refusal = (lost[0] as { error: { fields?: Record<string, string> } }).error;
    expect(refusal.fields?.roomId).toBe(`Room 2 is taken by ${nameOf(winner)} 10:00–14:00. Choose another time or room.`);
  }, 90_000);
});
