/** Section numbers (1, 1.1, 1.1.1) from the sections' levels in order; a deeper level without a parent counts from 1. */
export function sectionNumbers(sections: readonly { level: number }[]): string[] {
  const counters = [0, 0, 0];
  return sections.map(({ level }) => {
    const depth = Math.min(Math.max(level, 1), 3) - 1;
    counters[depth]! += 1;
    for (let d = depth + 1; d < counters.length; d++) counters[d] = 0;
    for (let d = 0; d < depth; d++) if (counters[d] === 0) counters[d] = 1;
    return counters.slice(0, depth + 1).join('.');
  });
}
