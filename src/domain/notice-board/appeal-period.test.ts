import { describe, expect, it } from 'vitest';
import { appealPeriodEnd, easterSunday, isNonWorkingDay, swedishHolidays } from './appeal-period';

describe('easterSunday', () => {
  it('gives the Gregorian Easter', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });
});

describe('swedishHolidays 2026', () => {
  it('lists the public holidays and the three eves on their 2026 dates', () => {
    expect([...swedishHolidays(2026).entries()].sort()).toEqual([
      ['2026-01-01', 'nyårsdagen'],
      ['2026-01-06', 'trettondedag jul'],
      ['2026-04-03', 'långfredagen'],
      ['2026-04-05', 'påskdagen'],
      ['2026-04-06', 'annandag påsk'],
      ['2026-05-01', 'första maj'],
      ['2026-05-14', 'Kristi himmelsfärdsdag'],
      ['2026-05-24', 'pingstdagen'],
      ['2026-06-06', 'Sveriges nationaldag'],
      ['2026-06-19', 'midsommarafton'],
      ['2026-06-20', 'midsommardagen'],
      ['2026-10-31', 'alla helgons dag'],
      ['2026-12-24', 'julafton'],
      ['2026-12-25', 'juldagen'],
      ['2026-12-26', 'annandag jul'],
      ['2026-12-31', 'nyårsafton'],
    ]);
  });

  it('weekdays that are not holidays are working days', () => {
    expect(isNonWorkingDay('2026-03-06')).toBe(false); // a Friday
    expect(isNonWorkingDay('2026-03-07')).toBe(true); // a Saturday
    expect(isNonWorkingDay('2026-03-08')).toBe(true); // a Sunday
    expect(isNonWorkingDay('2026-04-07')).toBe(false); // the Tuesday after Easter
  });
});

describe('appealPeriodEnd (three weeks from posting; the last day moves to the next weekday)', () => {
  it('three weeks on an ordinary weekday stays', () => {
    expect(appealPeriodEnd('2026-02-13')).toBe('2026-03-06'); // Friday → Friday
    expect(appealPeriodEnd('2026-12-02')).toBe('2026-12-23'); // Wednesday → Wednesday
  });

  it('a Saturday or Sunday moves to the Monday', () => {
    expect(appealPeriodEnd('2026-02-14')).toBe('2026-03-09'); // Saturday 7 March → Monday
    expect(appealPeriodEnd('2026-02-15')).toBe('2026-03-09'); // Sunday 8 March → Monday
  });

  it('Easter: långfredagen 3 April 2026 moves past påskdagen and annandag påsk to Tuesday 7 April', () => {
    expect(appealPeriodEnd('2026-03-13')).toBe('2026-04-07');
    expect(appealPeriodEnd('2026-03-16')).toBe('2026-04-07'); // annandag påsk 6 April
  });

  it('Kristi himmelsfärdsdag (Easter + 39, Thursday 14 May 2026) moves to Friday', () => {
    expect(appealPeriodEnd('2026-04-23')).toBe('2026-05-15');
  });

  it('första maj on a Friday moves to Monday 4 May', () => {
    expect(appealPeriodEnd('2026-04-10')).toBe('2026-05-04');
  });

  it('nationaldagen on a Saturday moves to Monday 8 June', () => {
    expect(appealPeriodEnd('2026-05-16')).toBe('2026-06-08');
  });

  it('midsommarafton (Friday 19 June 2026) moves past midsommardagen to Monday 22 June', () => {
    expect(appealPeriodEnd('2026-05-29')).toBe('2026-06-22');
  });

  it('alla helgons dag (Saturday 31 October 2026) moves to Monday 2 November', () => {
    expect(appealPeriodEnd('2026-10-10')).toBe('2026-11-02');
  });

  it('julafton moves past juldagen, annandag jul and the weekend to Monday 28 December', () => {
    expect(appealPeriodEnd('2026-12-03')).toBe('2026-12-28');
  });

  it('nyårsafton 2026 moves past nyårsdagen 2027 and the weekend to Monday 4 January 2027', () => {
    expect(appealPeriodEnd('2026-12-10')).toBe('2027-01-04');
  });

  it('trettondedag jul (Tuesday 6 January 2026) moves to Wednesday 7 January', () => {
    expect(appealPeriodEnd('2025-12-16')).toBe('2026-01-07');
  });
});
