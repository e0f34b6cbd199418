export interface SeedSection {
  level: number;
  title: string;
  bodyMarkdown: string;
}

const NUMBERED_HEADING = /^#{1,6}\s+(\d+(?:\.\d+)*)\.?\s+(.+)$/;

/** Converts the Word export's markup to plain Markdown: bold tags, superscript footnotes. */
function cleanMarkup(line: string): string {
  return line
    .replace(/^<sup>(\d+)<\/sup>\s*/, '[^$1]: ')
    .replace(/<sup>(\d+)<\/sup>/g, '[^$1]')
    .replace(/<\/?b>/g, '');
}

/**
 * Splits a plan written as Markdown into numbered sections. The section's level comes
 * from its number (1 → chapter, 1.1 → section, 3.1.1 → subsection), not from the number
 * of '#', which the source uses inconsistently; the numbers themselves are dropped because
 * Samplan numbers sections from their order. Everything before the first numbered heading
 * (title, table of contents) is skipped, and so are tables: the budget comes from data.
 */
export function parsePlanSections(markdown: string): SeedSection[] {
  const sections: SeedSection[] = [];
  let current: { level: number; title: string; lines: string[] } | null = null;
  const flush = () => {
    if (current)
      sections.push({ level: current.level, title: current.title, bodyMarkdown: current.lines.join('\n').trim() });
  };
  for (const line of markdown.split('\n')) {
    const heading = NUMBERED_HEADING.exec(line.trim());
    if (heading) {
      flush();
      const [, number = '', title = ''] = heading;
      current = { level: number.split('.').length, title: title.replace(/\*\*/g, '').trim(), lines: [] };
      continue;
    }
    if (!current || line.includes('\t') || line.startsWith('\\*')) continue;
    current.lines.push(cleanMarkup(line));
  }
  flush();
  return sections;
}
