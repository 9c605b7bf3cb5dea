// The benches' Chromium: a fresh profile, the e2e harness's flags, 1280×800, the clinic's locale and
// clock, no service workers, so every browser bench times the same browser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, VIEWPORT } from '../tests/e2e/harness';

/** The context and its profile folder (the caller removes it when done). */
export async function launchBenchChromium(name: string): Promise<{ context: BrowserContext; profile: string }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `stipple-${name}-chromium-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    serviceWorkers: 'block',
  });
  return { context, profile };
}
