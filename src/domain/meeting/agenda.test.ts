import { describe, expect, it } from 'vitest';
import { STANDARD_AGENDA, insertionIndex, moveAgendaItem } from './agenda';

describe('insertionIndex', () => {
  const standard = STANDARD_AGENDA.map((kind) => ({ kind }));
  it('puts a matter after the last matter', () => {
    expect(insertionIndex(standard, 'MATTER')).toBe(5);
  });
  it('puts a matter after the economic follow-up when there is no matter yet', () => {
    expect(
      insertionIndex(
        standard.filter((i) => i.kind !== 'MATTER'),
        'MATTER',
      ),
    ).toBe(4);
  });
  it('puts other items before "other questions"', () => {
    expect(insertionIndex(standard, 'OTHER')).toBe(5);
    expect(insertionIndex([], 'OTHER')).toBe(0);
  });
});

describe('moveAgendaItem', () => {
  it('swaps with the neighbour', () => {
    expect(moveAgendaItem(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(moveAgendaItem(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
  });
  it('cannot move past the ends or an unknown item', () => {
    expect(moveAgendaItem(['a', 'b'], 'a', 'up')).toBeNull();
    expect(moveAgendaItem(['a', 'b'], 'b', 'down')).toBeNull();
    expect(moveAgendaItem(['a', 'b'], 'x', 'up')).toBeNull();
  });
});
