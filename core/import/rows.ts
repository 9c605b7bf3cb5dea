// A file's rows as Stipple will store them, with the mapping and date order the person chose: each
// row becomes a client's fields, or is refused with why (no name, a date that is not one, the same
// client twice in the file). Cells a spreadsheet would run as formulas are kept as plain text and
// listed. The API checks the rows again with the client contract and against existing clients.
import { isBlankCell, looksLikeFormula } from './cells';
import { parseImportDate, type DateOrder } from './dates';
import { headerKey, type ImportField } from './fields';
import { said, type Said } from './said';
import type { ImportTable } from './table';
import { clinicCountry, phoneSearchDigits } from '../phone';

export interface ImportedClient {
  /** The row's line in the file (the header is line 1). */
  line: number;
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
  dateOfBirth: string | null;
  notes: string;
}

/** `reasons` and a notice's `message` by message id ('moveIn.*'): the screen reads them in its locale. */
export interface RefusedRow {
  line: number;
  reasons: Said[];
}

export interface CellNotice {
  line: number;
  column: string;
  message: Said;
}

export interface MappedFile {
  rows: ImportedClient[];
  refused: RefusedRow[];
  notices: CellNotice[];
}

export interface MapOptions {
  fields: readonly ImportField[];
  dateOrder: DateOrder;
  /** 'YYYY-MM-DD': a date of birth after it is refused. */
  today: string;
  /** The clinic's country: two rows' phones match as search reads them (core/phone.ts). */
  country?: string | null;
}

/** "Mary Ann Smith" → first "Mary Ann", last "Smith"; "Smith, Mary" → first "Mary", last "Smith". */
export function splitFullName(full: string): { firstName: string; lastName: string } {
  const text = full.trim().replace(/\s+/g, ' ');
  const comma = /^([^,]+),\s*(.+)$/.exec(text);
  if (comma) return { firstName: comma[2]!, lastName: comma[1]! };
  const at = text.lastIndexOf(' ');
  return at < 0 ? { firstName: text, lastName: '' } : { firstName: text.slice(0, at), lastName: text.slice(at + 1) };
}

/** A notes column's own name is left out when it only says "notes". */
const plainNotes = (header: string) => /^(notes?|memo|comments?)$/.test(headerKey(header));

export function mapRows(table: ImportTable, options: MapOptions): MappedFile {
  const { fields, dateOrder, today } = options;
  const country = clinicCountry(options.country, null);
  const todayYear = Number(today.slice(0, 4));
  const columns = (field: ImportField) => fields.flatMap((f, i) => (f === field ? [i] : []));
  const cols = {
    first: columns('firstName'),
    last: columns('lastName'),
    full: columns('fullName'),
    phone: columns('phone'),
    email: columns('email'),
    birth: columns('dateOfBirth'),
  };
  const noteColumns = fields.flatMap((f, i) => (f === 'notes' || f === 'visit' ? [i] : []));
  const formulas = new Set(table.formulaCells.map((c) => `${c.line}:${c.column}`));
  const seenByPhone = new Map<string, number>();
  const seenByEmail = new Map<string, number>();
  const out: MappedFile = { rows: [], refused: [], notices: [] };

  for (const { line, cells } of table.rows) {
    const cell = (i: number) => {
      const text = (cells[i] ?? '').trim();
      return isBlankCell(text) ? '' : text;
    };
    const firstOf = (list: number[]) => list.map(cell).find((t) => t !== '') ?? '';
    const reasons: Said[] = [];

    for (const i of fields.flatMap((f, i) => (f === 'ignore' ? [] : [i]))) {
      const header = table.headers[i] ?? `column ${i + 1}`;
      if (formulas.has(`${line}:${i}`)) out.notices.push({ line, column: header, message: said('moveIn.cell.wasFormula') });
      else if (looksLikeFormula(cells[i] ?? ''))
        out.notices.push({ line, column: header, message: said('moveIn.cell.formulaStart', { char: (cells[i] ?? '').charAt(0) }) });
    }

    let firstName = firstOf(cols.first);
    let lastName = firstOf(cols.last);
    const full = firstOf(cols.full);
    if (full && !firstName && !lastName) ({ firstName, lastName } = splitFullName(full));
    if (!firstName && !lastName) reasons.push(said('moveIn.row.noName'));
    else if (!lastName) reasons.push(said('moveIn.row.noLastName', { first: firstName }));
    else if (!firstName) reasons.push(said('moveIn.row.noFirstName', { last: lastName }));

    const birthText = firstOf(cols.birth);
    let dateOfBirth: string | null = null;
    if (birthText) {
      dateOfBirth = parseImportDate(birthText, dateOrder, todayYear);
      if (!dateOfBirth) reasons.push(said('moveIn.row.birthNotDate', { cell: birthText, order: dateOrder }));
      else if (dateOfBirth > today) reasons.push(said('moveIn.row.birthFuture', { cell: birthText }));
    }

    const notes: string[] = [];
    for (const i of noteColumns) {
      const text = cell(i);
      if (!text) continue;
      const header = table.headers[i] ?? `Column ${i + 1}`;
      if (fields[i] === 'visit') {
        const date = parseImportDate(text, dateOrder, todayYear);
        if (!date) reasons.push(said('moveIn.row.visitNotDate', { column: header, cell: text, order: dateOrder }));
        else notes.push(`${header}: ${date}`);
      } else notes.push(plainNotes(header) ? text : `${header}: ${text}`);
    }

    const phone = firstOf(cols.phone) || null;
    const email = firstOf(cols.email) || null;
    if (reasons.length === 0) {
      const name = `${firstName.toLowerCase()}\u0000${lastName.toLowerCase()}`;
      const digits = phoneSearchDigits(phone, country);
      const byPhone = digits ? seenByPhone.get(`${name}\u0000${digits}`) : undefined;
      const byEmail = email ? seenByEmail.get(`${name}\u0000${email.toLowerCase()}`) : undefined;
      const earlier = byPhone ?? byEmail;
      if (earlier !== undefined) {
        reasons.push(said('moveIn.row.sameClient', { line: earlier, on: byPhone !== undefined ? 'phone' : 'email' }));
      } else {
        if (digits) seenByPhone.set(`${name}\u0000${digits}`, line);
        if (email) seenByEmail.set(`${name}\u0000${email.toLowerCase()}`, line);
      }
    }

    if (reasons.length > 0) out.refused.push({ line, reasons });
    else out.rows.push({ line, firstName, lastName, phone, email, dateOfBirth, notes: notes.join('\n') });
  }
  return out;
}
