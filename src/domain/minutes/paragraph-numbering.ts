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
