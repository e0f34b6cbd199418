import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12;
/** Argon2's cost grows with the input; sign-in caps at 1024, a new password at this. */
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'TOO_SHORT' | 'COMMON' | 'TOO_LONG';

function normalize(value: string): string {
  return value.normalize('NFC').trim().toLowerCase();
}

/** Digits, punctuation and spaces around a word (sommar2024!, !!lösenord123). */
function stripDecoration(value: string): string {
  return value.replace(/^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu, '');
}

/** One character or a short run repeated (aaaaaaaaaaaa, abcabcabcabc). */
function isRepetition(value: string): boolean {
  return /^(.{1,4})\1+$/u.test(value);
}

/**
 * Whether a new password may be used: at least 12 characters (code points, so å counts once),
 * at most 256, not a common password (compared case-insensitively, also with digits or symbols
 * around a common word), and not the person's own e-mail address or name.
 */
export function checkNewPassword(
  password: string,
  context: { email?: string; name?: string } = {},
): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  const candidate = normalize(password);
  const bare = stripDecoration(candidate);
  if (COMMON_PASSWORDS.has(candidate) || COMMON_PASSWORDS.has(bare) || bare === '' || isRepetition(bare)) {
    return 'COMMON';
  }
  const own = [context.email, context.email?.split('@')[0], context.name, context.name?.replace(/\s+/g, '')]
    .filter((value): value is string => !!value && value.trim().length > 0)
    .map(normalize);
  if (own.some((value) => value === candidate || value === bare || value.replace(/\s+/g, '') === bare)) {
    return 'COMMON';
  }
  return null;
}
