// "This computer is the clinic's hub" in Settings → Workstations, in real Chromium over the browser
// host (a hub with its own window): the owner turns it on from the keyboard, a pairing code appears,
// a workstation pairs over TLS on 127.0.0.1; a port in use is told in a sentence; turning it off
// closes the port. Axe finds nothing serious; a 1280×800 screenshot.
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairWithHub } from '../../network/pair-client';
import { RESULTS_DIR, startApp, type StippleApp } from './harness';

let app: StippleApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** 'open' when something answers TLS at 127.0.0.1:port, else the connection's error code. */
function probe(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      socket.destroy();
      resolve('open');
    });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

describe('Settings → Workstations: this computer as the clinic’s hub', () => {
  it('turns the hub on, pairs a workstation with the code shown, tells a taken port plainly, and closes the port when off', async () => {
    const { page } = app;
    await app.gotoApp('/settings');
    const section = page.getByRole('region', { name: 'Workstations' });
    const hub = section.getByRole('form', { name: 'This computer as the clinic’s hub' });
    const state = hub.getByTestId('hub-state');
    await expect.poll(() => state.textContent()).toMatch(/Not serving workstations: this computer is not the clinic’s hub/);
    await section.getByText('Workstations in the clinic connect to this computer; keep it on during opening hours.').waitFor();

    // A port out of range is refused beside the field, and nothing is saved.
    const port = hub.getByLabel('Port');
    await port.fill('70000');
    await port.press('Enter');
    await hub.getByText('Enter a port from 1 to 65535, such as 8443.').waitFor();
    expect(await app.host.api.call('settings.get', {})).toMatchObject({ ok: true, data: { hubEnabled: false, hubPort: 8443 } });

    // Keyboard only: the switch with Space, the address from the list with the arrow keys, the port typed, Enter saves.
    const free = await freePort();
    const toggle = hub.getByRole('switch', { name: 'This computer is the clinic’s hub' });
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.isChecked()).toBe(true);
    const address = hub.getByLabel('Address to listen on');
    await address.selectOption('127.0.0.1'); // the options are this computer's own addresses
    await port.fill(String(free));
    await port.press('Enter');
    await expect.poll(() => state.textContent(), { timeout: 10_000 }).toContain(`Serving workstations at 127.0.0.1:${free}.`);
    const fingerprint = app.host.hub.state().fingerprint!;
    expect(await state.textContent()).toContain(fingerprint);
    expect(await probe(free)).toBe('open');

    // A pairing code appears, and a workstation pairs with it; the list shows it.
    await section.getByRole('button', { name: 'Add a workstation' }).focus();
    await page.keyboard.press('Enter');
    const shown = section.getByRole('heading', { name: /Pairing code: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/ });
    await shown.waitFor();
    await section.getByRole('definition').getByText(`127.0.0.1:${free}`, { exact: true }).waitFor();
    const code = /Pairing code: (\S+)/.exec((await shown.textContent()) ?? '')![1]!;
    const link = await pairWithHub({ address: `127.0.0.1:${free}`, code, name: 'Room 1 laptop' });
    expect(link.fingerprint).toBe(fingerprint);
    await section.getByRole('cell', { name: 'Room 1 laptop', exact: true }).waitFor();

    await hub.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS_DIR, 'hub-settings.png') });
    const axe = await new AxeBuilder({ page }).include('[aria-labelledby="workstation-settings-title"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    // A port another program holds: a sentence, no crash; the old port is let go.
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const taken = (squatter.address() as net.AddressInfo).port;
    try {
      await port.fill(String(taken));
      await port.press('Enter');
      await expect
        .poll(() => state.textContent(), { timeout: 10_000 })
        .toContain(`Port ${taken} is already in use on this computer (by another program, or another Stipple).`);
      // The code on screen named the old address: it goes, rather than lead a workstation nowhere.
      expect(await shown.count()).toBe(0);
      await page.screenshot({ path: path.join(RESULTS_DIR, 'hub-settings-port-taken.png') });
      expect(await probe(free)).toBe('ECONNREFUSED');
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }

    // Back to the free port, then off: the port closes.
    await port.fill(String(free));
    await port.press('Enter');
    await expect.poll(() => state.textContent(), { timeout: 10_000 }).toContain(`Serving workstations at 127.0.0.1:${free}.`);
    await toggle.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => state.textContent(), { timeout: 10_000 })
      .toMatch(/Not serving workstations: this computer is not the clinic’s hub/);
    expect(await probe(free)).toBe('ECONNREFUSED');
    expect(app.pageErrors).toEqual([]);
    expect(app.nonLocalRequests()).toEqual([]);
  });
});
