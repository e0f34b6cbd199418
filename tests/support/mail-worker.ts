/**
 * Runs the app's mail worker (graphile-worker) against a test database and an SMTP sink, with the
 * app's own log (warnings and errors only), so a failing try shows in the test's output.
 */
import type { Runner } from 'graphile-worker';
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
  });
}
