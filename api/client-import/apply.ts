// The import itself: every row created, merged or skipped as chosen, in ONE write transaction on the
// connection given (the task's own), or nothing at all. Clients are created through createClient,
// the same function clients.create uses, so derived columns and audit entries match; a merge fills
// what the client on file lacks and adds the file's notes, through the same derived columns.
import type Database from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import type { OnProgress } from '../../db/progress';
import { clients } from '../../db/schema';
import { writeAudit } from '../audit';
import type { z } from 'zod';
import type { clientImportContract } from '../contract/client-import';
import { createClient, getClient, type ClientWriter, type NewClient } from '../handlers/clients';
import { keysFor } from '../../db/client-keys';
import { msg, type Msg, type Text } from '../contract/words';
import { ApiFailure } from '../result';
import { findDuplicates, validateImportRows } from './check';

export type ImportInput = z.output<(typeof clientImportContract)['clients.import']['input']>;
export type ImportResult = { created: number; merged: number; skipped: number };

const SHOWN_LIMIT = 50; // lines named in one refusal

/**
 * A refusal naming each line, on the `rows` field and on `rows.<line>`; nothing is written. By
 * message id ('moveIn.*'): the dispatcher reads it in the caller's language, as every refusal.
 */
function refuse(summary: Msg, lines: { line: number; message: Text }[]): ApiFailure {
  const fields: Record<string, Text> = { rows: summary };
  for (const { line, message } of lines.slice(0, SHOWN_LIMIT)) fields[`rows.${line}`] = message;
  return ApiFailure.of('invalid_input', { message: summary, fields });
}

/** The lines named in a sentence: "3, 5", or the first eight "and 4 more". */
const lineList = (lines: number[]): Text =>
  lines.length > 8 ? msg('moveIn.lines.more', { lines: lines.slice(0, 8).join(', '), more: lines.length - 8 }) : lines.join(', ');

/** A row's reasons as one text, each read in the reader's language. */
const joined = (reasons: readonly Text[]): Text =>
  reasons.reduceRight<Text | null>((rest, first) => (rest === null ? first : msg('moveIn.join', { first, rest })), null) ?? '';

function mergeInto(w: ClientWriter, id: number, from: NewClient, reason: string): boolean {
  const before = getClient(w, id);
  const notes = from.notes.trim() === '' ? before.notes : before.notes.trim() === '' ? from.notes : `${before.notes}\n\n${from.notes}`;
  const fill = {
    phone: before.phone ?? from.phone ?? null,
    email: before.email ?? from.email ?? null,
    dateOfBirth: before.dateOfBirth ?? from.dateOfBirth ?? null,
    notes,
  };
  if (fill.phone === before.phone && fill.email === before.email && fill.dateOfBirth === before.dateOfBirth && notes === before.notes)
    return false;
  w.db
    .update(clients)
    .set({
      ...fill,
      ...keysFor(w.sqlite, { firstName: before.firstName, lastName: before.lastName, phone: fill.phone }),
      updatedAt: w.now().toISOString(),
      version: sql`${clients.version} + 1`,
    })
    .where(eq(clients.id, id))
    .run();
  writeAudit(w, { entity: 'client', entityId: id, action: 'update', before, after: getClient(w, id), reason });
  return true;
}

export function applyImport(w: ClientWriter & { sqlite: Database.Database }, input: ImportInput, onProgress?: OnProgress): ImportResult {
  const total = input.rows.length;
  const step = (label: string, done: number) => onProgress?.({ step: label, done, total });
  // The contract's checks need no lock: done first, so the transaction holds the other desks'
  // writes only for the duplicate check and the writes themselves.
  const validated = validateImportRows(input.rows, (i) => i % 1000 === 0 && step('Checking the rows', i));
  return w.sqlite
    .transaction((): ImportResult => {
      const { summary, accepted } = findDuplicates(w.sqlite, validated);
      if (summary.refused.length > 0) {
        const lines = summary.refused.map((r) => r.line);
        throw refuse(
          msg('moveIn.apply.refused', { count: lines.length, lines: lineList(lines) }),
          summary.refused.map((r) => ({
            line: r.line,
            message: msg('moveIn.apply.lineRefused', { line: r.line, reasons: joined(r.reasons) }),
          })),
        );
      }
      const choices = new Map(input.choices.map((c) => [c.line, c.choice]));
      const undecided = summary.duplicates.filter((d) => !choices.has(d.line));
      if (undecided.length > 0)
        throw refuse(
          msg('moveIn.apply.undecided', { count: undecided.length, lines: lineList(undecided.map((d) => d.line)) }),
          undecided.map((d) => ({
            line: d.line,
            message: msg('moveIn.apply.lineDuplicate', { line: d.line, name: `${d.existing.firstName} ${d.existing.lastName}` }),
          })),
        );
      const reason = `Imported from ${input.fileName}`;
      const result: ImportResult = { created: 0, merged: 0, skipped: 0 };
      accepted.forEach(({ client, duplicate }, i) => {
        if (i % 500 === 0) step('Importing clients', i);
        const choice = duplicate ? choices.get(duplicate.line)! : 'new';
        if (choice === 'skip') result.skipped++;
        else if (choice === 'merge') {
          mergeInto(w, duplicate!.existing.id, client, reason);
          result.merged++;
        } else {
          createClient(w, client, reason);
          result.created++;
        }
      });
      writeAudit(w, {
        entity: 'database',
        entityId: 'main',
        action: 'client_import',
        after: {
          file: input.fileName,
          sha256: input.sha256,
          system: input.system,
          rows: total,
          ...result,
          skippedLines: input.skippedLines,
        },
        reason,
      });
      step('Importing clients', total);
      return result;
    })
    .immediate();
}
