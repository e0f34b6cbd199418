/** A plan section as stored: its place in the plan and its level (1 chapter, 2 section, 3 subsection). */
export interface SectionRef {
  order: number;
  level: number;
}

export interface SectionNumber {
  /** `1`, `1.1`, `3.1.2`. */
  number: string;
  /** The level used: never deeper than one below the section before it, and 1–3. */
  level: 1 | 2 | 3;
}

/**
 * Numbers sections from their order and level: a chapter counts up and resets its sections, a
 * section counts up within its chapter, and so on. A section that skips a level (a subsection
 * right after a chapter, or a section before any chapter) is numbered one level below the one
 * before it, so numbers never contain a zero. Returns one number per section, in the given order.
 */
export function numberSections(sections: readonly SectionRef[]): SectionNumber[] {
  const counters = [0, 0, 0];
  let previousLevel = 0;
  return sections.map((section) => {
    const wanted = Math.min(3, Math.max(1, Math.trunc(section.level)));
    const level = Math.min(wanted, previousLevel + 1) as 1 | 2 | 3;
    counters[level - 1]! += 1;
    for (let deeper = level; deeper < counters.length; deeper++) counters[deeper] = 0;
    previousLevel = level;
    return { number: counters.slice(0, level).join('.'), level };
  });
}

/** The next chapter number after the given numbered sections (for chapters the document adds). */
export function nextChapterNumber(numbers: readonly SectionNumber[]): number {
  return numbers.filter((n) => n.level === 1).length + 1;
}

/** An anchor id for a section number: `avsnitt-3-1-2`. */
export function sectionAnchor(number: string): string {
  return `avsnitt-${number.replace(/\./g, '-')}`;
}
