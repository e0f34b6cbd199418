import 'server-only';
import { dayRangeIn } from '@/domain/calendar/day-range';
import { calendarDateIn } from '@/domain/calendar/local-date';
import type { PrismaClient } from '@/generated/prisma/client';
import { format, messages } from '@/i18n/catalog';

/** What every report of the desk is built from: the association, the year, the clock. */
export interface DeskContext {
  db: PrismaClient;
  associationId: string;
  associationName: string;
  year: number;
  now: Date;
  /** The year as instants in Swedish time, [start, end). */
  range: { start: Date; end: Date };
}

export function deskContext(
  db: PrismaClient,
  association: { id: string; name: string },
  year: number,
  now: Date,
): DeskContext {
  return {
    db,
    associationId: association.id,
    associationName: association.name,
    year,
    now,
    range: { start: dayRangeIn(`${year}-01-01`).start, end: dayRangeIn(`${year}-12-31`).end },
  };
}

export function deskSubtitle(ctx: DeskContext): string {
  const t = messages().auditDesk;
  return format(t.subtitle, { association: ctx.associationName, period: format(t.yearPeriod, { year: ctx.year }) });
}

/** YYYY-MM-DD of an instant in Swedish time. */
export function isoDay(instant: Date): string {
  const { year, month, day } = calendarDateIn(instant);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
