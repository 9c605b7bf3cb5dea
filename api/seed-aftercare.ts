// Seeds the default aftercare template (resources/default-aftercare*.json: the stricter reading of the
// seed guidance) into a database that has no aftercare template yet, in the clinic's language when its
// locale is already set (a restored or prepared settings table), else in English.
import { sql } from 'drizzle-orm';
import { standardAftercare } from '../core/aftercare-standard';
import { languageOf } from '../core/i18n/languages';
import { aftercareTemplates } from '../db/schema';
import { writeAudit } from './audit';
import { aftercareTemplateInput } from './contract/aftercare';
import type { Seeder } from './defaults';
import { readSettings } from './handlers/settings';

export const aftercareSeeder: Seeder = {
  name: 'default aftercare template',
  seed(ctx) {
    // Only into an empty list: a clinic that made its own templates keeps them as they are.
    const count =
      ctx.db
        .select({ n: sql<number>`count(*)` })
        .from(aftercareTemplates)
        .get()?.n ?? 0;
    if (count > 0) return false;
    const defaults = standardAftercare(languageOf(readSettings(ctx).locale));
    // The same checks as a save from the editor, so the shipped template can never contradict itself.
    const t = aftercareTemplateInput.parse({ ...defaults, key: null });
    const at = ctx.now().toISOString();
    const row = ctx.db
      .insert(aftercareTemplates)
      .values({
        key: defaults.key,
        version: 1,
        name: t.name,
        sessionKind: t.sessionKind,
        rules: t.rules,
        advice: t.advice,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    writeAudit(ctx, {
      entity: 'aftercare_template',
      entityId: row.id,
      action: 'create',
      after: { key: row.key, version: 1, name: row.name },
      reason: 'Default aftercare template',
    });
    return true;
  },
};
