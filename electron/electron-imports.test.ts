// Guards the rule that keeps electron/ testable without the Electron binary: only the entry files
// (main, the app's preload, the start-up key prompt's preload) may import 'electron' at runtime;
// everything else takes Electron as parameters.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const here = import.meta.dirname;
const ENTRY_FILES = new Set(['main/index.ts', 'preload/index.ts', 'preload/key-prompt.ts']);
const runtimeElectronImport = /^\s*import\s+(?!type\b)[^;]*from\s+['"]electron['"]/m;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('electron imports', () => {
  it("only main/index.ts and the preloads import 'electron' at runtime", () => {
    const offenders = sourceFiles(here)
      .map((file) => path.relative(here, file).split(path.sep).join('/'))
      .filter((rel) => !ENTRY_FILES.has(rel))
      .filter((rel) => runtimeElectronImport.test(fs.readFileSync(path.join(here, rel), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the preload imports nothing that reaches handlers or the database', () => {
    const source = fs.readFileSync(path.join(here, 'preload/index.ts'), 'utf8');
    const imports = [...source.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(imports).toEqual(['electron', '../../api/contract', '../../api/result', '../shared/ipc-channel', './bridge']);
  });

  it('the key prompt’s preload imports electron alone', () => {
    const source = fs.readFileSync(path.join(here, 'preload/key-prompt.ts'), 'utf8');
    expect([...source.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1])).toEqual(['electron']);
  });
});
