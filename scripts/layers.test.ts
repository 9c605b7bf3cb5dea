// The layers hold across the whole project, and the checker does catch a break: planted ones in a
// throwaway tree are each reported, by file and import, and the imports the rules allow are not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLayers, describeViolation, sourceFiles } from './layers';

const root = path.resolve(import.meta.dirname, '..');

describe('the project', () => {
  it('reads every source file of every layer', () => {
    const files = sourceFiles(root);
    for (const f of [
      'core/money.ts',
      'db/open.ts',
      'api/dispatch.ts',
      'electron/preload/index.ts',
      'browser-host/server.ts',
      'renderer/src/main.tsx',
      'scripts/test.mjs',
    ]) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => f.startsWith('node_modules/') || f.startsWith('db/migrations/'))).toBe(false);
  });

  it('has no import against the one-way flow', () => {
    expect(checkLayers(root).map(describeViolation)).toEqual([]);
  });
});

describe('a planted break', () => {
  let tree: string;
  const plant = (file: string, text = 'export const x = 1;\n') => {
    fs.mkdirSync(path.join(tree, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(tree, file), text);
  };

  beforeAll(() => {
    tree = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-layers-'));
    for (const f of [
      'core/money.ts',
      'db/open.ts',
      'db/testing.ts',
      'api/dispatch.ts',
      'api/testing.ts',
      'api/result.ts',
      'api/contract/index.ts',
    ])
      plant(f);
    for (const f of [
      'electron/main/ipc.ts',
      'electron/shared/ipc-channel.ts',
      'browser-host/server.ts',
      'renderer/src/ok.ts',
      'resources/data.json',
    ])
      plant(f);
    plant('core/rules.ts', "import { x } from '../db/open';\nimport { y } from './money';\n");
    plant('db/queries/rows.ts', "import type { T } from '../../api/contract';\nimport { x } from '../../core/money';\n");
    plant(
      'renderer/src/page.tsx',
      [
        "import type { T } from '../../api/contract';",
        "import type { R } from '../../api/result';",
        "import { x } from '../../core/money';",
        "import d from '../../resources/data.json';",
        "export { call } from '../../api/dispatch';",
        "const lazy = () => import('../../db/open');",
        '',
      ].join('\n'),
    );
    plant(
      'electron/preload/index.ts',
      "import { CHANNELS } from '../../api/contract';\nimport { S } from '../shared/ipc-channel';\nimport { bind } from '../main/ipc';\n",
    );
    plant('electron/main/index.ts', "import { x } from '../../api/dispatch';\nimport { serve } from '../../browser-host/server';\n");
    plant('browser-host/cli.ts', "import { bind } from '../electron/main/ipc';\n");
    plant('api/handlers.ts', "import { testApi } from './testing';\n");
    plant('api/handlers.test.ts', "import { testApi } from './testing';\nimport { open } from '../db/testing';\n");
    plant('db/backup.test.ts', "import { open } from './testing';\nimport { testApi } from '../api/testing';\n");
    plant('scripts/tool.ts', "import '../api/testing';\nimport '../electron/main/ipc';\nimport '../renderer/src/ok';\n");
    plant('misc/thing.ts');
  });
  afterAll(() => fs.rmSync(tree, { recursive: true, force: true }));

  it('is reported by file, line and import; what the rules allow is not', () => {
    const found = checkLayers(tree).map((v) => `${v.file}:${v.line} ${v.specifier}`);
    expect(found.sort()).toEqual(
      [
        'api/handlers.ts:1 ./testing',
        'browser-host/cli.ts:1 ../electron/main/ipc',
        'core/rules.ts:1 ../db/open',
        'db/backup.test.ts:2 ../api/testing',
        'db/queries/rows.ts:1 ../../api/contract',
        'electron/main/index.ts:2 ../../browser-host/server',
        'electron/preload/index.ts:3 ../main/ipc',
        'misc/thing.ts:1 ',
        'renderer/src/page.tsx:5 ../../api/dispatch',
        'renderer/src/page.tsx:6 ../../db/open',
      ].sort(),
    );
  });

  it('says why, naming the file the import reaches', () => {
    const messages = checkLayers(tree).map(describeViolation);
    expect(messages).toContain("core/rules.ts:1 imports '../db/open' (db/open.ts): core/ may import only core/");
    expect(messages).toContain(
      "api/handlers.ts:1 imports './testing' (api/testing.ts): api/testing.ts is a test helper; only test files may import it",
    );
    expect(messages.find((m) => m.startsWith('misc/thing.ts'))).toMatch(/misc\/ is in no layer/);
  });
});
