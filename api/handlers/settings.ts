import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { keyContext } from '../../core/client-keys';
import { refreshClientKeys } from '../../db/client-keys';
import { settings } from '../../db/schema';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import { clinicSettings, type ClinicSettings } from '../contract/settings';
import type { HandlerMap } from './types';

export function readSettings(ctx: Pick<HandlerContext, 'db'>): ClinicSettings {
  return readClinicSettings(ctx.db);
}

/** The clinic settings as stored, for a transport that follows one of them (network/serve-as-hub.ts). */
export function readClinicSettings(db: Db): ClinicSettings {
  const rows = db.select().from(settings).all();
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  // A stored value that no longer fits its schema falls back to the default rather than failing.
  const parsed = clinicSettings.safeParse(stored);
  if (parsed.success) return parsed.data;
  const defaults = clinicSettings.parse({});
  for (const [key, value] of Object.entries(stored)) {
    const one = clinicSettings.safeParse({ ...defaults, [key]: value });
    if (one.success) Object.assign(defaults, { [key]: value });
  }
  return defaults;
}

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.update'> = {
  'settings.get'(ctx) {
    return readSettings(ctx);
  },
  'settings.update'(ctx, changes) {
    const before = readSettings(ctx);
    const merged = clinicSettings.parse({ ...before, ...changes });
    const changedKeys = Object.keys(changes).filter(
      (k) =>
        changes[k as keyof typeof changes] !== undefined &&
        JSON.stringify(before[k as keyof ClinicSettings]) !== JSON.stringify(merged[k as keyof ClinicSettings]),
    );
    if (changedKeys.length === 0) return merged; // nothing to write, nothing to audit
    for (const key of changedKeys) {
      const value = merged[key as keyof ClinicSettings];
      // A setting cleared to nothing (the second backup folder) is no row: its default is nothing too.
      if (value === null) {
        ctx.db.delete(settings).where(eq(settings.key, key)).run();
        continue;
      }
      ctx.db
        .insert(settings)
        .values({ key, value })
        .onConflictDoUpdate({
          target: settings.key,
          set: { value, updatedAt: ctx.now().toISOString(), version: sql`${settings.version} + 1` },
        })
        .run();
    }
    // The clients' sort keys follow the locale and their phone keys the country: all rewritten in
    // this change's transaction, so no list ever mixes two orders.
    if (changedKeys.includes('locale') || changedKeys.includes('country')) refreshClientKeys(ctx.sqlite, keyContext(merged));
    writeAudit(ctx, { entity: 'settings', entityId: 'clinic', action: 'update', before, after: merged });
    return merged;
  },
};
