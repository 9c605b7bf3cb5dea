// The import's dry run, on whichever connection it is given (the task's own, in a worker): each row
// through the client contract, then matched against the clients on file by name and phone digits
// or email. The import runs the same check again inside its transaction.
import type Database from 'better-sqlite3';
import { phoneSearchDigits } from '../../core/phone';
import { nameSearchKeys } from '../../core/search-key';
import { storedKeyContext } from '../../db/client-keys';
import { preparedOnce } from '../../db/prepared';
import type { ImportCheck, ImportedClientInput } from '../contract/client-import';
import { clientInput } from '../contract/clients';
import { zodMessageText } from '../contract/words';
import type { NewClient } from '../handlers/clients';

export interface CheckedRow {
  row: ImportedClientInput;
  client: NewClient;
  duplicate: ImportCheck['duplicates'][number] | null;
}

export interface FullCheck {
  summary: ImportCheck;
  accepted: CheckedRow[];
}

// Names compare as search does (folded: "Omer Celik" is "Ömer Çelik"); the search-key index
// narrows to a handful of rows.
const sameName = preparedOnce(
  `SELECT id, first_name AS firstName, last_name AS lastName, phone, email, date_of_birth AS dateOfBirth,
          phone_digits AS phoneDigits
   FROM clients WHERE search_last = ? AND search_first = ? ORDER BY id`,
);

type Existing = ImportCheck['duplicates'][number]['existing'] & { phoneDigits: string | null };

export interface ValidRows {
  valid: { row: ImportedClientInput; client: NewClient }[];
  refused: ImportCheck['refused'];
}

/** Each row through the client contract: no database needed, so the import does it before its transaction. */
export function validateImportRows(rows: readonly ImportedClientInput[], onRow?: (done: number) => void): ValidRows {
  const out: ValidRows = { valid: [], refused: [] };
  rows.forEach((row, i) => {
    onRow?.(i);
    const parsed = clientInput.safeParse({
      firstName: row.firstName,
      lastName: row.lastName,
      phone: row.phone ?? '',
      email: row.email ?? '',
      dateOfBirth: row.dateOfBirth,
      notes: row.notes,
    });
    if (parsed.success) out.valid.push({ row, client: parsed.data });
    else
      out.refused.push({
        line: row.line,
        // By message id: the task runs apart from the caller, so the screen (or, in a refusal, the
        // dispatcher) reads them in the reader's language.
        reasons: [...new Set(parsed.error.issues.map((issue) => issue.message))].map(zodMessageText),
      });
  });
  return out;
}

/** The valid rows matched against the clients on file; in the import, inside its transaction. */
export function findDuplicates(sqlite: Database.Database, { valid, refused }: ValidRows): FullCheck {
  const summary: ImportCheck = { newClients: 0, duplicates: [], refused };
  const accepted: CheckedRow[] = [];
  const find = sameName(sqlite);
  const { country } = storedKeyContext(sqlite);
  for (const { row, client } of valid) {
    const digits = phoneSearchDigits(client.phone, country);
    const names = nameSearchKeys(client.firstName, client.lastName);
    const email = client.email?.toLowerCase() ?? null;
    let duplicate: CheckedRow['duplicate'] = null;
    for (const found of find.all(names.last, names.first) as Existing[]) {
      const matchedOn = digits && found.phoneDigits === digits ? 'phone' : email && found.email?.toLowerCase() === email ? 'email' : null;
      if (!matchedOn) continue;
      const { phoneDigits: _d, ...existing } = found;
      duplicate = { line: row.line, existing, matchedOn };
      break;
    }
    if (duplicate) summary.duplicates.push(duplicate);
    else summary.newClients++;
    accepted.push({ row, client, duplicate });
  }
  return { summary, accepted };
}

/** The dry run: both steps. */
export function checkImportRows(
  sqlite: Database.Database,
  rows: readonly ImportedClientInput[],
  onRow?: (done: number) => void,
): FullCheck {
  return findDuplicates(sqlite, validateImportRows(rows, onRow));
}
