import { describe, expect, it } from 'vitest';
import { checkNewPassword } from './password-policy';

describe('checkNewPassword', () => {
  it('accepts a long, uncommon password', () => {
    expect(checkNewPassword('gul-ekorre-hoppar-7')).toBeNull();
  });

  it('counts code points, so Swedish letters and emoji count once each', () => {
    expect(checkNewPassword('åäöåäöåäöåä')).toBe('TOO_SHORT');
    expect(checkNewPassword('åäöx-ÅÄÖy-9z')).toBeNull();
    expect(checkNewPassword('🙂'.repeat(11))).toBe('TOO_SHORT');
  });

  it('refuses fewer than 12 and more than 256 characters', () => {
    expect(checkNewPassword('kort-lösen1')).toBe('TOO_SHORT');
    expect(checkNewPassword('x'.repeat(200) + 'y'.repeat(57))).toBe('TOO_LONG');
    expect(checkNewPassword('abcd'.repeat(64))).toBe('COMMON');
    expect(checkNewPassword('abq1-'.repeat(51) + 'z')).toBeNull();
  });

  it('refuses common passwords case-insensitively, also with digits or symbols around them', () => {
    for (const common of [
      'password1234',
      'PASSWORD1234',
      'Lösenord1234',
      'sommar2024!!',
      'Sommar2024!!',
      '!!losenord!!123',
      'qwertyuiop123',
      'Välkommen2026',
      '123456789012',
      'aaaaaaaaaaaa',
      'abcabcabcabc',
    ]) {
      expect(checkNewPassword(common), common).toBe('COMMON');
    }
  });

  it('refuses the person’s own e-mail address or name', () => {
    const context = { email: 'anna.lindqvist@forbund.se', name: 'Anna Lindqvist' };
    expect(checkNewPassword('anna.lindqvist@forbund.se', context)).toBe('COMMON');
    expect(checkNewPassword('Anna.Lindqvist@Forbund.se', context)).toBe('COMMON');
    expect(checkNewPassword('anna.lindqvist1', context)).toBe('COMMON');
    expect(checkNewPassword('Anna Lindqvist', context)).toBe('COMMON');
    expect(checkNewPassword('annalindqvist2026', context)).toBe('COMMON');
    expect(checkNewPassword('blå-tåg-över-ån', context)).toBeNull();
  });
});
