import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';

/** Once an hour: the daily digests that are due and the adoption-deadline reminders. */
export async function runMailHousekeeping(db: PrismaClient, now: Date): Promise<void> {
  // Filled in by the digest and reminder use cases.
  void db;
  void now;
}
