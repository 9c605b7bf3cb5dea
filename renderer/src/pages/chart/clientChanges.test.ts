import { afterEach, describe, expect, it } from 'vitest';
import type { ClientRecord } from '../../../../api/contract/clients';
import { describeClientChanges } from './clientChanges';
import { setClinicLocale } from '../../format';

const sam: ClientRecord = {
  id: 1,
  firstName: 'Sam',
  lastName: 'Okafor',
  phone: '07700 900123',
  email: null,
  dateOfBirth: null,
  hairLossScale: 'norwood',
  hairLossStage: '3',
  fitzpatrick: null,
  caseType: 'hair_loss',
  notes: '',
  archivedAt: null,
  erasedAt: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  version: 1,
};

describe('what someone else changed in a client', () => {
  it('names each changed field, quoting short values', () => {
    const after = { ...sam, phone: '07700 900999', notes: 'Prefers mornings', hairLossStage: '4', version: 2, updatedAt: 'later' };
    expect(describeClientChanges(sam, after)).toBe(
      ' They changed the phone (now 07700 900999), the stage and the notes. Save again to keep what you entered instead.',
    );
  });

  it('says nothing when only the version moved', () => {
    expect(describeClientChanges(sam, { ...sam, version: 2 })).toBe('');
  });

  afterEach(() => setClinicLocale('en-GB'));

  it('says what changed in German for a German reader', () => {
    setClinicLocale('de-DE');
    const after = { ...sam, phone: '07700 900999', notes: 'Vormittags', version: 2 };
    expect(describeClientChanges(sam, after)).toBe(
      ' Geändert wurde: Telefon (jetzt 07700 900999) und Notizen. Speichern Sie erneut, um stattdessen Ihre Eingaben zu behalten.',
    );
  });
});
