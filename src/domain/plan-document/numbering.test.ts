import { describe, expect, it } from 'vitest';
import { nextChapterNumber, numberSections, sectionAnchor } from './numbering';

const levels = (...values: number[]) => values.map((level, order) => ({ order, level }));

describe('numberSections', () => {
  it('numbers the 2026 plan as printed (chapters, sections, subsections)', () => {
    // 1, 1.1, 1.2, 1.3, 2, 2.1, 2.2, 2.3, 2.4, 3, 3.1, 3.2, 3.2.1, 3.2.2, 3.2.3, 4
    const numbers = numberSections(levels(1, 2, 2, 2, 1, 2, 2, 2, 2, 1, 2, 2, 3, 3, 3, 1)).map((n) => n.number);
    expect(numbers).toEqual([
      '1',
      '1.1',
      '1.2',
      '1.3',
      '2',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '3',
      '3.1',
      '3.2',
      '3.2.1',
      '3.2.2',
      '3.2.3',
      '4',
    ]);
  });

  it('never skips a level: a subsection right after a chapter becomes a section', () => {
    expect(numberSections(levels(1, 3, 3, 2)).map((n) => [n.number, n.level])).toEqual([
      ['1', 1],
      ['1.1', 2],
      ['1.1.1', 3],
      ['1.2', 2],
    ]);
  });

  it('starts with a chapter even when the first section is deeper, and clamps odd levels', () => {
    expect(numberSections(levels(2, 0, 9)).map((n) => n.number)).toEqual(['1', '2', '2.1']);
  });

  it('resets deeper counters when a shallower section comes', () => {
    expect(numberSections(levels(1, 2, 3, 3, 2, 3, 1, 2)).map((n) => n.number)).toEqual([
      '1',
      '1.1',
      '1.1.1',
      '1.1.2',
      '1.2',
      '1.2.1',
      '2',
      '2.1',
    ]);
  });

  it('gives the next chapter number and anchors', () => {
    const numbers = numberSections(levels(1, 2, 1, 2, 3));
    expect(nextChapterNumber(numbers)).toBe(3);
    expect(nextChapterNumber([])).toBe(1);
    expect(sectionAnchor('3.1.2')).toBe('avsnitt-3-1-2');
  });
});
