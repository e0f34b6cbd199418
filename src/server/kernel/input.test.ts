import { describe, expect, it } from 'vitest';
import { associationId, id, version } from './input';

describe('the kernel zod primitives', () => {
  it('reads an id as sent by a form, trimmed', () => {
    expect(id.parse(' ckabc123 ')).toBe('ckabc123');
    expect(associationId.parse('gotland')).toBe('gotland');
  });

  it('refuses an empty, overlong or non-string id in Swedish', () => {
    for (const bad of ['', '   ', 'x'.repeat(101), 42, null]) {
      expect(id.safeParse(bad).error?.issues[0]?.message, String(bad)).toBe('Ogiltigt värde.');
    }
  });

  it('reads a version as a positive integer, refusing anything else in Swedish', () => {
    expect(version.parse(3)).toBe(3);
    for (const bad of [0, -1, 1.5, '2', null])
      expect(version.safeParse(bad).error?.issues[0]?.message, String(bad)).toBe('Ogiltigt värde.');
  });
});
