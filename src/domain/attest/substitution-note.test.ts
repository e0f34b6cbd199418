import { describe, expect, it } from 'vitest';
import { isRealNote } from './substitution-note';

describe('isRealNote: a substitute says why, in real words', () => {
  it.each([
    ['x', false],
    ['', false],
    ['   ', false],
    ['Ordföranden är bortrest', true],
    ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', false],
    ['abababababababababababab', false],
    ['x x x x x x x x x x x x x x x x x x x x x x', false],
    ['Jäv: ordföranden är leverantörens styrelseledamot.', true],
    ['Semester v. 48', false],
  ])('%j is a real note: %s', (note, real) => {
    expect(isRealNote(note)).toBe(real);
  });
});
