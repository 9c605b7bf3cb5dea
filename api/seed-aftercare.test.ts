// The shipped standard aftercare is seeded in the clinic's language when its locale is already set,
// and each language's text passes the editor's own checks (the seeder parses it through them).
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { standardAftercare } from '../core/aftercare-standard';
import { findRuleProblems } from '../core/aftercare';
import { LANGUAGES } from '../core/i18n/languages';
import { openTestDatabase, tempDir } from '../db/testing';
import { settings } from '../db/schema';
import { aftercareTemplateInput } from './contract/aftercare';
import { testApi } from './testing';

let close: (() => void) | undefined;
afterEach(() => close?.());

async function apiWithLocale(locale: string | null) {
  const file = path.join(tempDir(), 'clinic.sqlite');
  const open = await openTestDatabase(file);
  if (locale) open.db.insert(settings).values({ key: 'locale', value: locale }).run();
  open.close();
  const t = await testApi(() => new Date('2026-11-23T16:00:00Z'), { file });
  close = t.close;
  return t;
}

describe('the standard aftercare template', () => {
  it('has the same rules on the same days in every shipped language, and passes the editor’s checks', () => {
    const en = standardAftercare('en');
    for (const language of LANGUAGES) {
      const t = standardAftercare(language);
      expect(t.rules.map((r) => [r.fromDay, r.toDay])).toEqual(en.rules.map((r) => [r.fromDay, r.toDay]));
      expect(t.advice).toHaveLength(en.advice.length);
      expect(t.sessionKind).toBe('any');
      expect(aftercareTemplateInput.safeParse({ ...t, key: null }).success).toBe(true);
      expect(findRuleProblems(t.rules)).toEqual([]);
    }
  });

  it('is seeded in German for a clinic whose locale is German', async () => {
    const t = await apiWithLocale('de-AT');
    const [standard, ...others] = await t.ok('aftercare.templates.list', {});
    expect(others).toEqual([]);
    expect(standard).toMatchObject({ key: 'standard', version: 1, name: 'Standard-Nachsorge' });
    expect(standard!.rules[0]!.instruction).toMatch(/vollständig trocken/);
  });

  it('is seeded in Spanish for a Spanish clinic, and in English when no locale is set', async () => {
    const es = await apiWithLocale('es-MX');
    expect((await es.ok('aftercare.templates.list', {}))[0]!.name).toBe('Cuidados posteriores estándar');
    es.close();
    const en = await apiWithLocale(null);
    expect((await en.ok('aftercare.templates.list', {}))[0]!.name).toBe('Standard aftercare');
  });
});
