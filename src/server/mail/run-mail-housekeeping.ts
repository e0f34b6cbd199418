import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { sendDeadlineReminders, type ReminderRun } from './send-deadline-reminders';
import { sendDueDigests, type DigestRun } from './send-due-digests';

/**
 * Once an hour (the worker's cron) or from `npm run mail:housekeeping -- --now …`: the
 * adoption-deadline reminders that are due, then the daily digests (a reminder a person chose to
 * get in the digest waits for it).
 */
export async function runMailHousekeeping(
  db: PrismaClient,
  now: Date,
): Promise<{ reminders: ReminderRun; digests: DigestRun }> {
  const reminders = await sendDeadlineReminders({ db, now });
  const digests = await sendDueDigests({ db, now });
  return { reminders, digests };
}
