// `npm start`: build Stipple and run it in Electron — or, where the Electron runtime cannot be had
// (it is downloaded from outside the npm registry), say so in one plain sentence and exit 1.
//
// better-sqlite3 is compiled per runtime. node_modules/better-sqlite3/build stays the Node build
// that the tests use; the Electron build lives in .native/electron-<version>/ and reaches the app
// through STIPPLE_NATIVE_BINDING. So `npm test` and `npm start` work in either order.
//
// The decision (start) takes its effects as parameters so it is unit-tested; realDeps() wires them.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const NO_RUNTIME_MESSAGE =
  "Stipple's desktop shell needs the Electron runtime, which could not be downloaded on this machine. " +
  'Run `npm run browser` to use Stipple in your browser instead.';

export const NO_NATIVE_MESSAGE =
  "Stipple's database library could not be built for Electron (this needs Python, a C++ compiler and " +
  'internet access to electronjs.org for headers). Run `npm run browser` to use Stipple in your browser instead.';

/** Bounded, so a machine without network answers in seconds rather than hanging `npm start`. */
export const INSTALL_TIMEOUT_MS = 120_000;

/**
 * @param {import('./start.d.mts').StartDeps} deps
 * @returns {Promise<number>} the exit code
 */
export async function start(deps) {
  const runtime = await deps.ensureElectronRuntime();
  if (!runtime) {
    deps.print(NO_RUNTIME_MESSAGE);
    return 1;
  }
  const binding = await deps.ensureNativeBinding(runtime.version);
  if (!binding) {
    deps.print(NO_NATIVE_MESSAGE);
    return 1;
  }
  if (!(await deps.build())) return 1; // electron-vite has already printed what failed
  return deps.launch(runtime.executable, { STIPPLE_NATIVE_BINDING: binding });
}

/**
 * The Electron executable, if node_modules/electron has one (path.txt names it inside dist/).
 * @param {string} electronDir
 * @returns {import('./start.d.mts').ElectronRuntime | null}
 */
export function findElectronRuntime(electronDir) {
  try {
    const version = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
    const relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
    const executable = path.join(electronDir, 'dist', relative);
    return relative && fs.existsSync(executable) ? { executable, version } : null;
  } catch {
    return null;
  }
}

/**
 * Finds the runtime; if missing, tries its installer once, then looks again.
 * @param {string} electronDir
 * @param {() => boolean} runInstaller resolves true if the installer exited cleanly
 */
export function ensureElectronRuntime(electronDir, runInstaller) {
  const found = findElectronRuntime(electronDir);
  if (found) return found;
  if (!runInstaller()) return null;
  return findElectronRuntime(electronDir);
}

/** Where the Electron build of better-sqlite3 lives for one Electron version. */
export function nativeBindingPath(root, electronVersion) {
  return path.join(root, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

function realDeps(root) {
  const require = createRequire(path.join(root, 'package.json'));
  const electronDir = path.dirname(require.resolve('electron/package.json'));
  const print = (message) => console.error(message);

  return {
    print,
    async ensureElectronRuntime() {
      return ensureElectronRuntime(electronDir, () => {
        print('Electron runtime not found; trying to fetch it…');
        const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
          cwd: electronDir,
          stdio: 'ignore', // quiet: its failure is a stack trace; ours is one sentence
          timeout: INSTALL_TIMEOUT_MS,
        });
        return result.status === 0;
      });
    },
    async ensureNativeBinding(version) {
      const target = nativeBindingPath(root, version);
      // Rebuilt when better-sqlite3 is upgraded: its JS and its .node must come from one version.
      // The name too: "better-sqlite3" is better-sqlite3-multiple-ciphers (SQLCipher) under an alias,
      // whose 12.11.1 is not the plain 12.11.1 a stamp from before encryption names.
      const stamp = path.join(path.dirname(target), 'better-sqlite3.version');
      const pkg = require('better-sqlite3/package.json');
      const wanted = `${pkg.name}@${pkg.version}`;
      if (fs.existsSync(target) && readText(stamp) === wanted) return target;
      print(`Building the database library for Electron ${version} (once per version)…`);
      const built = buildNativeBinding({ require, target, gypArgs: electronGypArgs(version), log: print });
      if (built) fs.writeFileSync(stamp, wanted);
      return built;
    },
    async build() {
      const cli = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
      const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' });
      return result.status === 0;
    },
    launch(executable, extraEnv) {
      const env = { ...process.env, ...extraEnv };
      delete env.ELECTRON_RUN_AS_NODE; // would turn the app into a plain Node process
      return new Promise((resolve) => {
        const child = spawn(executable, ['.'], { cwd: root, env, stdio: 'inherit' });
        child.on('error', () => resolve(1));
        child.on('exit', (code) => resolve(code ?? 1));
      });
    },
  };
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/** node-gyp arguments that compile against Electron's headers instead of Node's. */
export function electronGypArgs(version) {
  return ['--runtime=electron', `--target=${version}`, '--dist-url=https://electronjs.org/headers'];
}

/**
 * Compiles better-sqlite3 in a copy of the package, so node_modules (the Node build the tests
 * load) is never touched; the .node file is moved into place only once it is complete.
 * Returns the target path, or null if the build failed.
 */
export function buildNativeBinding({ require, target, gypArgs, log }) {
  const packageDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-native-'));
  try {
    const copy = path.join(work, 'better-sqlite3');
    fs.cpSync(packageDir, copy, {
      recursive: true,
      filter: (source) => path.relative(packageDir, source).split(path.sep)[0] !== 'build',
    });
    const gyp = findNodeGyp(require);
    if (!gyp) return null;
    const result = spawnSync(process.execPath, [gyp, 'rebuild', '--release', ...gypArgs], {
      cwd: copy,
      env: gypEnv(process.env),
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (result.status !== 0 || !fs.existsSync(built)) {
      const lastLine = (result.stderr ?? '').trim().split('\n').pop();
      if (lastLine) log(`node-gyp: ${lastLine}`);
      return null;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const partial = `${target}.partial`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, target);
    return target;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * node-gyp lets npm_config_* variables override its command line, and `npm start` exports the
 * user's npm config (e.g. nodedir=/usr): drop the ones that would compile against Node instead.
 */
export function gypEnv(env) {
  const retarget = /^(npm_config_|npm_package_config_node_gyp_)(nodedir|target|runtime|disturl|dist_url|dist-url)$/i;
  return Object.fromEntries(Object.entries(env).filter(([key]) => !retarget.test(key)));
}

function findNodeGyp(require) {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    // npm sets this to the node-gyp it bundles when running package scripts.
    const fromNpm = process.env.npm_config_node_gyp;
    return fromNpm && fs.existsSync(fromNpm) ? fromNpm : null;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  start(realDeps(root)).then(
    (code) => process.exit(code),
    (error) => {
      // Plain words, never a stack: this is the first thing someone trying Stipple sees.
      console.error(`Stipple could not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      process.exit(1);
    },
  );
}
