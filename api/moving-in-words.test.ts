// Moving in, read by a German clinic's owner: the dry run's reasons, the import's summary and each
// refused line in German, through the real dispatcher on a real SQLite file; English to an English clinic.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportedClientInput } from './contract/client-import';
import { wordsOf } from './contract/words';
import { testApi } from './testing';

let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-05-01T10:00:00Z'));
});
afterEach(() => t.close());

const SHA = 'cd'.repeat(32);
const row = (line: number, over: Partial<ImportedClientInput> = {}): ImportedClientInput => ({
  line,
  firstName: 'Jonas',
  lastName: `Weber${line}`,
  phone: `030 1234${String(line).padStart(3, '0')}`,
  email: null,
  dateOfBirth: null,
  notes: '',
  ...over,
});

async function clinicIn(locale: string) {
  await t.ok('auth.setupOwner', { name: 'Olu Owner', pin: '1234', confirmPin: '1234' });
  await t.ok('settings.update', { locale });
  await t.ok('clients.create', { firstName: 'Ömer', lastName: 'Çelik', phone: '030 5550100', notes: '' });
}

const rows = [
  row(2),
  row(3, { email: 'keine Adresse' }),
  row(4, { dateOfBirth: '2099-01-01' }),
  row(5, { firstName: 'Ömer', lastName: 'Çelik', phone: '030 5550100' }),
];

describe('moving in, in the clinic’s language', () => {
  it('reads German to a German clinic: the dry run, the summary and each line', async () => {
    await clinicIn('de-DE');
    const before = t.counts();
    const check = await t.ok('clients.importCheck', { rows });
    expect(check.refused.map((r) => [r.line, r.reasons.map((x) => wordsOf(x, 'de-DE'))])).toEqual(PINNED.de.check);
    const refused = await t.err('clients.import', { fileName: 'kunden.csv', sha256: SHA, rows });
    expect([refused.message, refused.fields?.['rows.3'], refused.fields?.['rows.4']]).toEqual(PINNED.de.refused);
    const undecided = await t.err('clients.import', { fileName: 'kunden.csv', sha256: SHA, rows: [row(2), rows[3]!] });
    expect(undecided.fields?.['rows.5']).toBe(PINNED.de.duplicate);
    expect(t.counts()).toEqual(before);
  });

  it('reads English, as before, to an English clinic', async () => {
    await clinicIn('en-GB');
    const check = await t.ok('clients.importCheck', { rows });
    expect(check.refused.map((r) => [r.line, r.reasons.map((x) => wordsOf(x, 'en-GB'))])).toEqual(PINNED.en.check);
    const refused = await t.err('clients.import', { fileName: 'clients.csv', sha256: SHA, rows });
    expect([refused.message, refused.fields?.['rows.3'], refused.fields?.['rows.4']]).toEqual(PINNED.en.refused);
    const undecided = await t.err('clients.import', { fileName: 'clients.csv', sha256: SHA, rows: [row(2), rows[3]!] });
    expect(undecided.fields?.['rows.5']).toBe(PINNED.en.duplicate);
  });
});

const PINNED = {
  de: {
    check: [
      [3, ['Bitte eine E-Mail-Adresse wie name@beispiel.de eingeben.']],
      [4, ['Das Geburtsdatum darf nicht in der Zukunft liegen.']],
    ],
    refused: [
      'Die Zeilen 3, 4 können nicht importiert werden: Korrigieren Sie sie in der Datei oder überspringen Sie sie. Es wurde nichts importiert.',
      'Zeile 3: Bitte eine E-Mail-Adresse wie name@beispiel.de eingeben.',
      'Zeile 4: Das Geburtsdatum darf nicht in der Zukunft liegen.',
    ],
    duplicate: 'Zeile 5 ist Ömer Çelik, bereits in Stipple: Wählen Sie Überspringen, Zusammenführen oder Neu anlegen.',
  },
  en: {
    check: [
      [3, ['Enter an email address like name@example.com.']],
      [4, ['The date of birth cannot be in the future.']],
    ],
    refused: [
      'Lines 3, 4 cannot be imported: fix them in the file or skip them. Nothing was imported.',
      'Line 3: Enter an email address like name@example.com.',
      'Line 4: The date of birth cannot be in the future.',
    ],
    duplicate: 'Line 5 is Ömer Çelik, already in Stipple: choose skip, merge or add as new.',
  },
};
