/**
 * Refusals a use case throws and `toActionFailure` turns into an ActionResult.
 * Authorization refusals are AuthorizationError (src/server/kernel/authorization-error.ts).
 */

/** Someone else changed the row since it was read; `fresh` is what is stored now (null when it is gone). */
export class StaleVersionError<Fresh> extends Error {
  readonly fresh: Fresh;

  constructor(fresh: Fresh) {
    super('STALE');
    this.name = 'StaleVersionError';
    this.fresh = fresh;
  }
}

/** The thing may no longer be changed (an adopted or locked plan). `message` is shown to the user. */
export class LockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockedError';
  }
}

/** The change contradicts a rule or other data (e.g. removing a line that has invoices). `message` is shown. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** Input that passed parsing but fails a check needing stored data; messages per field, shown next to it. */
export class FieldValidationError extends Error {
  readonly fieldErrors: Record<string, string>;

  constructor(fieldErrors: Record<string, string>) {
    super('VALIDATION');
    this.name = 'FieldValidationError';
    this.fieldErrors = fieldErrors;
  }
}
