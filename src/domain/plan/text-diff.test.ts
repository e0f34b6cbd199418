import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffText, hasChanges } from './text-diff';

const join = (parts: ReturnType<typeof diffText>, keep: 'removed' | 'added') =>
  parts
    .filter((p) => p.kind === 'same' || p.kind === keep)
    .map((p) => p.text)
    .join('');

describe('diffText', () => {
  it('marks the words that changed', () => {
    const parts = diffText(
      'Förbundet prioriterar unga vuxna.',
      'Förbundet prioriterar unga vuxna och långtidssjukskrivna.',
    );
    expect(parts).toEqual([
      { kind: 'same', text: 'Förbundet prioriterar unga ' },
      { kind: 'removed', text: 'vuxna.' },
      { kind: 'added', text: 'vuxna och långtidssjukskrivna.' },
    ]);
    expect(hasChanges(parts)).toBe(true);
  });

  it('has no changes for the same text', () => {
    expect(hasChanges(diffText('Inriktning 2026', 'Inriktning 2026'))).toBe(false);
    expect(diffText('', '')).toEqual([]);
  });

  it('gives both texts back', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const parts = diffText(a, b);
        return join(parts, 'removed') === a && join(parts, 'added') === b;
      }),
    );
  });
});
