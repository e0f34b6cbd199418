import { describe, expect, it } from 'vitest';
import { sectionNumbers } from './section-numbers';

describe('sectionNumbers', () => {
  it('numbers chapters, sections and subsections from their levels', () => {
    expect(sectionNumbers([1, 2, 2, 3, 1, 2].map((level) => ({ level })))).toEqual([
      '1',
      '1.1',
      '1.2',
      '1.2.1',
      '2',
      '2.1',
    ]);
  });
  it('starts a section without a chapter at 1.1', () => {
    expect(sectionNumbers([{ level: 2 }, { level: 1 }])).toEqual(['1.1', '2']);
  });
});
