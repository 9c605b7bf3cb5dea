// What db/ and core/ refuse (a backup, an import, a restore, a photo, a typed recovery key) reaches a
// German caller in German and an English one in today's English: through the dispatcher where a
// channel leads there, and through the task runner as the command line runs an import.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, tempDir, TEST_KEY } from '../db/testing';
import { openDatabase } from '../db/open';
import { ApiFailure } from './result';
import { inlineTaskRunner } from './tasks/runner';
import { testApi } from './testing';

let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
});
afterEach(() => t.close());

async function clinicIn(locale: string) {
  await t.ok('auth.setupOwner', { name: 'Olu Owner', pin: '1234', confirmPin: '1234' });
  await t.ok('settings.update', { locale });
}

/** A task's refusal as the dispatcher would answer a reader of `locale`. */
async function refusal(run: Promise<unknown>, locale: string) {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiFailure);
  return (error as ApiFailure).in(locale);
}

async function sessionWithConsent() {
  const clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
  await t.ok('photos.setConsent', { clientId, clinical: true });
  const sessionId = (await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z' })).id;
  return { clientId, sessionId };
}

const notAPicture = { name: 'notes.txt', angle: 'front', phase: 'before' as const, data: Buffer.from('not a photo').toString('base64') };

describe('data refusals in the reader’s language', () => {
  it('reads German to a German clinic: backup warnings, a restore refused, a photo refused, a mistyped recovery key', async () => {
    await clinicIn('de-DE');
    const status = await t.ok('safety.status', {});
    expect(status.warnings).toEqual(['Es wurde noch keine Sicherung erstellt. Erstellen Sie jetzt eine.']);
    expect(status.advice).toMatch(/^Wählen Sie einen zweiten Sicherungsordner/);

    const notDb = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(notDb, 'hello');
    expect((await t.err('safety.restore', { file: notDb })).fields?.file).toMatch(/ Es wurde nichts wiederhergestellt\.$/);

    const photos = await t.ok('photos.import', { ...(await sessionWithConsent()), files: [notAPicture] });
    expect(photos.refused).toEqual([
      {
        name: 'notes.txt',
        message: 'notes.txt ist kein Bild, das Stipple lesen kann (JPEG, PNG, WebP oder TIFF). Daraus wurde nichts gespeichert.',
      },
    ]);

    const backup = path.join(tempDir(), 'other.sqlite');
    fs.writeFileSync(backup, Buffer.alloc(4096, 7));
    expect((await t.err('keys.restoreFromOtherComputer', { file: backup, recoveryKey: '' })).fields?.recoveryKey).toBe(
      'Geben Sie den Wiederherstellungsschlüssel vom gedruckten Blatt ein.',
    );
  });

  it('reads exactly today’s English to an English clinic', async () => {
    await clinicIn('en-GB');
    expect((await t.ok('safety.status', {})).warnings).toEqual(['No backup has been made yet. Make one now.']);
    const notDb = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(notDb, 'hello');
    expect((await t.err('safety.restore', { file: notDb })).fields?.file).toMatch(/ Nothing was restored\.$/);
    expect((await t.ok('photos.import', { ...(await sessionWithConsent()), files: [notAPicture] })).refused[0]?.message).toBe(
      'notes.txt is not a picture Stipple can read (a JPEG, PNG, WebP or TIFF). Nothing was stored from it.',
    );
  });

  it('a backup into a folder that cannot be made, an import of a folder that is no export, a wrong passphrase', async () => {
    const tasks = inlineTaskRunner(t.open.sqlite);
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const backup = await refusal(
      tasks.run('backupTo', { folder: path.join(blocker, 'backups'), now: '2026-11-21T09:00:00.000Z' }),
      'de-DE',
    );
    expect(backup.fields?.folder).toMatch(/^Der Sicherungsordner .* kann nicht angelegt oder erreicht werden \(.+\)\.$/);

    const target = await openDatabase(path.join(tempDir(), 'chart.sqlite'), { migrationsFolder: MIGRATIONS_FOLDER, key: TEST_KEY });
    try {
      const into = inlineTaskRunner(target.sqlite);
      const importOf = (folder: string, passphrase: string | null) =>
        into.run('import', { folder, now: '2026-11-22T09:00:00.000Z', actorId: null, passphrase, overrideReason: null });
      const empty = tempDir();
      const notExport = await refusal(importOf(empty, null), 'de-DE');
      expect(notExport.fields?.folder).toBe(`${empty} ist kein Stipple-Export (clinic.json fehlt). Es wurde nichts importiert.`);
      expect((await refusal(importOf(empty, null), 'en-GB')).fields?.folder).toBe(
        `${empty} is not a Stipple export (clinic.json is missing). Nothing was imported.`,
      );

      const exported = path.join(tempDir(), 'export');
      await t.ok('safety.export', { folder: exported, passphrase: 'correct horse battery', confirmPassphrase: 'correct horse battery' });
      const wrong = await refusal(importOf(exported, 'lantern harbour eighteen'), 'es-ES');
      expect(wrong.fields?.passphrase).toBe(
        'Esa frase de contraseña no abre esta exportación. Revísela e inténtelo de nuevo. No se importó nada.',
      );
    } finally {
      target.close();
    }
  });
});
