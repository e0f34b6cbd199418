/** Runs the app's mail worker (graphile-worker) against a test database and an SMTP sink. */
import { Logger, type Runner } from 'graphile-worker';
import { createMailTransport } from '@/server/mail/mail-transport';
import { startMailWorker } from '@/server/mail/mail-worker';
import type { TestDatabase } from './test-database';

export async function startTestMailWorker(database: TestDatabase, smtpUrl: string): Promise<Runner> {
  return startMailWorker({
    connectionString: database.url,
    db: database.prisma,
    transport: createMailTransport({ smtpUrl }),
    from: 'Samplan test <noreply@samplan.test>',
    pollInterval: 200,
    logger: quietLogger,
  });
}

const quietLogger = new Logger(() => () => {});
