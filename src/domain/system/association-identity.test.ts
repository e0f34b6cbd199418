import { describe, expect, it } from 'vitest';
import { checkSlug, normalizeOrgNumber, proposeSlug } from './association-identity';

describe('proposeSlug', () => {
  it('lower-case, Swedish letters folded, words joined by dashes', () => {
    expect(proposeSlug('Samordningsförbundet Älvdalen–Åre')).toBe('samordningsforbundet-alvdalen-are');
    expect(proposeSlug('  Finsam Gotland 2  ')).toBe('finsam-gotland-2');
    expect(proposeSlug('Crème & Brûlée')).toBe('creme-brulee');
  });

  it('nothing usable gives an empty slug (the form then asks for one)', () => {
    expect(proposeSlug('!!!')).toBe('');
  });

  it('the proposal always passes the check, or is empty', () => {
    for (const name of ['Sjöbygden', 'a'.repeat(80), 'Ö-ö-ö', '123 Förbund'])
      expect([null, 'EMPTY']).toContain(checkSlug(proposeSlug(name)));
  });
});

describe('checkSlug', () => {
  it('accepts a–z, 0–9 and single dashes', () => {
    expect(checkSlug('finsam-gotland')).toBeNull();
    expect(checkSlug('f2')).toBeNull();
  });

  it('refuses capitals, other letters, double, leading or trailing dashes', () => {
    for (const slug of ['Finsam', 'sjöbygden', 'a--b', '-a', 'a-', 'a b', 'a/b'])
      expect(checkSlug(slug)).toBe('FORMAT');
  });

  it('refuses empty and too long', () => {
    expect(checkSlug('')).toBe('EMPTY');
    expect(checkSlug('a'.repeat(61))).toBe('TOO_LONG');
  });
});

describe('normalizeOrgNumber', () => {
  it('NNNNNN-NNNN, with or without the dash', () => {
    expect(normalizeOrgNumber('222000-1234')).toBe('222000-1234');
    expect(normalizeOrgNumber(' 2220001234 ')).toBe('222000-1234');
  });

  it('anything else is not an organisation number', () => {
    for (const value of ['22200-1234', '222000-12345', '2220001-234', 'abcdef-ghij', ''])
      expect(normalizeOrgNumber(value)).toBeNull();
  });
});
