import { describe, expect, it } from 'vitest';
import { normalizeEmail, toSignInErrorCode } from './sign-in-errors';

describe('toSignInErrorCode', () => {
  it('keeps known codes', () => {
    expect(toSignInErrorCode('RATE_LIMITED')).toBe('RATE_LIMITED');
    expect(toSignInErrorCode('INVALID_CREDENTIALS')).toBe('INVALID_CREDENTIALS');
  });

  it('turns anything else into null', () => {
    expect(toSignInErrorCode('CredentialsSignin')).toBeNull();
    expect(toSignInErrorCode(null)).toBeNull();
    expect(toSignInErrorCode(undefined)).toBeNull();
  });
});

describe('normalizeEmail', () => {
  it('lower-cases and trims', () => {
    expect(normalizeEmail('  Anna.Berg@Finsam.SE ')).toBe('anna.berg@finsam.se');
  });
});
