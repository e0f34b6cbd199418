export type AuthorizationErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

/**
 * Thrown by `assertPermission`. NOT_FOUND (no role in that association, or no such association)
 * must reach the user as "not found", never as a hint that the association exists.
 */
export class AuthorizationError extends Error {
  readonly code: AuthorizationErrorCode;
  /** A Swedish reason shown instead of the generic refusal, when a rule (not the role) refused. */
  readonly userMessage: string | undefined;

  constructor(code: AuthorizationErrorCode, userMessage?: string) {
    super(code);
    this.name = 'AuthorizationError';
    this.code = code;
    this.userMessage = userMessage;
  }
}

export function isAuthorizationError(error: unknown): error is AuthorizationError {
  return error instanceof AuthorizationError;
}
