// The worker thread that checks one file from elsewhere (db/foreign-file.ts starts it, with a time
// and memory limit): verifies it, copies it aside when asked and it is fit to be restored, posts its
// progress and then its report, and ends. Built as out/main/foreign-check.js (electron.vite.config.ts).
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { ForeignRequest, ForeignMessage } from './foreign-file';
import { openForeignFile } from './foreign-open';
import { checkForeignSchema, knownSchemas } from './foreign-schema';
import { readMigrations } from './migrate';
import { singleStep } from './progress';
import { verifyDatabaseFile, type VerifyReport } from './verify';

const port = parentPort;
if (!port) throw new Error('db/foreign-worker.ts runs as a worker thread (db/foreign-file.ts starts it).');
const post = (message: ForeignMessage) => port.postMessage(message);
const request = workerData as ForeignRequest;
const onProgress = (progress: ForeignMessage & { type: 'progress' }) => post(progress);

function check({ file, key, migrationsFolder, copyTo, nativeBinding }: ForeignRequest): VerifyReport {
  const options = nativeBinding ? { nativeBinding } : {};
  const report = verifyDatabaseFile(file, migrationsFolder, key, (progress) => onProgress({ type: 'progress', progress }), options);
  const fit = report.problems.every((p) => report.tampered.includes(p));
  if (!copyTo || !fit) return report;
  singleStep(
    (progress) => onProgress({ type: 'progress', progress }),
    'Copying the backup aside',
    () => {
      // VACUUM INTO: one read transaction gives a consistent copy even of a live database. It writes
      // only the new file (created 600), so query_only is lifted for it alone on a read-only connection.
      const source = openForeignFile(file, key, options);
      try {
        fs.closeSync(fs.openSync(copyTo, 'w', 0o600));
        source.pragma('query_only = OFF');
        source.prepare('VACUUM INTO ?').run(copyTo);
      } finally {
        source.close();
      }
    },
  );
  // The copy is what gets restored: if the file was changed after it was checked, it shows here.
  const copy = openForeignFile(copyTo, key, options);
  try {
    const migrations = readMigrations(migrationsFolder);
    const again = checkForeignSchema(copy, file, migrations, knownSchemas(migrations, options));
    if (again.problem) return { ...report, ok: false, problems: [...report.problems, again.problem] };
  } finally {
    copy.close();
  }
  return report;
}

let answer: ForeignMessage;
try {
  answer = { type: 'done', report: check(request) };
} catch (error) {
  answer = { type: 'error', message: error instanceof Error ? error.message : String(error) };
}
post(answer);
