import 'server-only';
import { Logger, run, type Runner } from 'graphile-worker';
import type { PrismaClient } from '@/generated/prisma/client';
import { MAIL_HOURLY_TASK, SEND_MAIL_TASK } from './mail-tasks';
import { SMTP_CONNECTIONS, type MailTransport } from './mail-transport';
import { sendOutboxMail } from './send-outbox-mail';

export interface MailWorkerOptions {
  /** graphile-worker opens its own small pool (it installs the error handlers it needs). */
  connectionString: string;
  db: PrismaClient;
  transport: MailTransport;
  from: string;
  /** The hourly housekeeping (daily digests, deadline reminders); tests leave it out. */
  hourly?: (now: Date) => Promise<void>;
  concurrency?: number;
  pollInterval?: number;
  logger?: Logger;
}

/**
 * graphile-worker's own log, warnings and errors only: its INFO line per completed job would fill
 * the app's log with one line per mail; the outbox keeps each mail's state and error instead.
 */
const warningsOnly = new Logger((scope) => (level, message) => {
  if (level === 'error' || level === 'warning') console.warn(`[mail worker] ${message}`, scope.taskIdentifier ?? '');
});

/**
 * Starts graphile-worker in this process: it sends the outbox's mail and, once an hour, runs the
 * housekeeping. Every app instance runs one; PostgreSQL's row locks share the jobs out (ADR 027).
 */
export async function startMailWorker(options: MailWorkerOptions): Promise<Runner> {
  return run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? SMTP_CONNECTIONS,
    // One connection per job running at once, one for LISTEN, one spare (graphile-worker warns below that).
    maxPoolSize: (options.concurrency ?? SMTP_CONNECTIONS) + 2,
    pollInterval: options.pollInterval ?? 2000,
    noHandleSignals: true,
    logger: options.logger ?? warningsOnly,
    crontab: options.hourly ? `0 * * * * ${MAIL_HOURLY_TASK}` : '',
    taskList: {
      [SEND_MAIL_TASK]: async (payload, helpers) => {
        const { outboxId } = payload as { outboxId: string };
        await sendOutboxMail(outboxId, {
          db: options.db,
          transport: options.transport,
          from: options.from,
          attempt: helpers.job.attempts,
          maxAttempts: helpers.job.max_attempts,
        });
      },
      [MAIL_HOURLY_TASK]: async () => {
        await options.hourly?.(new Date());
      },
    },
  });
}
