import { describe, expect, it } from 'vitest';
import { minutesYear, nextParagraphNumber, paragraphLabel } from './paragraph-numbering';

/** Numbers the paragraphs of meetings in order, as the add-paragraph use case does (one year's series per association). */
function numberMeetings(meetings: { startsAt: Date; paragraphs: number }[]) {
  const used = new Map<number, number[]>();
  return meetings.map(({ startsAt, paragraphs }) => {
    const year = minutesYear(startsAt);
    const numbers: number[] = [];
    for (let i = 0; i < paragraphs; i++) {
      const series = used.get(year) ?? [];
      const number = nextParagraphNumber(series);
      used.set(year, [...series, number]);
      numbers.push(number);
    }
    return { year, numbers };
  });
}

describe('§ numbering', () => {
  it('starts at § 1 in a year without paragraphs', () => {
    expect(nextParagraphNumber([])).toBe(1);
  });

  it('continues after the highest number used in the year, whatever the order', () => {
    expect(nextParagraphNumber([3, 1, 6, 2])).toBe(7);
  });

  it('continues through the year across meetings: FinsamGotland 6 February 2026 has § 1–6, the next board meeting goes on at § 7', () => {
    const result = numberMeetings([
      { startsAt: new Date('2026-02-06T09:00:00+01:00'), paragraphs: 6 },
      { startsAt: new Date('2026-12-11T09:00:00+01:00'), paragraphs: 3 },
    ]);
    expect(result).toEqual([
      { year: 2026, numbers: [1, 2, 3, 4, 5, 6] },
      { year: 2026, numbers: [7, 8, 9] },
    ]);
  });

  it('starts a new year at § 1', () => {
    const result = numberMeetings([
      { startsAt: new Date('2026-12-11T09:00:00+01:00'), paragraphs: 4 },
      { startsAt: new Date('2027-02-05T09:00:00+01:00'), paragraphs: 2 },
      { startsAt: new Date('2027-04-16T09:00:00+02:00'), paragraphs: 2 },
    ]);
    expect(result.map((meeting) => meeting.numbers)).toEqual([
      [1, 2, 3, 4],
      [1, 2],
      [3, 4],
    ]);
    expect(result.map((meeting) => meeting.year)).toEqual([2026, 2027, 2027]);
  });

  it('takes the year in Swedish time: a meeting at 00:30 on 1 January belongs to the new year', () => {
    expect(minutesYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(minutesYear(new Date('2026-12-31T22:30:00Z'))).toBe(2026);
  });

  it('writes the label with a no-break space', () => {
    expect(paragraphLabel(12)).toBe('§\u00a012');
  });
});
