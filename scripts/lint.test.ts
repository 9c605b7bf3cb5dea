// The lint stage of `npm test` catches what it is there for: planted in the renderer, a hook called
// under a condition, an effect missing a dependency and a promise left floating are each reported as
// errors by the project's own config.
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

const planted = `import { useEffect, useState } from 'react';
export function Planted({ show, id }: { show: boolean; id: number }) {
  if (show) {
    const [n] = useState(0);
    return n;
  }
  useEffect(() => {
    Promise.resolve(id);
  }, []);
  return null;
}
`;

// Type-aware rules see only files the TypeScript project holds, so the planted text is linted as if it
// were an existing renderer file; nothing is written to disk.
const standIn = path.join(root, 'renderer/src/main.tsx');

describe('eslint.config.js', () => {
  it('reports a conditional hook, a missing effect dependency and a floating promise under renderer/ as errors', async () => {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText(planted, { filePath: standIn });
    const errors = (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.line} ${m.ruleId}`);
    expect(errors).toContain('4 react-hooks/rules-of-hooks');
    expect(errors).toContain('8 @typescript-eslint/no-floating-promises');
    expect(errors).toContain('9 react-hooks/exhaustive-deps');
  }, 120_000);
});

describe('.prettierrc.json', () => {
  it('passes the tree as formatted and flags a file written another way', async () => {
    const prettier = await import('prettier');
    const file = path.join(root, 'core/csv-cell.ts');
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    const source = (await import('node:fs')).readFileSync(file, 'utf8');
    expect(await prettier.check(source, options)).toBe(true);
    expect(await prettier.check(source.replaceAll("'", '"').replace(/;\n/g, '\n'), options)).toBe(false);
  });
});
