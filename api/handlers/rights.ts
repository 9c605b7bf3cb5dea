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
import { msg, type Msg } from '../contract/words';

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

/** "Leave the client's first name and phone out of the reason…": one message per count, each detail a select. */
function detailsInReason(named: string[]): Msg {
  const keys = named.slice(0, 4).map((n) => n.replace(' ', '_'));
  const values: Record<string, string> = {};
  keys.forEach((key, i) => (values['abcd'[i]!] = key));
  const id = (
    [
      'refusals.rights.detailsInReason1',
      'refusals.rights.detailsInReason2',
      'refusals.rights.detailsInReason3',
      'refusals.rights.detailsInReason4',
    ] as const
  )[keys.length - 1]!;
  return msg(id, values);
}

export const rightsHandlers: HandlerMap<
  'rights.erasureCheck' | 'rights.erase' | 'rights.eraseFromBackups' | 'rights.recordData' | 'rights.recordCopy'
> = {
  'rights.erasureCheck'(ctx, { clientId }) {
    return check(ctx, clientId);
  },

  'rights.erase'(ctx, { clientId, expectedVersion, reason, alsoBackups }) {
    const client = getClient(ctx, clientId);
    checkVersion(msg('api.record.thisClient'), client, expectedVersion);
    if (client.erasedAt !== null) throw fail.rule(msg('refusals.rights.alreadyErased'));
    const c = check(ctx, clientId);
    if (!c.erasable) {
      const on = formatDate(c.earliestOn, readSettings(ctx).locale);
      throw fail.rule(msg('refusals.rights.keptYears', { years: c.years, date: on }));
    }
    const details = clientDetails(ctx.sqlite, clientId)!;
    const named = personalDetailsIn(reason, {
      firstName: details.first_name,
      lastName: details.last_name,
      phone: details.phone,
      email: details.email,
    });
    if (named.length > 0) throw fail.field('reason', detailsInReason(named));
    let done;
    try {
      done = eraseClient(ctx, { clientId, reason, alsoBackups });
    } catch (error) {
      if (error instanceof ErasureRefused) throw fail.rule(error.text);
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
