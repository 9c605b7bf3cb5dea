// A client's rights: the erasure (owner only; refused before the clinic's keeping period ends) and
// the copy of the record. The erasure's work is api/erase-client.ts; from backups, api/erase-backups.ts.
import { localDateOf } from '../../core/dates';
import { earliestErasureDay, personalDetailsIn } from '../../core/erasure';
import { formatDate } from '../../core/format-date';
import { removeClientFiles } from '../../db/client-files';
import { afterCommit } from '../after-commit';
import type { HandlerContext } from '../context';
import type { ErasureCheck } from '../contract/rights';
import { backupFilesOf, eraseFromBackups } from '../erase-backups';
import { clientDetails, eraseClient, ErasureRefused } from '../erase-client';
import { fail } from '../result';
import { getClient } from './clients';
import { recordCopy, recordData } from './record-copy';
import { readSettings } from './settings';
import type { HandlerMap } from './types';
import { checkVersion } from './util';

/** The last day of the medical record: a performed session, or the intake completed or consented. */
function lastMedicalDay(ctx: HandlerContext, clientId: number): string | null {
  const instants = ctx.sqlite
    .prepare(
      `SELECT performed_at FROM sessions WHERE client_id = @clientId AND status = 'performed' AND performed_at IS NOT NULL
       UNION ALL SELECT completed_at FROM intakes WHERE client_id = @clientId AND completed_at IS NOT NULL
       UNION ALL SELECT consent_given_at FROM intakes WHERE client_id = @clientId AND consent_given_at IS NOT NULL`,
    )
    .pluck()
    .all({ clientId }) as string[];
  const days = instants.map((i) => (i.length === 10 ? i : localDateOf(i))).sort();
  return days.at(-1) ?? null;
}

function check(ctx: HandlerContext, clientId: number): ErasureCheck {
  const client = getClient(ctx, clientId);
  const years = readSettings(ctx).medicalRecordYears;
  const today = localDateOf(ctx.now());
  const last = lastMedicalDay(ctx, clientId);
  const earliestOn = earliestErasureDay(last, years, today);
  return {
    clientId,
    erased: client.erasedAt !== null,
    erasedAt: client.erasedAt,
    erasable: client.erasedAt === null && earliestOn <= today,
    earliestOn,
    lastMedicalDay: last,
    years,
    backups: ctx.files ? backupFilesOf(ctx.files.database, readSettings(ctx).backupFolder).length : 0,
  };
}

export const rightsHandlers: HandlerMap<
  'rights.erasureCheck' | 'rights.erase' | 'rights.eraseFromBackups' | 'rights.recordData' | 'rights.recordCopy'
> = {
  'rights.erasureCheck'(ctx, { clientId }) {
    return check(ctx, clientId);
  },

  'rights.erase'(ctx, { clientId, expectedVersion, reason, alsoBackups }) {
    const client = getClient(ctx, clientId);
    checkVersion('This client', client, expectedVersion);
    if (client.erasedAt !== null) throw fail.rule('This client’s record was erased already.');
    const c = check(ctx, clientId);
    if (!c.erasable) {
      const on = formatDate(c.earliestOn, readSettings(ctx).locale);
      throw fail.rule(
        `The clinic keeps medical records for ${c.years} years after the last treatment, so this record can be erased from ${on}. You can archive the client now.`,
      );
    }
    const details = clientDetails(ctx.sqlite, clientId)!;
    const named = personalDetailsIn(reason, {
      firstName: details.first_name,
      lastName: details.last_name,
      phone: details.phone,
      email: details.email,
    });
    if (named.length > 0)
      throw fail.field(
        'reason',
        `Leave the client’s ${named.join(' and ')} out of the reason: the reason stays in the audit trail after the erasure.`,
      );
    let done;
    try {
      done = eraseClient(ctx, { clientId, reason, alsoBackups });
    } catch (error) {
      if (error instanceof ErasureRefused) throw fail.rule(error.message);
      throw error;
    }
    // Files and the WAL only once the erasure has committed: a rolled-back one keeps its photos.
    const database = ctx.files?.database;
    afterCommit(ctx, () => {
      if (database && done.files.length > 0) removeClientFiles(ctx.sqlite, done.files, (kind) => kind.folderFor(database));
      // The old pages are in the WAL until a checkpoint copies the zeroed ones over them.
      ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    });
    const after = getClient(ctx, clientId);
    return {
      clientId,
      erasedAt: after.erasedAt!,
      entryId: done.entryId,
      removed: done.removed,
      kept: done.kept,
      redacted: done.redacted,
      backups: c.backups,
    };
  },

  async 'rights.eraseFromBackups'(ctx, { clientId }) {
    return eraseFromBackups(ctx, clientId);
  },

  'rights.recordData'(ctx, { clientId }) {
    return recordData(ctx, clientId);
  },

  async 'rights.recordCopy'(ctx, input) {
    return recordCopy(ctx, input);
  },
};
