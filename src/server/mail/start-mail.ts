import 'server-only';
import { prisma } from '@/server/db/client';
import { startMailCatcher } from './mail-catcher';
import { readMailSettings } from './mail-settings';
import { createMailTransport } from './mail-transport';
import { startMailWorker } from './mail-worker';
import { resolveMailMode } from './resolve-mail-mode';
import { runMailHousekeeping } from './run-mail-housekeeping';

// Next's development server may call register() again after an edit; one worker per process.
const state = globalThis as typeof globalThis & { samplanMailStarted?: boolean };

/**
 * Called once per app process (src/instrumentation.ts): decides the mail mode (ADR 027), starts
 * the in-process SMTP catcher for the demo inbox when there is no SMTP_URL, and the worker that
 * sends the outbox. In `off` mode the worker does not run: mail waits in the outbox until SMTP_URL is set.
 * MAIL_WORKER=off leaves the worker to other instances.
 */
export async function startMail(): Promise<void> {
  if (state.samplanMailStarted) return;
  state.samplanMailStarted = true;
  const settings = readMailSettings();
  const mode = await resolveMailMode(prisma, settings);
  if (mode === 'off') {
    console.warn(
      'E-post är avstängd: SMTP_URL är inte satt och installationen har inga demodata. ' +
        'Utskick väntar i utkorgen tills SMTP_URL sätts (se .env.example).',
    );
    return;
  }
  let target: { smtpUrl: string } | { catcherPort: number };
  if (mode === 'inbox') {
    const catcher = await startMailCatcher(prisma);
    target = { catcherPort: catcher.port };
    console.log(
      `E-post: demoinkorgen fångar all e-post (SMTP på 127.0.0.1:${catcher.port}); se ${settings.appUrl}/inkorg`,
    );
  } else {
    target = { smtpUrl: settings.smtpUrl! };
    console.log(`E-post: skickas via ${new URL(settings.smtpUrl!).host}`);
  }
  if (process.env.MAIL_WORKER === 'off') return;
  await startMailWorker({
    connectionString: process.env.DATABASE_URL!,
    db: prisma,
    transport: createMailTransport(target),
    from: settings.from,
    hourly: async (now) => {
      await runMailHousekeeping(prisma, now);
    },
  });
}
