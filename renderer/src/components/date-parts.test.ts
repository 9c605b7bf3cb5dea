import { describe, expect, it } from 'vitest';
import { partsProblem, type Part } from './date-parts';

/** The parts React Aria lists for a day in en-GB order: dd/mm/yyyy, null for a part not typed. */
function day(d: number | null, m: number | null, y: number | null): Part[] {
  const part = (type: string, value: number | null): Part => ({ type, value, isPlaceholder: value === null, isEditable: true });
  const literal: Part = { type: 'literal', isPlaceholder: false, isEditable: false };
  return [part('day', d), literal, part('month', m), literal, part('year', y)];
}

describe('partsProblem', () => {
  it('leaves an empty field and a real day alone', () => {
    expect(partsProblem(day(null, null, null), 'en-GB', 'date')).toBeNull();
    expect(partsProblem(day(29, 2, 2028), 'en-GB', 'date')).toBeNull();
    expect(partsProblem(day(31, 12, 2026), 'de-DE', 'date')).toBeNull();
  });

  it('asks for the rest of a half-typed day, in the locale’s language', () => {
    expect(partsProblem(day(2, null, 1984), 'en-GB', 'date')).toEqual({
      kind: 'incomplete',
      message: 'Enter the whole date: day, month and year.',
    });
    expect(partsProblem(day(2, 5, null), 'de-AT', 'date')?.message).toBe('Geben Sie das ganze Datum ein: Tag, Monat und Jahr.');
    expect(partsProblem(day(null, 5, 1984), 'es-ES', 'date')?.message).toBe('Escriba la fecha completa: día, mes y año.');
    // A year of fewer than four digits is still being typed, not the year 202.
    expect(partsProblem(day(2, 5, 202), 'en-GB', 'date')?.kind).toBe('incomplete');
    expect(partsProblem(day(29, 2, 2), 'en-GB', 'date')?.kind).toBe('incomplete');
    expect(partsProblem(day(2, null, 1984), 'en-GB', 'dateTime')?.message).toBe(
      'Enter the whole date and time: day, month, year, hour and minute.',
    );
  });

  it('refuses a day the month does not have, naming the month in the locale’s words', () => {
    expect(partsProblem(day(31, 2, 2026), 'en-GB', 'date')).toEqual({
      kind: 'impossible',
      message: 'There is no day 31 in February 2026. Check the date.',
    });
    expect(partsProblem(day(29, 2, 2027), 'de-DE', 'date')?.message).toBe('Der Februar 2027 hat keinen 29. Tag. Prüfen Sie das Datum.');
    expect(partsProblem(day(31, 4, 2026), 'es-ES', 'date')?.message).toBe('No existe el día 31 en abril de 2026. Revise la fecha.');
  });
});
