import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm ci` refuses a lockfile that leaves out any optional dependency, including other platforms'
// binaries; that happens when the registry lacks them for the chosen version. Catch it here.
describe('package-lock.json', () => {
  it('lists every optional dependency it names, so npm ci accepts it on a clean machine', () => {
    const lock = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>;
    };
    const present = new Set(Object.keys(lock.packages).map((k) => k.split('node_modules/').at(-1)));
    const missing = Object.entries(lock.packages).flatMap(([owner, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((dep) => !present.has(dep))
        .map((dep) => `${owner} → ${dep}`),
    );
    expect(missing).toEqual([]);
  });
});
