// The hub marks a refused device or a forgotten session by a header only; the workstation words
// it for the window in that window's reader's language (the signed-in person's, else the clinic's
// as copied), never in the hub's English.
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../api/result';
import { tempDir } from '../db/testing';
import { HubRefusedError, HubSessionEndedError, type HubClient } from './hub-client';
import { WORKSTATION_KEY } from './testing-clinic';
import { workstationWindowApi, type WorkstationWindowApi } from './workstation-window-api';

const signedInGerman = {
  actor: { id: 1, name: 'Jo Owner', role: 'owner' },
  needsOwner: false,
  staff: [{ id: 1, name: 'Jo Owner', role: 'owner', locale: 'de-DE' }],
  idleLockMinutes: 15,
};

/** A hub that answers auth.status, then refuses as `refusal` says. */
function fakeClient(refusal: { current: Error | null }): HubClient {
  let n = 0;
  return {
    address: '192.168.1.10:8443',
    openSession: () => Promise.resolve(`hub-${++n}`),
    call(channel): Promise<ApiResult<unknown>> {
      if (refusal.current) return Promise.reject(refusal.current);
      if (channel === 'auth.status') return Promise.resolve({ ok: true, data: signedInGerman });
      return Promise.resolve({ ok: true, data: { rows: [], total: 0 } });
    },
    events: () => () => {},
    close: () => {},
  };
}

let api: WorkstationWindowApi | null = null;
afterEach(() => {
  api?.close();
  api = null;
});

describe('the hub’s refusals of this device, at the workstation', () => {
  it('reach a German reader in German and a window with nobody signed in in English', async () => {
    const refusal: { current: Error | null } = { current: null };
    api = workstationWindowApi({ client: fakeClient(refusal), folder: tempDir('stipple-ws-words-'), key: WORKSTATION_KEY, intervalMs: 0 });
    const german = api.sessions.open();
    const nobody = api.sessions.open();
    expect(await api.call('auth.status', {}, german)).toMatchObject({ ok: true });

    refusal.current = new HubRefusedError('revoked');
    expect(await api.call('clients.list', {}, german)).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message:
          'Der Inhaber hat diesen Arbeitsplatz gesperrt, daher weist der Hub der Praxis ihn ab. War das ein Versehen, koppeln Sie ihn mit einem neuen Code erneut.',
      },
    });
    expect(await api.call('clients.list', {}, nobody)).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message:
          'The owner has revoked this workstation, so the clinic’s hub refuses it. If that was a mistake, pair it again with a new code.',
      },
    });

    refusal.current = new HubRefusedError('unpaired');
    const unpaired = await api.call('clients.list', {}, german);
    expect(unpaired.ok ? null : unpaired.error.message).toMatch(/^Dieser Computer ist nicht mit dem Hub der Praxis gekoppelt/);

    refusal.current = new HubSessionEndedError('The hub does not know this session.');
    expect(await api.call('clients.list', {}, german)).toEqual({
      ok: false,
      error: {
        code: 'signed_out',
        message:
          'Der Hub der Praxis wurde neu gestartet, daher ist die Anmeldung in diesem Fenster beendet. Melden Sie sich erneut an; es wurde nichts gespeichert.',
      },
    });
  });
});
