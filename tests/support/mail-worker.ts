/**
 * Runs the app's mail worker (graphile-worker) against a test database and an SMTP sink, with the
 * app's own log (warnings and errors only), so a failing try shows in the test's output.
 */
import type { Runner } from 'graphile-worker';
import { createMailTransport } from '@/server/mail/mail-transport';
import { startMailWorker } from '@/server/mail/mail-worker';
import { seededDemoDatabase, type DemoIds } from './demo-ids';
import { startSmtpSink, type SmtpSink } from './smtp-sink';
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

export interface MailTestBed {
  database: TestDatabase;
  ids: DemoIds;
  sink: SmtpSink;
  /** Stops the worker, then the SMTP server, then drops the database. */
  stop(): Promise<void>;
}

/** A test file's seeded demo database, a real SMTP server, and the app's worker sending to it. */
export async function startMailTestBed(): Promise<MailTestBed> {
  const { database, ids } = await seededDemoDatabase();
  const sink = await startSmtpSink();
  const worker = await startTestMailWorker(database, sink.url);
  return {
    database,
    ids,
    sink,
    async stop() {
      await worker.stop();
      await sink.stop();
      await database.drop();
    },
  };
}
