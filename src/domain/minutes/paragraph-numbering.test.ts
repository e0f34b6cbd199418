import { describe, expect, it } from 'vitest';
import {
  minutesYear,
  moveParagraph,
  nextParagraphNumber,
  numbersInOrder,
  paragraphLabel,
  placeParagraph,
} from './paragraph-numbering';

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

describe('paragraphs follow the agenda', () => {
  // The agenda: 0 opening, 1 adjusters, 2 agenda approval, 3 economic follow-up, 4 the plan, 5 an application, 6 closing.
  it('places a paragraph from an agenda item after those from earlier items, before those from later ones', () => {
    const typed = [
      { id: 'plan', agendaOrder: 4 },
      { id: 'closing', agendaOrder: 6 },
    ];
    expect(placeParagraph(typed, { id: 'opening', agendaOrder: 0 })).toEqual(['opening', 'plan', 'closing']);
    expect(placeParagraph(typed, { id: 'application', agendaOrder: 5 })).toEqual(['plan', 'application', 'closing']);
    expect(placeParagraph(typed, { id: 'other', agendaOrder: 4 })).toEqual(['plan', 'other', 'closing']);
  });

  it('puts a free paragraph last, and keeps free paragraphs where they were placed', () => {
    const typed = [
      { id: 'opening', agendaOrder: 0 },
      { id: 'free', agendaOrder: null },
      { id: 'closing', agendaOrder: 6 },
    ];
    expect(placeParagraph(typed, { id: 'free2', agendaOrder: null })).toEqual(['opening', 'free', 'closing', 'free2']);
    expect(placeParagraph(typed, { id: 'plan', agendaOrder: 4 })).toEqual(['opening', 'free', 'plan', 'closing']);
  });

  it('the plan typed first is § 3 after the opening is added, not § 1 (the meeting holds §§ 1–3)', () => {
    // 'adjusters' was typed after the plan but came before it on the agenda: it was placed before.
    const placed = placeParagraph([{ id: 'plan', agendaOrder: 4 }], { id: 'adjusters', agendaOrder: 1 });
    expect(placed).toEqual(['adjusters', 'plan']);
    const all = placeParagraph(
      placed.map((id) => ({ id, agendaOrder: id === 'plan' ? 4 : 1 })),
      { id: 'opening', agendaOrder: 0 },
    );
    expect(Object.fromEntries(numbersInOrder(all, [1, 2, 3]))).toEqual({ opening: 1, adjusters: 2, plan: 3 });
  });

  it('numbers keep the meeting’s own numbers (lowest first), whatever order they were taken in', () => {
    expect(Object.fromEntries(numbersInOrder(['b', 'a', 'c'], [9, 7, 8]))).toEqual({ b: 7, a: 8, c: 9 });
    expect(() => numbersInOrder(['a'], [1, 2])).toThrow();
  });

  it('moves a paragraph up or down one step; not past either end', () => {
    expect(moveParagraph(['a', 'b', 'c'], 'c', 'up')).toEqual(['a', 'c', 'b']);
    expect(moveParagraph(['a', 'b', 'c'], 'a', 'down')).toEqual(['b', 'a', 'c']);
    expect(moveParagraph(['a', 'b', 'c'], 'a', 'up')).toBeNull();
    expect(moveParagraph(['a', 'b', 'c'], 'c', 'down')).toBeNull();
    expect(moveParagraph(['a', 'b', 'c'], 'x', 'down')).toBeNull();
  });
});
