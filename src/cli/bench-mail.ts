/**
 * The mail part of `npm run bench` (issue 14, ADR 027): 500 notices enqueued in one transaction
 * (enqueueMail, as a use case does), then delivered by the app's graphile-worker runner through
 * nodemailer to the app's in-process SMTP server (the demo inbox's catcher, which parses and stores
 * each message) until every row is SENT.
 */
import { Logger } from 'graphile-worker';
import { meetingNoticeMail } from '@/domain/mail/templates/meeting-notice';
import { createPrismaClient } from '@/server/db/client';
import { enqueueMail } from '@/server/mail/enqueue-mail';
import { startMailCatcher } from '@/server/mail/mail-catcher';
import { createMailTransport } from '@/server/mail/mail-transport';
import { startMailWorker } from '@/server/mail/mail-worker';

export interface MailBench {
  count: number;
  enqueueMs: number;
  deliverMs: number;
  caught: number;
}

export async function measureMailDelivery(url: string, count = 500): Promise<MailBench> {
  const prisma = createPrismaClient(url);
  const catcher = await startMailCatcher(prisma);
  const worker = await startMailWorker({
    connectionString: url,
    db: prisma,
    transport: createMailTransport({ catcherPort: catcher.port }),
    from: 'Samplan bench <noreply@samplan.bench>',
    logger: new Logger(() => () => {}),
  });
  try {
    await prisma.person.createMany({
      data: Array.from({ length: count }, (_, n) => ({
        email: `mail-bench-${n + 1}@samplan.bench`,
        name: `Ledamot ${n + 1}`,
        passwordHash: 'not-used',
      })),
      skipDuplicates: true,
    });
    const recipients = (
      await prisma.person.findMany({
        where: { email: { endsWith: '@samplan.bench' } },
        select: { id: true, email: true, name: true },
      })
    ).slice(0, count);
    const caughtBefore = await prisma.caughtMail.count();
    const t0 = performance.now();
    await prisma.$transaction(
      (tx) =>
        enqueueMail(tx, {
          associationId: null,
          kind: 'MEETING_NOTICE',
          recipients,
          dedupeKey: (r) => `mail-bench-${t0}-${r.id}`,
          render: (r) =>
            meetingNoticeMail({
              recipientName: r.name,
              associationName: 'Samordningsförbundet Bench',
              bodyName: 'styrelsen',
              title: 'Styrelsemöte',
              date: '2027-01-15',
              time: '13:00',
              location: 'Kommunhuset',
              meetingUrl: 'http://localhost:3000/forbund/bench/sammantraden/bench',
              preferencesUrl: 'http://localhost:3000/konto/e-post',
            }),
        }),
      { timeout: 120_000 },
    );
    const enqueueMs = performance.now() - t0;
    const ids = (
      await prisma.outboxMail.findMany({
        where: { dedupeKey: { startsWith: `mail-bench-${t0}-` } },
        select: { id: true },
      })
    ).map((row) => row.id);
    if (ids.length !== count) throw new Error(`Mail bench: ${ids.length} of ${count} rows written`);
    const deadline = Date.now() + 600_000;
    while ((await prisma.outboxMail.count({ where: { id: { in: ids }, status: 'SENT' } })) < count) {
      if (Date.now() > deadline) throw new Error('Mail bench: not all delivered within 10 minutes');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const deliverMs = performance.now() - t0 - enqueueMs;
    return { count, enqueueMs, deliverMs, caught: (await prisma.caughtMail.count()) - caughtBefore };
  } finally {
    await worker.stop();
    await catcher.stop();
    await prisma.$disconnect();
  }
}
