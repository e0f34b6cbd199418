/** Codes the sign-in endpoint returns; the sign-in page maps them to messages from the catalog. */
export const SIGN_IN_ERROR_CODES = ['INVALID_CREDENTIALS', 'RATE_LIMITED', 'INVALID_INPUT', 'UNAVAILABLE'] as const;

export type SignInErrorCode = (typeof SIGN_IN_ERROR_CODES)[number];

/** Anything else (network trouble, a next-auth code) becomes null: show the general error. */
export function toSignInErrorCode(value: string | null | undefined): SignInErrorCode | null {
  return SIGN_IN_ERROR_CODES.find((code) => code === value) ?? null;
}

/** Lower-case and trimmed, as e-mail addresses are stored. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
