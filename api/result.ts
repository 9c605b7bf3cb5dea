import { isMsg, msg, wordsOf, type Text } from './contract/words';

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
  /**
   * network.join's answer on a Stipple that may join: the app hosting the API does the joining
   * (network/join-hub.ts tells it by this, whatever language the message is in).
   */
  joinByHost?: true;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** What a refusal says, by id where it has been moved to the catalogs; read in the caller's language. */
export interface RefusalTexts {
  message: Text;
  fields?: Record<string, Text>;
}

const ENGLISH = 'en-GB';

/** Thrown inside handlers; the dispatcher turns it into an error envelope and rolls back. */
export class ApiFailure extends Error {
  /** Commit what the change wrote before refusing (a wrong PIN: its count and audit entry stay). */
  keepWrites = false;
  /** `error` reads English; `texts`, when given, is the same refusal by message id for other readers. */
  constructor(
    readonly error: ApiError,
    readonly texts?: RefusalTexts,
  ) {
    super(error.message);
    this.name = 'ApiFailure';
  }

  /** The refusal from message ids (English in `error` for code and tests that read it there). */
  static of(code: ApiErrorCode, texts: RefusalTexts, extra: Pick<ApiError, 'current' | 'joinByHost'> = {}): ApiFailure {
    const error: ApiError = { code, message: wordsOf(texts.message, ENGLISH), ...extra };
    if (texts.fields) error.fields = fieldWords(texts.fields, ENGLISH);
    return new ApiFailure(error, Object.values({ m: texts.message, ...texts.fields }).some(isMsg) ? texts : undefined);
  }

  /** The refusal in a locale's language: what the dispatcher answers with. */
  in(locale: string): ApiError {
    if (!this.texts) return this.error;
    const error: ApiError = { ...this.error, message: wordsOf(this.texts.message, locale) };
    if (this.texts.fields) error.fields = fieldWords(this.texts.fields, locale);
    return error;
  }
}

function fieldWords(fields: Record<string, Text>, locale: string): Record<string, string> {
  const words: Record<string, string> = {};
  for (const [field, text] of Object.entries(fields)) words[field] = wordsOf(text, locale);
  return words;
}

/** A record named in a refusal: a message for its name ('The client'), or English text not yet moved. */
export type What = Text;

export const fail = {
  /** The refusal, with what the handler wrote so far committed rather than rolled back. */
  afterRecording: (failure: ApiFailure) => Object.assign(failure, { keepWrites: true }),
  notFound: (what: What) => ApiFailure.of('not_found', { message: isMsg(what) ? msg('api.notFound', { what }) : `${what} was not found.` }),
  field: (field: string, message: Text) => ApiFailure.of('invalid_input', { message, fields: { [field]: message } }),
  /** Several fields at once, each message beside its field; the first is the summary. */
  fields: (fields: Record<string, Text>) =>
    ApiFailure.of('invalid_input', { message: Object.values(fields)[0] ?? msg('api.checkForm'), fields }),
  rule: (message: Text, fields?: Record<string, Text>) => ApiFailure.of('rule', fields ? { message, fields } : { message }),
  conflict: (what: What, current: unknown) =>
    ApiFailure.of(
      'conflict',
      {
        message: isMsg(what)
          ? msg('api.conflict', { what })
          : `${what} was changed by someone else since you opened it. Review their changes before saving again.`,
      },
      { current },
    ),
  forbidden: (message: Text) => ApiFailure.of('forbidden', { message }),
};
