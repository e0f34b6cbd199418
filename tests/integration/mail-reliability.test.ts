/**
 * Never lost, never twice (issue 14, ADR 027): through a real SMTP server (tests/support/smtp-sink.ts)
 * and the app's own graphile-worker runner on a real PostgreSQL; nothing is mocked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runner } from 'graphile-worker';
import type { ParsedMail } from 'mailparser';
import { enqueueMail, type MailRecipient } from '@/server/mail/enqueue-mail';
import { startTestMailWorker } from '../support/mail-worker';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

/** `count` people with addresses `<tag>-<n>@samplan.test`. */
async function people(tag: string, count: number): Promise<MailRecipient[]> {
  const data = Array.from({ length: count }, (_, n) => ({
    email: `${tag}-${n + 1}@samplan.test`,
    name: `${tag} ${n + 1}`,
    passwordHash: 'not-used',
  }));
  await database.prisma.person.createMany({ data });
  const rows = await database.prisma.person.findMany({ where: { email: { startsWith: `${tag}-` } } });
  return rows.map((p) => ({ id: p.id, email: p.email, name: p.name }));
}

/** Causes one mail per recipient in one committed transaction; returns the outbox ids. */
async function causeMail(tag: string, recipients: MailRecipient[]): Promise<string[]> {
  await database.prisma.$transaction((tx) =>
    enqueueMail(tx, {
      associationId: null,
      kind: 'MEETING_NOTICE',
      recipients,
      render: (r) => ({ subject: `${tag}: till ${r.name}`, text: `Hej ${r.name}`, html: `<p>Hej ${r.name}</p>` }),
    }),
  );
  const rows = await database.prisma.outboxMail.findMany({ where: { subject: { startsWith: `${tag}:` } } });
  return rows.map((row) => row.id);
}

const messageIdOf = (outboxId: string) => `<${outboxId}@samplan>`;
const delivered = (messages: ParsedMail[], outboxIds: string[]) => {
  const wanted = new Set(outboxIds.map(messageIdOf));
  return messages.filter((m) => m.messageId && wanted.has(m.messageId));
};
async function jobCount(): Promise<number> {
  const [row] = await database.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs`;
  return Number(row!.n);
}
async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('a mail exists exactly when the event that causes it commits', () => {
  it('a rolled-back transaction leaves no outbox row and no job; a committed one leaves both', async () => {
    const recipients = await people('rollback', 2);
    const jobsBefore = await jobCount();
    await expect(
      database.prisma.$transaction(async (tx) => {
        await enqueueMail(tx, {
          associationId: null,
          kind: 'MEETING_NOTICE',
          recipients,
          render: () => ({ subject: 'rollback: kallelse', text: 't', html: '<p>t</p>' }),
        });
        expect(await tx.outboxMail.count({ where: { subject: 'rollback: kallelse' } })).toBe(2);
        throw new Error('the event failed after the mail was written');
      }),
    ).rejects.toThrow('the event failed');
    expect(await database.prisma.outboxMail.count({ where: { subject: 'rollback: kallelse' } })).toBe(0);
    expect(await jobCount()).toBe(jobsBefore);

    // No worker runs in this block, so the committed job is still there to count.
    const ids = await causeMail('committed', recipients);
    expect(ids).toHaveLength(2);
    expect(await jobCount()).toBe(jobsBefore + 2);
  });
});

describe('with the SMTP server down', () => {
  let sink: SmtpSink;
  let worker: Runner;
  beforeAll(async () => {
    sink = await startSmtpSink();
    worker = await startTestMailWorker(database, sink.url);
  });
  afterAll(async () => {
    await worker?.stop();
    await sink?.stop();
  });

  it('five mails wait, each try failing with its error kept, and all arrive once each when it returns', async () => {
    const port = sink.port;
    await sink.stop();
    const ids = await causeMail('outage', await people('outage', 5));
    expect(ids).toHaveLength(5);

    await until(
      async () => (await database.prisma.outboxMail.count({ where: { id: { in: ids }, attempts: { gte: 1 } } })) === 5,
      15_000,
      'a first failed try of all five',
    );
    const waiting = await database.prisma.outboxMail.findMany({ where: { id: { in: ids } } });
    for (const row of waiting) {
      expect(row.status).toBe('QUEUED');
      expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(row.sentAt).toBeNull();
    }
    expect(delivered(sink.messages, ids)).toHaveLength(0);

    // Same port: the transport still points at it. graphile-worker's own backoff (exp(attempt) s) brings the next try.
    await sink.start();
    expect(sink.port).toBe(port);
    await until(
      async () => (await database.prisma.outboxMail.count({ where: { id: { in: ids }, status: 'SENT' } })) === 5,
      30_000,
      'all five SENT',
    );
    // A little longer than a retry interval: nothing comes a second time.
    await new Promise((r) => setTimeout(r, 3_000));
    const arrived = delivered(sink.messages, ids);
    expect(arrived).toHaveLength(5);
    expect(new Set(arrived.map((m) => m.messageId)).size).toBe(5);
    const to = arrived.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)!.value[0]!.address).sort();
    expect(to).toEqual([1, 2, 3, 4, 5].map((n) => `outage-${n}@samplan.test`));
    const sent = await database.prisma.outboxMail.findMany({ where: { id: { in: ids } } });
    for (const row of sent) expect(row.attempts).toBeGreaterThanOrEqual(2);
  }, 60_000);
});

describe('two workers racing on the same database', () => {
  let sinkA: SmtpSink;
  let sinkB: SmtpSink;
  let workers: Runner[] = [];
  beforeAll(async () => {
    // One SMTP server per worker, so the test sees which worker sent what.
    [sinkA, sinkB] = await Promise.all([startSmtpSink(), startSmtpSink()]);
    workers = await Promise.all([startTestMailWorker(database, sinkA.url), startTestMailWorker(database, sinkB.url)]);
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await Promise.all([sinkA?.stop(), sinkB?.stop()]);
  });

  it('50 mails are each delivered exactly once (counted by Message-ID)', async () => {
    const ids = await causeMail('race', await people('race', 50));
    expect(ids).toHaveLength(50);
    await until(
      async () => (await database.prisma.outboxMail.count({ where: { id: { in: ids }, status: 'SENT' } })) === 50,
      30_000,
      'all 50 SENT',
    );
    await new Promise((r) => setTimeout(r, 1_000));
    const fromA = delivered(sinkA.messages, ids);
    const fromB = delivered(sinkB.messages, ids);
    const all = [...fromA, ...fromB].map((m) => m.messageId);
    expect(all).toHaveLength(50);
    expect(new Set(all)).toEqual(new Set(ids.map(messageIdOf)));
    // Both took part: the jobs were shared out, not sent by one while the other idled.
    expect(fromA.length).toBeGreaterThan(0);
    expect(fromB.length).toBeGreaterThan(0);
    expect(await database.prisma.outboxMail.count({ where: { id: { in: ids }, attempts: { not: 1 } } })).toBe(0);
  }, 60_000);
});

describe('an SMTP refusal', () => {
  let sink: SmtpSink;
  let worker: Runner;
  beforeAll(async () => {
    sink = await startSmtpSink({
      refuseRecipient: (address) =>
        address.startsWith('refused-') ? { code: 550, message: '5.1.1 Mailbox does not exist' } : null,
    });
    worker = await startTestMailWorker(database, sink.url);
  });
  afterAll(async () => {
    await worker?.stop();
    await sink?.stop();
  });

  it('a 5xx answer marks the mail FAILED with the reason and it is not tried again', async () => {
    const [refusedId] = await causeMail('refused', await people('refused', 1));
    const [acceptedId] = await causeMail('accepted', await people('accepted', 1));
    await until(
      async () =>
        (await database.prisma.outboxMail.count({
          where: { id: { in: [refusedId!, acceptedId!] }, status: { in: ['FAILED', 'SENT'] } },
        })) === 2,
      15_000,
      'both tried',
    );
    // Longer than graphile-worker's first backoff (about 3 s): a retried job would have tried again.
    await new Promise((r) => setTimeout(r, 4_000));
    const refused = await database.prisma.outboxMail.findUniqueOrThrow({ where: { id: refusedId } });
    expect(refused.status).toBe('FAILED');
    expect(refused.attempts).toBe(1);
    expect(refused.lastError).toContain('550');
    expect(refused.lastError).toContain('Mailbox does not exist');
    expect(refused.sentAt).toBeNull();
    const [left] = await database.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM graphile_worker.jobs WHERE key = ${refusedId}`;
    expect(Number(left!.n)).toBe(0);
    // The other mail, to an address the server accepts, went through: the refusal was about the recipient.
    expect((await database.prisma.outboxMail.findUniqueOrThrow({ where: { id: acceptedId } })).status).toBe('SENT');
    expect(delivered(sink.messages, [refusedId!])).toHaveLength(0);
    expect(delivered(sink.messages, [acceptedId!])).toHaveLength(1);
  }, 40_000);
});
