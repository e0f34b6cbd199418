/** The readers behind the outbox page and the demo inbox (ADR 027), on a real PostgreSQL. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { enqueueMail, type MailRecipient } from '@/server/mail/enqueue-mail';
import { getMailMode } from '@/server/mail/page-readers/get-mail-mode';
import { getCaughtMail, getCaughtMailFile, listCaughtMail } from '@/server/mail/page-readers/list-caught-mail';
import { listOutbox, OUTBOX_PAGE_SIZE } from '@/server/mail/page-readers/list-outbox';
import type { PrismaClient } from '@/generated/prisma/client';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
let own: string;
let other: string;
const shared = globalThis as typeof globalThis & { samplanPrisma?: PrismaClient };
const savedSmtpUrl = process.env.SMTP_URL;

beforeAll(async () => {
  database = await createTestDatabase();
  // The page readers use the app's shared client; here it is the test database's.
  shared.samplanPrisma = database.prisma;
  own = (await database.prisma.association.create({ data: { slug: 'egen', name: 'Eget förbund' } })).id;
  other = (await database.prisma.association.create({ data: { slug: 'annan', name: 'Annat förbund' } })).id;
});
afterEach(() => {
  if (savedSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = savedSmtpUrl;
});
afterAll(async () => {
  delete shared.samplanPrisma;
  await database?.drop();
});

async function people(tag: string, count: number): Promise<MailRecipient[]> {
  await database.prisma.person.createMany({
    data: Array.from({ length: count }, (_, n) => ({
      email: `${tag}-${n + 1}@samplan.test`,
      name: `${tag} ${n + 1}`,
      passwordHash: 'not-used',
    })),
  });
  return (await database.prisma.person.findMany({ where: { email: { startsWith: `${tag}-` } } })).map((p) => ({
    id: p.id,
    email: p.email,
    name: p.name,
  }));
}

async function mail(associationId: string, recipients: MailRecipient[], subject: string) {
  await database.prisma.$transaction((tx) =>
    enqueueMail(tx, {
      associationId,
      kind: 'MEETING_NOTICE',
      recipients,
      render: () => ({ subject, text: 't', html: '<p>t</p>' }),
    }),
  );
}

describe('the outbox page reader', () => {
  it("lists only the association's own mail, newest first, with the count per status", async () => {
    const recipients = await people('outbox', 3);
    await mail(own, recipients.slice(0, 2), 'Första');
    await mail(own, recipients.slice(2), 'Andra');
    await mail(other, recipients, 'Annat förbunds');
    const first = await database.prisma.outboxMail.findFirstOrThrow({
      where: { associationId: own, subject: 'Första' },
    });
    await database.prisma.outboxMail.update({
      where: { id: first.id },
      data: { status: 'FAILED', attempts: 1, lastError: '550 Mailbox does not exist' },
    });
    await database.prisma.outboxMail.updateMany({
      where: { associationId: own, subject: 'Andra' },
      data: { status: 'SENT', attempts: 1, createdAt: new Date(Date.now() + 60_000) },
    });

    const outbox = await listOutbox(own, 1);
    expect(outbox.total).toBe(3);
    expect(outbox.rows.map((r) => r.subject)).toEqual(['Andra', 'Första', 'Första']);
    expect(outbox.rows.every((r) => r.subject !== 'Annat förbunds')).toBe(true);
    expect(outbox.counts).toEqual({ QUEUED: 1, SENT: 1, FAILED: 1, DIGEST_PENDING: 0, DIGESTED: 0 });
    const failed = outbox.rows.find((r) => r.status === 'FAILED')!;
    expect(failed.lastError).toBe('550 Mailbox does not exist');
    expect(failed.person?.name).toMatch(/^outbox /);
  });

  it('pages through a long outbox', async () => {
    const association = (await database.prisma.association.create({ data: { slug: 'lang', name: 'Långt' } })).id;
    await mail(association, await people('long', OUTBOX_PAGE_SIZE + 5), 'Många');
    expect((await listOutbox(association, 1)).rows).toHaveLength(OUTBOX_PAGE_SIZE);
    expect((await listOutbox(association, 2)).rows).toHaveLength(5);
    expect((await listOutbox(association, 2)).total).toBe(OUTBOX_PAGE_SIZE + 5);
  });
});

describe('the mail mode the pages read', () => {
  it('off for an install without the demo data and without SMTP_URL (no inbox)', async () => {
    delete process.env.SMTP_URL;
    await database.prisma.installation.deleteMany();
    expect(await getMailMode()).toBe('off');
  });

  it('inbox for an install with the demo data', async () => {
    delete process.env.SMTP_URL;
    await database.prisma.installation.upsert({
      where: { id: 1 },
      create: { demoData: true },
      update: { demoData: true },
    });
    expect(await getMailMode()).toBe('inbox');
  });

  it('smtp whenever SMTP_URL is set', async () => {
    process.env.SMTP_URL = 'smtp://mail.example.se:587';
    expect(await getMailMode()).toBe('smtp');
  });
});

describe('the demo inbox readers', () => {
  it('list newest first and give a message, its attachments and its raw bytes; nothing for an unknown id or part', async () => {
    const older = await database.prisma.caughtMail.create({
      data: {
        fromAddress: 'noreply@samplan.test',
        toAddresses: ['a@samplan.test'],
        subject: 'Äldre',
        textBody: 'Hej',
        htmlBody: '<p>Hej</p>',
        raw: new Uint8Array(Buffer.from('Subject: Äldre\r\n\r\nHej')),
        receivedAt: new Date('2026-12-01T08:00:00Z'),
      },
    });
    const newer = await database.prisma.caughtMail.create({
      data: {
        fromAddress: 'noreply@samplan.test',
        toAddresses: ['b@samplan.test'],
        subject: 'Kallelse',
        textBody: 'Du kallas',
        htmlBody: '<p>Du kallas</p>',
        attachments: [{ filename: 'kallelse.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' }],
        raw: new Uint8Array(Buffer.from('Subject: Kallelse\r\n\r\nDu kallas')),
        receivedAt: new Date('2026-12-02T08:00:00Z'),
      },
    });
    const { rows, total } = await listCaughtMail();
    expect(total).toBe(2);
    expect(rows.map((r) => r.id)).toEqual([newer.id, older.id]);

    const message = await getCaughtMail(newer.id);
    expect(message?.textBody).toBe('Du kallas');
    expect(message?.attachments).toEqual([{ index: 0, filename: 'kallelse.ics', contentType: 'text/calendar' }]);
    const ics = await getCaughtMailFile(newer.id, 0);
    expect(ics?.fileName).toBe('kallelse.ics');
    expect(new TextDecoder().decode(ics!.body)).toBe('BEGIN:VCALENDAR');
    const raw = await getCaughtMailFile(older.id, null);
    expect(raw?.contentType).toBe('message/rfc822');
    expect(Buffer.from(raw!.body).toString('utf8')).toContain('Subject: Äldre');

    expect(await getCaughtMail('finns-inte')).toBeNull();
    expect(await getCaughtMailFile(newer.id, 1)).toBeNull();
    expect(await getCaughtMailFile('finns-inte', null)).toBeNull();
  });
});
