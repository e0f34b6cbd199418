import { calendarDateIn } from '../calendar/local-date';

/**
 * The year whose § series a meeting's paragraphs belong to: the calendar year (Swedish time)
 * the meeting starts in. A meeting at 00:30 on 1 January opens the new year's series.
 */
export function minutesYear(meetingStartsAt: Date): number {
  return calendarDateIn(meetingStartsAt).year;
}

/**
 * The next § number in an association's year: one more than the highest number used so far
 * that year, in any of its meetings; 1 for the year's first paragraph. Numbers already used are
 * never reused, so a gap (none should arise) is not filled.
 */
export function nextParagraphNumber(numbersUsedInYear: Iterable<number>): number {
  let highest = 0;
  for (const number of numbersUsedInYear) if (number > highest) highest = number;
  return highest + 1;
}

/** `§ 12` (with a no-break space, so the sign never ends a line alone). */
export function paragraphLabel(number: number): string {
  return `§\u00a0${number}`;
}

/** A meeting's paragraph as the ordering sees it: its agenda item's position, or null for a free paragraph. */
export interface OrderedParagraph {
  id: string;
  /** The `order` of the agenda item the paragraph comes from; null for a free paragraph. */
  agendaOrder: number | null;
}

/**
 * Where a new paragraph goes among the meeting's paragraphs (given in § order), so the minutes
 * follow the agenda: one from an agenda item goes after the last paragraph whose item comes no
 * later on the agenda (free paragraphs there stay where they were placed) and before the first
 * one whose item comes later; a free paragraph goes last. Returns the ids in their new order.
 */
export function placeParagraph(current: readonly OrderedParagraph[], added: OrderedParagraph): string[] {
  const ids = current.map((p) => p.id);
  if (added.agendaOrder === null) return [...ids, added.id];
  const firstLater = current.findIndex((p) => p.agendaOrder !== null && p.agendaOrder > added.agendaOrder!);
  const index = firstLater < 0 ? ids.length : firstLater;
  return [...ids.slice(0, index), added.id, ...ids.slice(index)];
}

/** The ids after moving one paragraph a step up or down; null when it cannot move. */
export function moveParagraph(orderedIds: readonly string[], id: string, direction: 'up' | 'down'): string[] | null {
  const index = orderedIds.indexOf(id);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= orderedIds.length) return null;
  const next = [...orderedIds];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/**
 * The § numbers for the paragraphs in their order: the meeting keeps the numbers it holds
 * (lowest first), so the year's series has no new gaps and other meetings' numbers are untouched.
 */
export function numbersInOrder(orderedIds: readonly string[], numbersHeld: readonly number[]): Map<string, number> {
  if (orderedIds.length !== numbersHeld.length) throw new Error('one number per paragraph');
  const numbers = [...numbersHeld].sort((a, b) => a - b);
  return new Map(orderedIds.map((id, index) => [id, numbers[index]!]));
}
