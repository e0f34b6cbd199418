/*
 * The appeal period of posted minutes (laglighetsprövning, 13 kap. 5 § kommunallagen (2017:725),
 * which applies to a samordningsförbund through 28 § Finsamlagen (2003:1210)): an appeal must reach
 * the court within three weeks from the day the adjustment of the minutes was posted on the notice
 * board. When the last day falls on a Saturday, Sunday, other public holiday (lag (1989:253) om
 * allmänna helgdagar), midsommarafton, julafton or nyårsafton, the appeal may come the next weekday
 * (lag (1930:173) om beräkning av lagstadgad tid). Dates are `YYYY-MM-DD` Swedish calendar days.
 */

/** The three weeks of 13 kap. 5 § kommunallagen. */
export const APPEAL_PERIOD_DAYS = 21;

const DAY_MS = 86_400_000;

function toUtc(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `isoDate` plus `days` calendar days. */
export function addDays(isoDate: string, days: number): string {
  return iso(new Date(toUtc(isoDate).getTime() + days * DAY_MS));
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date from `from` (inclusive) that falls on `weekday` (0 Sunday … 6 Saturday). */
function firstWeekdayFrom(from: string, weekday: number): string {
  const date = toUtc(from);
  return addDays(from, (weekday - date.getUTCDay() + 7) % 7);
}

/**
 * The Swedish public holidays of a year (lag (1989:253) om allmänna helgdagar) and the three eves
 * the time-limit act treats as holidays (midsommarafton, julafton, nyårsafton), each with its name.
 */
export function swedishHolidays(year: number): Map<string, string> {
  const easter = easterSunday(year);
  const midsummerDay = firstWeekdayFrom(`${year}-06-20`, 6);
  const days: [string, string][] = [
    [`${year}-01-01`, 'nyårsdagen'],
    [`${year}-01-06`, 'trettondedag jul'],
    [addDays(easter, -2), 'långfredagen'],
    [easter, 'påskdagen'],
    [addDays(easter, 1), 'annandag påsk'],
    [`${year}-05-01`, 'första maj'],
    [addDays(easter, 39), 'Kristi himmelsfärdsdag'],
    [addDays(easter, 49), 'pingstdagen'],
    [`${year}-06-06`, 'Sveriges nationaldag'],
    [addDays(midsummerDay, -1), 'midsommarafton'],
    [midsummerDay, 'midsommardagen'],
    [firstWeekdayFrom(`${year}-10-31`, 6), 'alla helgons dag'],
    [`${year}-12-24`, 'julafton'],
    [`${year}-12-25`, 'juldagen'],
    [`${year}-12-26`, 'annandag jul'],
    [`${year}-12-31`, 'nyårsafton'],
  ];
  return new Map(days);
}

/** A day on which a time limit cannot end: Saturday, Sunday, a public holiday or one of the three eves. */
export function isNonWorkingDay(isoDate: string): boolean {
  const weekday = toUtc(isoDate).getUTCDay();
  if (weekday === 0 || weekday === 6) return true;
  return swedishHolidays(Number(isoDate.slice(0, 4))).has(isoDate);
}

/** The next weekday from `isoDate` (itself when it is one). */
export function nextWeekday(isoDate: string): string {
  let day = isoDate;
  while (isNonWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * The last day of the appeal period for minutes posted on `postedOn`: three weeks later, moved to
 * the next weekday when that day is a Saturday, Sunday, public holiday or eve. The notice is taken
 * down after this day.
 */
export function appealPeriodEnd(postedOn: string): string {
  return nextWeekday(addDays(postedOn, APPEAL_PERIOD_DAYS));
}
