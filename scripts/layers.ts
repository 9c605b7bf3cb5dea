// The one-way flow between folders (README, "How it is built"): core <- db <- api <- transports, the
// renderer only on the contract. Reads every import, export-from and dynamic import with the
// TypeScript scanner and names each one that goes against the flow. Run by scripts/layers.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  /** The project file the specifier resolves to, relative to the root. */
  target: string;
  reason: string;
}

/** Data with no code in it; every layer may read it. */
const DATA = 'resources/';
const CONTRACT = ['api/contract/', 'api/result.ts'];
/**
 * Helpers that build throwaway databases, APIs and clinics: for test files only, and only those of the
 * test's own or a lower layer. Each names the layer it stands at.
 */
export const TEST_HELPERS: ReadonlyMap<string, string> = new Map([
  ['db/testing.ts', 'db/'],
  ['api/testing.ts', 'api/'],
  ['api/testing-audit.ts', 'api/'],
  ['api/testing-book-race.ts', 'api/'], // one desk of the booking race, run as a process of its own
  ['api/testing-receipt-race.ts', 'api/'], // one desk of the receipt race, likewise
  ['tests/fixtures/clinic.ts', 'api/'], // charts written through the API
  ['tests/fixtures/photos.ts', 'db/'], // real JPEGs carrying GPS, made with sharp
  ['tests/fixtures/signatures.ts', 'db/'], // drawn signatures (a scrawl, a blank pad, a tap) as PNG data: URLs, made with sharp
  ['tests/fixtures/erasure-client.ts', 'api/'], // a chart with something in every part, written through the API
  ['bench/demo-clinic.ts', 'db/'], // rows written straight into SQLite (its demo PINs are hashed with api/pin)
  ['network/testing-clinic.ts', 'network/'], // a hub with staff and workstations in front of it
  ['network/fake-hub.ts', 'network/'], // a link to an in-process hub that a test can cut
]);
const ANYTHING = ['*'];

/** What each folder may import, the most specific folder first. A target is a folder (ending in /) or a file. */
export const LAYER_RULES: readonly { scope: string; may: readonly string[] }[] = [
  { scope: 'core/', may: ['core/'] },
  { scope: 'db/', may: ['core/', 'db/'] },
  { scope: 'api/', may: ['core/', 'db/', 'api/'] },
  // The preload runs beside the page: the channel list and result types, nothing that reaches handlers.
  { scope: 'electron/preload/', may: ['electron/preload/', 'electron/shared/', ...CONTRACT] },
  // The desktop app's API process hosts the clinic network: the hub server beside its API when it is
  // the hub (network/serve-as-hub.ts), the hub's API through its outbox when it joined one (network/join-hub.ts).
  { scope: 'electron/api-process/', may: ['core/', 'db/', 'api/', 'electron/', 'network/'] },
  { scope: 'electron/', may: ['core/', 'db/', 'api/', 'electron/'] },
  // The browser host is a hub with its own window: it serves workstations beside its API as the desktop app does.
  { scope: 'browser-host/server.ts', may: ['core/', 'db/', 'api/', 'browser-host/', 'network/serve-as-hub.ts'] },
  { scope: 'browser-host/', may: ['core/', 'db/', 'api/', 'browser-host/'] },
  { scope: 'network/', may: ['core/', 'db/', 'api/', 'network/'] },
  { scope: 'renderer/', may: ['renderer/', 'core/', ...CONTRACT] },
  { scope: 'bench/', may: ANYTHING },
  { scope: 'scripts/', may: ANYTHING },
  { scope: 'tests/', may: ANYTHING },
];

const SOURCE = /\.(ts|tsx|mts|cts|mjs|cjs|js)$/;
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', 'release', 'test-results', 'migrations']);
const RESOLVE_EXTS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx'];

/** Every source file under root, relative and with forward slashes; builds, dependencies and dot-folders left out. */
export function sourceFiles(root: string, dir = ''): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name.startsWith('.') || SKIP_DIRS.has(entry.name) ? [] : sourceFiles(root, rel);
    return SOURCE.test(entry.name) ? [rel] : [];
  });
}

const isTest = (file: string) => /\.test\.(ts|tsx|mts)$/.test(file);
const covers = (allowed: string, target: string) =>
  allowed === '*' || (allowed.endsWith('/') ? target.startsWith(allowed) : target === allowed);

function ruleFor(file: string) {
  if (!file.includes('/')) return { scope: '', may: ANYTHING }; // config files at the root
  return LAYER_RULES.find((r) => file.startsWith(r.scope));
}

/** The project file a relative specifier names, or null for a package or a path outside the project. */
function resolveTarget(root: string, from: string, specifier: string): string | null {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null;
  const bare = specifier.replace(/[?#].*$/, ''); // Vite's ?inline, ?url
  const abs = path.resolve(root, path.dirname(from), bare);
  const rel = path.relative(root, abs).split(path.sep).join('/');
  if (rel.startsWith('../') || path.isAbsolute(rel)) return null;
  const candidates = [...RESOLVE_EXTS.map((ext) => rel + ext), rel.replace(/\.m?js$/, '.ts')];
  return candidates.find((c) => fs.existsSync(path.join(root, c)) && fs.statSync(path.join(root, c)).isFile()) ?? rel;
}

function judge(rule: { scope: string; may: readonly string[] }, file: string, target: string): string | null {
  if (target.startsWith(DATA)) return null;
  const helperLayer = TEST_HELPERS.get(target);
  if (helperLayer !== undefined && !rule.may.includes('*')) {
    if (!isTest(file) && !TEST_HELPERS.has(file)) return `${target} is a test helper; only test files may import it`;
    if (rule.may.some((allowed) => covers(allowed, helperLayer))) return null;
    return `${target} is a test helper of ${helperLayer}, above what ${rule.scope} may import (${rule.may.join(', ')})`;
  }
  if (rule.may.some((allowed) => covers(allowed, target))) return null;
  return `${rule.scope || 'the root'} may import only ${rule.may.join(', ')}`;
}

/** Every import in the given files (default: the whole project) that goes against the flow. */
export function checkLayers(root: string, files = sourceFiles(root)): Violation[] {
  return files.flatMap((file) => {
    const rule = ruleFor(file);
    if (!rule)
      return [
        {
          file,
          line: 1,
          specifier: '',
          target: '',
          reason: `${file.split('/')[0]}/ is in no layer: add it to LAYER_RULES in scripts/layers.ts`,
        },
      ];
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const { importedFiles } = ts.preProcessFile(text, true, true);
    return importedFiles.flatMap((ref): Violation[] => {
      const target = resolveTarget(root, file, ref.fileName);
      if (target === null) return [];
      const reason = judge(rule, file, target);
      if (reason === null) return [];
      const line = text.slice(0, ref.pos).split('\n').length;
      return [{ file, line, specifier: ref.fileName, target, reason }];
    });
  });
}

export const describeViolation = (v: Violation) => `${v.file}:${v.line} imports '${v.specifier}' (${v.target}): ${v.reason}`;
