import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { renderMail } from '@/domain/mail/mail-layout';
import type { MailKind } from '@/domain/mail/mail-kinds';
import { enqueueMail } from '@/server/mail/enqueue-mail';
import { runMailHousekeeping } from '@/server/mail/run-mail-housekeeping';
import { saveMailPreferences } from '@/server/mail/save-mail-preferences';
import { sendDeadlineReminders } from '@/server/mail/send-deadline-reminders';
import { sendDueDigests } from '@/server/mail/send-due-digests';
import type { DemoIds } from '../support/demo-ids';
import { startMailTestBed, type MailTestBed } from '../support/mail-worker';
import type { SmtpSink } from '../support/smtp-sink';
import type { TestDatabase } from '../support/test-database';

let database: TestDatabase;
let ids: DemoIds;
let sink: SmtpSink;
let bed: MailTestBed;

beforeAll(async () => {
  bed = await startMailTestBed();
  ({ database, ids, sink } = bed);
});
afterAll(() => bed?.stop());

const APP = 'http://localhost:3000/forbund/finsamgotland';
const addressOf = (message: ParsedMail) => (Array.isArray(message.to) ? message.to[0] : message.to)!.value[0]!.address;
const person = (id: string) =>
  database.prisma.person.findUniqueOrThrow({ where: { id }, select: { id: true, name: true, email: true } });
/** Messages delivered to `email` whose subject contains `subject`. */
const deliveredTo = (email: string, subject: string) =>
  sink.messages.filter((m) => addressOf(m) === email && (m.subject ?? '').includes(subject));
/** Lets the worker pick up any job there is, so that "nothing arrived" means nothing was sent. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

async function mailTo(personId: string, kind: MailKind, subject: string, href: string, createdAt: Date) {
  const recipient = await person(personId);
  await database.prisma.$transaction((tx) =>
    enqueueMail(tx, {
      associationId: ids.gotland,
      kind,
      recipients: [recipient],
      render: () =>
        renderMail({
          subject,
          greeting: 'Hej,',
          paragraphs: ['Något har hänt.'],
          action: { label: 'Öppna', href },
          footer: [],
        }),
    }),
  );
  // The event happened at a chosen instant, so the rule's 07:00 can be tested with a clock.
  await database.prisma.outboxMail.updateMany({ where: { personId, subject }, data: { createdAt } });
}

describe('the daily digest', () => {
  it('mail chosen for the digest waits, then goes out once at 07:00 the next morning with every item', async () => {
    const member = await person(ids.member);
    await saveMailPreferences(
      {
        choices: [
          { kind: 'COMMENT_REPLY', delivery: 'DIGEST' },
          { kind: 'INVOICE_TO_ATTEST', delivery: 'DIGEST' },
        ],
      },
      { personId: ids.member },
      { db: database.prisma },
    );
    await mailTo(
      ids.member,
      'COMMENT_REPLY',
      'Svar på din kommentar',
      `${APP}/plan/arbetsgang?ar=2027`,
      new Date('2026-12-02T13:00:00Z'),
    );
    await mailTo(
      ids.member,
      'INVOICE_TO_ATTEST',
      'Faktura KG-1 att attestera',
      `${APP}/fakturor/f1`,
      new Date('2026-12-02T15:00:00Z'),
    );
    expect(await database.prisma.outboxMail.count({ where: { personId: ids.member, status: 'DIGEST_PENDING' } })).toBe(
      2,
    );
    await settle();
    expect(sink.messages.filter((m) => addressOf(m) === member.email)).toEqual([]);

    // The same afternoon, and just before 07:00 the next morning (06:00 UTC in December): nothing.
    expect(await sendDueDigests({ db: database.prisma, now: new Date('2026-12-02T16:00:00Z') })).toEqual({
      digests: 0,
      items: 0,
    });
    expect(await sendDueDigests({ db: database.prisma, now: new Date('2026-12-03T05:59:00Z') })).toEqual({
      digests: 0,
      items: 0,
    });
    // 07:05 Swedish time: one digest with both; the hourly run at 08:05 and a repeat add nothing.
    expect(await sendDueDigests({ db: database.prisma, now: new Date('2026-12-03T06:05:00Z') })).toEqual({
      digests: 1,
      items: 2,
    });
    expect(await sendDueDigests({ db: database.prisma, now: new Date('2026-12-03T06:05:00Z') })).toEqual({
      digests: 0,
      items: 0,
    });
    expect(await sendDueDigests({ db: database.prisma, now: new Date('2026-12-03T07:05:00Z') })).toEqual({
      digests: 0,
      items: 0,
    });

    await expect.poll(() => deliveredTo(member.email, 'sammanfattning').length, { timeout: 20_000 }).toBe(1);
    await settle();
    const [digest] = deliveredTo(member.email, 'sammanfattning');
    expect(digest!.subject).toBe('Samplan: sammanfattning 2026-12-03 (2 meddelanden)');
    expect(digest!.text).toContain(`1. Svar på din kommentar <${APP}/plan/arbetsgang?ar=2027>`);
    expect(digest!.text).toContain(`2. Faktura KG-1 att attestera <${APP}/fakturor/f1>`);
    expect(digest!.html).toContain(`<a href="${APP}/fakturor/f1">Faktura KG-1 att attestera</a>`);
    expect(sink.messages.filter((m) => addressOf(m) === member.email)).toHaveLength(1);

    const row = await database.prisma.outboxMail.findFirstOrThrow({ where: { kind: 'DIGEST', personId: ids.member } });
    expect(row.dedupeKey).toBe(`digest:${ids.member}:2026-12-03`);
    expect(row.associationId).toBeNull();
    const items = await database.prisma.outboxMail.findMany({
      where: { personId: ids.member, kind: { not: 'DIGEST' } },
    });
    expect(items.map((i) => [i.status, i.digestId])).toEqual([
      ['DIGESTED', row.id],
      ['DIGESTED', row.id],
    ]);
    await expect
      .poll(async () => (await database.prisma.outboxMail.findUniqueOrThrow({ where: { id: row.id } })).status)
      .toBe('SENT');
  });

  it('an empty digest is never sent: the next morning with nothing waiting writes none', async () => {
    expect(await sendDueDigests({ db: database.prisma, now: new Date('2026-12-04T06:05:00Z') })).toEqual({
      digests: 0,
      items: 0,
    });
    expect(await database.prisma.outboxMail.count({ where: { kind: 'DIGEST' } })).toBe(1);
  });

  it('two runs racing at 07:00 write one digest', async () => {
    await saveMailPreferences(
      { choices: [{ kind: 'PLAN_FOR_COMMENT', delivery: 'DIGEST' }] },
      { personId: ids.vice },
      { db: database.prisma },
    );
    await mailTo(
      ids.vice,
      'PLAN_FOR_COMMENT',
      'Planen på beredning',
      `${APP}/plan/arbetsgang?ar=2027`,
      new Date('2026-12-04T10:00:00Z'),
    );
    const now = new Date('2026-12-05T06:01:00Z');
    const runs = await Promise.all([
      sendDueDigests({ db: database.prisma, now }),
      sendDueDigests({ db: database.prisma, now }),
    ]);
    expect(runs.reduce((sum, run) => sum + run.digests, 0)).toBe(1);
    const vice = await person(ids.vice);
    await expect.poll(() => deliveredTo(vice.email, 'sammanfattning').length, { timeout: 20_000 }).toBe(1);
    await settle();
    expect(deliveredTo(vice.email, 'sammanfattning')).toHaveLength(1);
  });
});

describe('adoption-deadline reminders', () => {
  it('30 and 7 days before, once each, to the director and the chair only; an adopted plan gets none', async () => {
    // Sjöbygden has adopted its 2027 plan; FinsamGotland has not (its 2027 plan is a draft).
    const sjobygdenPlan = await database.prisma.plan.findFirst({ where: { associationId: ids.sjobygden, year: 2027 } });
    if (sjobygdenPlan)
      await database.prisma.plan.updateMany({
        where: { associationId: ids.sjobygden, year: 2027 },
        data: { status: 'ADOPTED' },
      });
    else
      await database.prisma.plan.create({
        data: {
          associationId: ids.sjobygden,
          year: 2027,
          versionNumber: 1,
          status: 'ADOPTED',
          title: 'Verksamhetsplan 2027',
        },
      });
    const reminded = async () =>
      database.prisma.outboxMail.findMany({
        where: { kind: 'ADOPTION_DEADLINE', associationId: ids.gotland },
        select: { personId: true, dedupeKey: true },
        orderBy: { dedupeKey: 'asc' },
      });
    const leaders = await database.prisma.roleAssignment.findMany({
      where: { associationId: ids.gotland, role: { in: ['DIRECTOR', 'CHAIR'] } },
      select: { personId: true },
    });
    const leaderIds = [...new Set(leaders.map((l) => l.personId))].sort();
    expect(leaderIds).toEqual([ids.director, ids.chair].sort());

    // 31 days before 30 November (Swedish noon): none yet.
    await sendDeadlineReminders({ db: database.prisma, now: new Date('2026-10-30T11:00:00Z') });
    expect(await reminded()).toEqual([]);

    // 30 days before: the 30-day reminder; the hourly runs of the same day and the next add none.
    const first = await runMailHousekeeping(database.prisma, new Date('2026-10-31T08:00:00Z'));
    expect(first.reminders.queued).toBeGreaterThanOrEqual(2);
    await runMailHousekeeping(database.prisma, new Date('2026-10-31T09:00:00Z'));
    await runMailHousekeeping(database.prisma, new Date('2026-11-01T09:00:00Z'));
    expect((await reminded()).map((r) => r.dedupeKey)).toEqual(
      leaderIds.map((id) => `deadline:${ids.gotland}:2027:30:${id}`).sort(),
    );

    // 8 days before: still nothing new; 7 days before: the 7-day reminder only, once.
    await sendDeadlineReminders({ db: database.prisma, now: new Date('2026-11-22T09:00:00Z') });
    expect(await reminded()).toHaveLength(2);
    await sendDeadlineReminders({ db: database.prisma, now: new Date('2026-11-23T09:00:00Z') });
    await sendDeadlineReminders({ db: database.prisma, now: new Date('2026-11-23T10:00:00Z') });
    // The deadline day itself and the day after add none.
    await sendDeadlineReminders({ db: database.prisma, now: new Date('2026-11-30T09:00:00Z') });
    await sendDeadlineReminders({ db: database.prisma, now: new Date('2026-12-01T09:00:00Z') });
    expect((await reminded()).map((r) => r.dedupeKey)).toEqual(
      [
        ...leaderIds.map((id) => `deadline:${ids.gotland}:2027:30:${id}`),
        ...leaderIds.map((id) => `deadline:${ids.gotland}:2027:7:${id}`),
      ].sort(),
    );
    expect(
      await database.prisma.outboxMail.count({ where: { kind: 'ADOPTION_DEADLINE', associationId: ids.sjobygden } }),
    ).toBe(0);

    const chair = await person(ids.chair);
    await expect.poll(() => deliveredTo(chair.email, 'Påminnelse').length, { timeout: 20_000 }).toBe(2);
    // The worker sends several mails at once, so they may arrive in either order.
    const reminders = deliveredTo(chair.email, 'Påminnelse');
    const thirty = reminders.find((m) => (m.text ?? '').includes('om 30 dagar'));
    const seven = reminders.find((m) => (m.text ?? '').includes('om 7 dagar'));
    expect(thirty, 'the 30-day reminder').toBeDefined();
    expect(seven, 'the 7-day reminder').toBeDefined();
    expect(thirty!.subject).toBe('Påminnelse: verksamhetsplanen 2027 ska antas senast 30 november 2026');
    expect(thirty!.text).toContain('om 30 dagar');
    expect(seven!.text).toContain('om 7 dagar');
    expect(seven!.text).toContain('/forbund/finsamgotland/plan/arbetsgang?ar=2027');
    const others = sink.messages.filter(
      (m) => (m.subject ?? '').startsWith('Påminnelse') && addressOf(m) !== chair.email,
    );
    const director = await person(ids.director);
    expect(new Set(others.map(addressOf))).toEqual(new Set([director.email]));
  });
});
