// While the hub is away, a workstation still answers in its reader's language: the clinic's (as last
// copied from the hub), or the signed-in person's own. The same sentences the renderer shows beside a
// disabled button (offlineRefusal with the locale in force).
import { afterEach, describe, expect, it } from 'vitest';
import { offlineRefusal } from '../api/contract/offline';
import { translate } from '../core/i18n/translate';
import { clinicHub, PINS, workstation, type Clinic, type Desk } from './testing-clinic';

let clinic: Clinic;
const desks: Desk[] = [];
afterEach(() => {
  for (const d of desks.splice(0)) d.ws.close();
  clinic?.close();
});

describe('a workstation offline, in the clinic’s language', () => {
  it('refuses booking and an uncopied chart in German for a German clinic, in Spanish for a person who chose it', async () => {
    clinic = await clinicHub(1);
    await clinic.desk('settings.update', { locale: 'de-DE' });
    await clinic.desk('staff.setLocale', { staffId: clinic.kim, locale: 'es-ES' });
    const d = workstation(clinic);
    desks.push(d);
    const jo = await d.window(clinic.jo, PINS.jo);
    const kim = await d.window(clinic.kim, PINS.kim);
    expect((await d.call('auth.status', {}, kim)).ok).toBe(true);
    await d.ws.refreshCopy();
    d.link.cut('before');
    expect((await d.call('clients.search', {}, jo)).ok).toBe(true); // a read finds the hub gone

    const booking = { clientId: clinic.clients[0]!, bookedFor: new Date(Date.now() + 86_400_000).toISOString() };
    const refused = await d.call('sessions.book', booking, jo);
    expect(refused).toEqual({ ok: false, error: { code: 'unavailable', message: offlineRefusal('sessions.book', 'de-DE') } });
    expect(offlineRefusal('sessions.book', 'de-DE')).toMatch(/^Buchen braucht den Hub/);
    expect(await d.call('clients.chart', { id: 9999 }, jo)).toEqual({
      ok: false,
      error: { code: 'unavailable', message: translate('de-DE', 'offline.notCopied') },
    });
    // Bad input offline: the contract's field check in German too, nothing queued.
    const bad = await d.call('sessions.chart', { sessionId: 'x' }, jo);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('invalid_input');
    expect(d.ws.status().waiting).toBe(0);

    // Kim chose Spanish for herself: her window reads Spanish, Jo's beside it German.
    expect(await d.call('sessions.book', booking, kim)).toEqual({
      ok: false,
      error: { code: 'unavailable', message: offlineRefusal('sessions.book', 'es-ES') },
    });

    // English stays as it was, word for word.
    expect(offlineRefusal('sessions.book')).toBe(
      'Booking needs the hub, so that two desks cannot give away the same time. Book it when the hub is back.',
    );
    expect(offlineRefusal('payments.take', 'es-ES')).toMatch(/^Los pagos y depósitos necesitan el hub/);
  });
});
