// The envelope every channel answers with. Errors are data, never thrown across a transport.
export type ApiErrorCode =
  | 'invalid_input' // the input failed its schema or a rule tied to a field
  | 'not_found'
  | 'conflict' // someone else saved the record since it was read
  | 'rule' // a clinic rule refused the change (e.g. deposit unpaid, contraindication)
  | 'forbidden' // the signed-in staff member's role may not do this
  | 'signed_out' // nobody is signed in (or the app locked): sign in and try again
  | 'unknown_channel'
  | 'unavailable' // the database could not be written (disk full, read-only)
  | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** Field path ('pigment.batch') → the message to show beside that field. */
  fields?: Record<string, string>;
  /** For conflicts: the record as it is now, so the UI can show what changed. */
  current?: unknown;
  /** The database file is damaged: the app shows this message alone and stops. */
  damaged?: true;
  /** A workstation kept the change in its outbox: the hub cannot be reached; it is sent when it is back. */
  queued?: true;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Thrown inside handlers; the dispatcher turns it into an error envelope and rolls back. */
export class ApiFailure extends Error {
  /** Commit what the change wrote before refusing (a wrong PIN: its count and audit entry stay). */
  keepWrites = false;
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

export const fail = {
  /** The refusal, with what the handler wrote so far committed rather than rolled back. */
  afterRecording: (failure: ApiFailure) => Object.assign(failure, { keepWrites: true }),
  notFound: (what: string) => new ApiFailure({ code: 'not_found', message: `${what} was not found.` }),
  field: (field: string, message: string) => new ApiFailure({ code: 'invalid_input', message, fields: { [field]: message } }),
  /** Several fields at once, each message beside its field; the first is the summary. */
  fields: (fields: Record<string, string>) =>
    new ApiFailure({ code: 'invalid_input', message: Object.values(fields)[0] ?? 'Check the form.', fields }),
  rule: (message: string, fields?: Record<string, string>) => new ApiFailure({ code: 'rule', message, ...(fields ? { fields } : {}) }),
  conflict: (what: string, current: unknown) =>
    new ApiFailure({
      code: 'conflict',
      message: `${what} was changed by someone else since you opened it. Review their changes before saving again.`,
      current,
    }),
  forbidden: (message: string) => new ApiFailure({ code: 'forbidden', message }),
};
