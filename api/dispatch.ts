// The one entry point every transport uses: validate the input against the contract, run the
// handler (changes inside one transaction with their audit entries), answer with an envelope.
import type { z } from 'zod';
import type { OpenDatabase } from '../db/open';
import { contract, isChannel, type Channel, type ChannelInput, type ChannelOutput } from './contract';
import type { HandlerContext } from './context';
import { handlers } from './handlers';
import { ApiFailure, type ApiError, type ApiResult } from './result';
import { fieldErrors } from './field-errors';
import { defaultsMissing, seedDefaults } from './defaults';
import { integrityGate } from './integrity-gate';
import { checkPermission } from './permissions';

export interface ApiOptions {
  /** Parse every output against its schema: on in tests, off where speed counts. */
  checkOutputs?: boolean;
  now?: () => Date;
  /** Called with unexpected errors so a transport can log them; the caller sees a plain message. */
  onInternalError?: (channel: string, error: unknown) => void;
  /** Refuse calls from nobody once staff have PINs, and enforce roles (api/permissions.ts). Default on. */
  requireSignIn?: boolean;
  /** The migrations, so a restored backup can be brought up to date. */
  migrationsFolder?: string;
  /** Called once if the integrity check, deferred at open (db/open.ts), finds the file damaged. */
  onDatabaseDamaged?: (message: string) => void;
}

export interface StippleApi {
  call(channel: string, input: unknown): Promise<ApiResult<unknown>>;
  callTyped<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>>;
  setActor(staffId: number | null): void;
  readonly actorId: number | null;
}

export function createApi(open: OpenDatabase, options: ApiOptions = {}): StippleApi {
  const ctx: HandlerContext = {
    db: open.db,
    sqlite: open.sqlite,
    actorId: null,
    now: options.now ?? (() => new Date()),
    files: { database: open.file, migrationsFolder: options.migrationsFolder ?? null },
  };
  const integrity = integrityGate(open.integrity, {
    onDamaged: options.onDatabaseDamaged,
    onError: (error) => options.onInternalError?.('integrity check', error),
  });
  // Seeding writes: into a file opened unchecked only once the check has passed.
  if (open.integrity.status === 'unchecked' && defaultsMissing(ctx)) integrity.ensure();
  if (open.integrity.status !== 'damaged') seedDefaults(ctx);

  async function run(channel: string, rawInput: unknown): Promise<ApiResult<unknown>> {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `There is no API channel called “${String(channel)}”.` } };
    }
    const def = contract[channel];
    const guarded = options.requireSignIn !== false;
    const refused = guarded ? checkPermission(ctx, channel, undefined) : null;
    if (refused) return { ok: false, error: refused };
    const parsed = (def.input as z.ZodType).safeParse(rawInput ?? {});
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      const first = Object.values(fields)[0] ?? 'Some of the details are not valid.';
      return { ok: false, error: { code: 'invalid_input', message: first, fields } };
    }
    const refusal = guarded ? checkPermission(ctx, channel, parsed.data ?? {}) : null;
    if (refusal) return { ok: false, error: refusal };
    const damaged = integrity.refusal(def.changes || def.task === true);
    if (damaged) return { ok: false, error: damaged };
    const handler = handlers[channel] as (c: HandlerContext, input: unknown) => unknown;
    try {
      const data = def.changes ? open.sqlite.transaction(() => handler(ctx, parsed.data))() : await handler(ctx, parsed.data);
      if (options.checkOutputs) (def.output as z.ZodType).parse(data);
      return { ok: true, data };
    } catch (error) {
      return { ok: false, error: toApiError(channel, error, options) };
    }
  }

  return {
    async call(channel, input) {
      return run(channel, input);
    },
    async callTyped(channel, input) {
      return run(channel, input) as Promise<ApiResult<never>>;
    },
    setActor(staffId) {
      ctx.actorId = staffId;
    },
    get actorId() {
      return ctx.actorId;
    },
  };
}

function toApiError(channel: string, error: unknown, options: ApiOptions): ApiError {
  if (error instanceof ApiFailure) return error.error;
  const code = (error as { code?: string } | null)?.code ?? '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return { code: 'unavailable', message: 'The disk is full, so nothing was saved. Free some space and try again; your entry is still here.' };
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return { code: 'unavailable', message: 'The database is read-only, so nothing was saved. Your entry is still here.' };
  }
  if (code.startsWith('SQLITE_BUSY')) {
    return { code: 'unavailable', message: 'The database is busy. Nothing was saved; try again in a moment.' };
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return { code: 'invalid_input', message: 'That refers to a record that does not exist (for example a staff member or session).' };
  }
  options.onInternalError?.(channel, error);
  return { code: 'internal', message: 'Something went wrong and nothing was saved. Your entry is still here; try again.' };
}
