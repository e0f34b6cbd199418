import { z } from 'zod';
import type { MeetingBody } from '@/generated/prisma/enums';
import { parseLocalDateTime } from '@/domain/calendar/local-date-time';
import { messages } from '@/i18n/catalog';
import { title } from '@/server/matter/governance-input';

const t = () => messages().governance.fields;

export const BODIES = [
  'BOARD',
  'WORKING_COMMITTEE',
  'PREPARATION_GROUP',
  'MEMBERS_CONSULTATION',
] as const satisfies readonly MeetingBody[];

export const meetingDetailsSchema = z.object({
  title,
  /** `2026-12-11T09:00` in Swedish time. */
  startsAt: z.string({ error: () => t().startsAtInvalid }).transform((text, ctx) => {
    const date = parseLocalDateTime(text);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: t().startsAtInvalid });
      return z.NEVER;
    }
    return date;
  }),
  location: z
    .string({ error: () => t().invalid })
    .trim()
    .max(500, { error: () => t().tooLong })
    .default(''),
});
