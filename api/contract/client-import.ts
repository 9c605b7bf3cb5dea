// Moving in from another system: the rows of a CSV or Excel export, mapped in the window
// (core/import/), checked here in a dry run, then imported in one transaction. Each row is checked
// with the client contract on its own, so a refusal names its line instead of failing the call.
import { z } from 'zod';
import { SOURCE_SYSTEMS } from '../../core/import/fields';
import { CLIENT_SHOWN } from './clients';
import { id, requiredText } from './common';
import { task } from './define';
import { msg, textOutput, zodText } from './words';

export const MAX_IMPORT_ROWS = 50_000;

const line = z.number().int().min(2);
const loose = (max: number) => z.string().max(max);

export const importedClient = z.object({
  line,
  firstName: loose(1000),
  lastName: loose(1000),
  phone: loose(1000).nullable(),
  email: loose(1000).nullable(),
  dateOfBirth: loose(100).nullable(),
  notes: loose(20_000),
});
export type ImportedClientInput = z.infer<typeof importedClient>;

const rows = z
  .array(importedClient)
  .min(1, { error: zodText(msg('checks.clientImport.noRows')) })
  .max(MAX_IMPORT_ROWS, { error: zodText(msg('checks.clientImport.tooMany', { max: MAX_IMPORT_ROWS })) });

export const DUPLICATE_CHOICES = ['skip', 'merge', 'new'] as const;
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];

const existingClient = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
});

export const importCheck = z.object({
  /** Rows that will become new clients as they stand. */
  newClients: z.number().int().nonnegative(),
  /** Rows matching a client already in Stipple (same name, and the same phone or email): each needs a choice. */
  duplicates: z.array(z.object({ line, existing: existingClient, matchedOn: z.enum(['phone', 'email']) })),
  /** Rows the client contract refuses, each with why: by message id, read by the screen in its language. */
  refused: z.array(z.object({ line, reasons: z.array(textOutput) })),
});
export type ImportCheck = z.infer<typeof importCheck>;

export const clientImportContract = {
  /** The dry run: what the import would do, written nowhere. */
  'clients.importCheck': task(z.object({ rows }), importCheck, {
    invalidates: [],
    because: 'A dry run: it reads the clients on file and writes nothing.',
  }),
  /**
   * All or nothing, in one transaction, audited as one import (the file's name and SHA-256) beside
   * each client's own entry. Refused while any row is refused or any duplicate has no choice.
   * `skippedLines`: the refused lines the person chose to leave out (kept in the audit entry).
   */
  'clients.import': task(
    z.object({
      fileName: requiredText(msg('checks.label.fileName'), 260),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: zodText(msg('checks.clientImport.sha')) }),
      system: z.enum(SOURCE_SYSTEMS).nullable().default(null),
      rows,
      choices: z
        .array(z.object({ line, choice: z.enum(DUPLICATE_CHOICES) }))
        .max(MAX_IMPORT_ROWS)
        .default([]),
      skippedLines: z.array(line).max(MAX_IMPORT_ROWS).default([]),
    }),
    z.object({
      created: z.number().int().nonnegative(),
      merged: z.number().int().nonnegative(),
      skipped: z.number().int().nonnegative(),
    }),
    // New clients count in the owner's report; a merge changes a client's phone, email or notes.
    { invalidates: [...CLIENT_SHOWN, 'reports.period', 'batches.recall'] },
  ),
} as const;
