/**
 * `npm run mail:housekeeping [-- --now 2026-12-03T07:05:00+01:00]`: runs what the mail worker's
 * hourly task runs (the adoption-deadline reminders and the daily digests) once, at the given
 * instant (default: now), so a test or an operator can move the clock. It writes the outbox rows and
 * their jobs; the app's mail worker sends them.
 */
import { Logger, runMigrations } from 'graphile-worker';
import { createPrismaClient } from '@/server/db/client';
import { resolveDatabase } from '@/server/db/resolve-database';
import { runMailHousekeeping } from '@/server/mail/run-mail-housekeeping';
import { runCli } from './run-cli';

function parseNow(args: readonly string[]): Date {
  const index = args.indexOf('--now');
  if (index === -1) return new Date();
  const text = args[index + 1];
  const now = text ? new Date(text) : new Date(Number.NaN);
  if (Number.isNaN(now.getTime()))
    throw new Error(`--now needs an ISO 8601 instant with its offset, e.g. 2026-12-03T07:05:00+01:00 (got ${text})`);
  return now;
}

async function main(): Promise<void> {
  const now = parseNow(process.argv.slice(2));
  const database = await resolveDatabase();
  const db = createPrismaClient(database.url);
  try {
    // The job queue's tables, in case the app (which installs them) never ran on this database.
    await runMigrations({ connectionString: database.url, logger: new Logger(() => () => {}) });
    const { reminders, digests } = await runMailHousekeeping(db, now);
    console.log(
      `Mail housekeeping at ${now.toISOString()}: ${reminders.queued} reminders (${reminders.duplicate} already sent), ${digests.digests} digests with ${digests.items} mails.`,
    );
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

runCli(main);
