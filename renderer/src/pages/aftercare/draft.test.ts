import { describe, expect, it } from 'vitest';
import defaults from '../../../../resources/default-aftercare.json';
import { clinicSettings } from '../../../../api/contract/settings';
import { checkDraft, draftFrom, newDraft, toInput, type Draft } from './draft';
import { previewSheet } from './previewSheet';

const standard = draftFrom({ ...defaults, id: 1, key: 'standard', version: 3, createdAt: '', createdBy: null, sessionKind: 'any' });
const withRule = (d: Draft, fromDay: string, toDay: string, instruction: string): Draft => ({
  ...d,
  rules: [...d.rules, { rowId: 'x', fromDay, toDay, instruction }],
});

describe('the template editor’s draft', () => {
  it('round-trips a template into what a save sends', () => {
    expect(checkDraft(standard)).toEqual({});
    expect(toInput(standard)).toMatchObject({ key: 'standard', expectedVersion: 3, rules: defaults.rules, advice: defaults.advice });
  });

  it('flags a contradiction beside the rule’s day, as the save would', () => {
    const errors = checkDraft(withRule(standard, '6', '8', 'Keep your scalp completely dry'));
    expect(Object.keys(errors)).toEqual(['rules.8.fromDay']);
    expect(errors['rules.8.fromDay']).toMatch(/contradicts rule 7/);
  });

  it('explains days that are not numbers and advice that is too long beside their fields', () => {
    const errors = checkDraft({ ...withRule(standard, 'two', '', 'x'), adviceText: `ok\n${'y'.repeat(501)}` });
    expect(errors['rules.8.fromDay']).toBe('Enter the first day as a number.');
    expect(errors.adviceText).toMatch(/^Point 2: Keep the advice under 500 characters/);
  });

  it('reads advice one point per line, ignoring bullets and blank lines', () => {
    expect(toInput({ ...standard, adviceText: '• Moisturise daily\n\n - Exfoliate weekly \n' }).advice).toEqual([
      'Moisturise daily',
      'Exfoliate weekly',
    ]);
  });

  it('starts a new template as a copy for touch-ups', () => {
    const d = newDraft(standard);
    expect(d).toMatchObject({ key: null, expectedVersion: null, name: '', sessionKind: 'touch_up' });
    expect(d.rules.map((r) => r.instruction)).toEqual(standard.rules.map((r) => r.instruction));
  });

  it('previews half-typed rules by leaving them out, and dates from today', () => {
    const sheet = previewSheet(withRule(standard, '3', '', ''), clinicSettings.parse({}), '2026-11-23');
    expect(sheet.template.rules).toHaveLength(8);
    expect(sheet.session).toMatchObject({ number: 1, date: '2026-11-23' });
    expect(sheet.nextSession).toMatchObject({ number: 2, earliest: '2026-11-30' });
    expect(previewSheet({ ...standard, sessionKind: 'touch_up' }, clinicSettings.parse({}), '2026-11-23').nextSession).toMatchObject({
      earliest: '2029-11-23',
    });
  });
});
