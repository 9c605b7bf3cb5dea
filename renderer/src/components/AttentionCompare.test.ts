import { describe, expect, it } from 'vitest';
import { differences } from './AttentionCompare';

describe('what a refused change would keep, beside the hub’s record', () => {
  it('lists only the fields that differ, the same instant written two ways counting as the same', () => {
    const mine = {
      sessionId: 4,
      expectedVersion: 1,
      performedAt: '2026-12-02T09:00:00.000Z',
      pigmentBatch: 'MINE',
      zones: ['crown', 'hairline'],
      notes: '',
    };
    const theirs = { id: 4, version: 2, performedAt: '2026-12-02T09:00:00Z', pigmentBatch: 'THEIRS', zones: ['crown'], notes: null };
    expect(differences(mine, theirs)).toEqual([
      { key: 'pigmentBatch', label: 'Batch', mine: 'MINE', theirs: 'THEIRS' },
      { key: 'zones', label: 'Zones', mine: 'crown, hairline', theirs: 'crown' },
      { key: 'notes', label: 'Notes', mine: '—', theirs: '—' },
    ]);
  });

  it('has nothing to show without both sides', () => {
    expect(differences(undefined, { a: 1 })).toEqual([]);
    expect(differences({ notes: 'x' }, null)).toEqual([]);
  });
});
