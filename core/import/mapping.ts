// The guessed mapping of a file's columns to Stipple's fields: a known system's export is
// recognised by its headers and mapped as that system means them; any other header by its words.
import { fieldByName, headerKey, KNOWN_HEADERS, SOURCE_SYSTEMS, type ImportField, type SourceSystem } from './fields';

export interface GuessedMapping {
  /** The system whose export this looks like, or null (a spreadsheet of the clinic's own). */
  system: SourceSystem | null;
  /** One field per column, in the file's column order. */
  fields: ImportField[];
}

const known = (system: SourceSystem) => new Map(Object.entries(KNOWN_HEADERS[system]).map(([h, f]) => [headerKey(h), f]));

/** How many of the headers are ones this system's export uses. */
function score(system: SourceSystem, keys: string[]): number {
  const names = known(system);
  return keys.filter((k) => names.has(k)).length;
}

/** The system whose export has the most of these headers: at least three, and more than any other. */
export function recogniseSystem(headers: readonly string[]): SourceSystem | null {
  const keys = headers.map(headerKey);
  const ranked = SOURCE_SYSTEMS.map((s) => ({ s, n: score(s, keys) })).sort((a, b) => b.n - a.n);
  const [best, next] = ranked;
  if (!best || best.n < 3 || (next && next.n === best.n)) return null;
  return best.s;
}

export function guessMapping(headers: readonly string[]): GuessedMapping {
  const system = recogniseSystem(headers);
  const names = system ? known(system) : new Map<string, ImportField>();
  const fields = headers.map((h) => names.get(headerKey(h)) ?? fieldByName(h));
  // A full name beside first and last name columns is the same name again.
  if (fields.includes('firstName') && fields.includes('lastName')) {
    for (let i = 0; i < fields.length; i++) if (fields[i] === 'fullName') fields[i] = 'ignore';
  }
  return { system, fields };
}
