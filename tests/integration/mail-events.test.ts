/**
 * What is sent (issue 14, part 3): each event writes its mail in its own transaction, the mail
 * worker delivers it to a real SMTP server started here, and the test reads the delivered
 * messages: subject, content, exact recipients, the .ics part, and links to existing routes.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { PERMISSIONS } from '@/domain/authz/permissions';
import { icsUtc, parseIcsProperties } from '@/domain/mail/ics';
import type { MailKind } from '@/domain/mail/mail-kinds';
import type { PrismaClient } from '@/generated/prisma/client';
import { recordInvoice } from '@/server/invoice/record-invoice';
import { ConflictError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { cancelMeeting } from '@/server/meeting/cancel-meeting';
import { sendNotice } from '@/server/meeting/send-notice';
import { updateMeeting } from '@/server/meeting/update-meeting';
import { chooseAdjusters } from '@/server/minutes/choose-adjusters';
import { commentPlanSection } from '@/server/plan/comment-plan-section';
import { replyToPlanComment } from '@/server/plan/reply-to-plan-comment';
import { sendPlanToConsultation } from '@/server/plan/send-plan-to-consultation';
import { sendPlanToPreparation } from '@/server/plan/send-plan-to-preparation';
import type { DemoIds } from '../support/demo-ids';
import { startMailTestBed, type MailTestBed } from '../support/mail-worker';
import type { SmtpSink } from '../support/smtp-sink';
import type { TestDatabase } from '../support/test-database';

let database: TestDatabase;
let db: PrismaClient;
let ids: DemoIds;
let sink: SmtpSink;
let bed: MailTestBed;
const emailOf = new Map<string, string>();

beforeAll(async () => {
  bed = await startMailTestBed();
  ({ database, ids, sink } = bed);
  db = database.prisma;
  for (const p of await db.person.findMany({ select: { id: true, email: true } })) emailOf.set(p.id, p.email);
});
afterAll(() => bed?.stop());

interface Delivered {
  message: ParsedMail;
  to: string;
  links: URL[];
}

/**
 * Runs the event and returns the mail of `kind` it wrote to the outbox, as delivered by SMTP. The
 * outbox rows are the whole truth of who was mailed (written in the event's transaction); each must
 * arrive once, matched by the Message-ID the worker gives it.
 */
async function mailOf(kind: MailKind, event: () => Promise<unknown>): Promise<Delivered[]> {
  const before = new Set((await db.outboxMail.findMany({ select: { id: true } })).map((r) => r.id));
  await event();
  const rows = (await db.outboxMail.findMany({ where: { kind } })).filter((r) => !before.has(r.id));
  const others = await db.outboxMail.count({ where: { id: { notIn: [...before, ...rows.map((r) => r.id)] } } });
  expect(others, 'the event wrote mail of another kind').toBe(0);
  const wanted = new Set(rows.map((r) => `<${r.id}@samplan>`));
  const until = Date.now() + 20_000;
  const found = () => sink.messages.filter((m) => m.messageId && wanted.has(m.messageId));
  while (found().length < wanted.size) {
    if (Date.now() > until) throw new Error(`${found().length} of ${wanted.size} ${kind} mails arrived`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const delivered = found();
  expect(new Set(delivered.map((m) => m.messageId)).size).toBe(delivered.length);
  return delivered.map((message) => ({
    message,
    to: (Array.isArray(message.to) ? message.to[0] : message.to)!.value[0]!.address!,
    links: [...(message.text ?? '').matchAll(/https?:\/\/[^\s<>]+/g)].map((m) => new URL(m[0])),
  }));
}

const recipients = (mails: Delivered[]) => mails.map((m) => m.to).sort();
const emails = (personIds: Iterable<string>) => [...new Set([...personIds].map((id) => emailOf.get(id)!))].sort();

/** The app route that answers a path: each segment a folder of src/app, or a [param] folder. */
function routeFileFor(pathname: string): string | null {
  let dir = path.resolve('src/app');
  for (const raw of pathname.split('/').filter(Boolean)) {
    const segment = decodeURIComponent(raw);
    const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
    const next =
      entries.find((e) => e.name === segment) ??
      entries.find((e) => e.name.startsWith('[') && !e.name.startsWith('[['));
    if (!next) return null;
    dir = path.join(dir, next.name);
  }
  for (const file of ['page.tsx', 'route.ts']) if (existsSync(path.join(dir, file))) return path.join(dir, file);
  return null;
}

/** Every link of the mail opens an existing route; the preferences page is built by another part of issue 14. */
function expectLinksRoute(mail: Delivered) {
  for (const link of mail.links) {
    if (link.pathname === '/konto/e-post') continue;
    expect(routeFileFor(link.pathname), link.href).not.toBeNull();
  }
}

function icsOf(mail: Delivered) {
  const part = mail.message.attachments.find((a) => a.contentType === 'text/calendar');
  expect(part, 'the .ics part').toBeDefined();
  expect(part!.filename).toBe('kallelse.ics');
  return parseIcsProperties(part!.content.toString('utf8'));
}

async function bodyMemberIds(associationId: string, startsAt: Date) {
  const seats = await db.boardSeat.findMany({
    where: {
      associationId,
      periodStart: { lte: startsAt },
      OR: [{ periodEnd: null }, { periodEnd: { gte: startsAt } }],
    },
    select: { personId: true },
  });
  return seats.map((s) => s.personId);
}

describe('the notice to a meeting, its update and its cancellation', () => {
  let meetingId: string;
  let startsAt: Date;
  let now: Date;
  let version: number;
  let attachmentId: string;
  let noticeSequence: number;
  const director = () => ({ personId: ids.director });

  it('a notice reaches each member of the board with date, time, place, agenda, documents, the meeting book and an .ics REQUEST', async () => {
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: ids.plannedMeeting } });
    meetingId = meeting.id;
    startsAt = meeting.startsAt;
    now = new Date(startsAt.getTime() - 10 * 86_400_000);
    const item = await db.agendaItem.findFirstOrThrow({
      where: { meetingId, kind: 'ECONOMIC_FOLLOW_UP' },
    });
    attachmentId = (
      await db.attachment.create({
        data: {
          associationId: ids.gotland,
          agendaItemId: item.id,
          fileName: 'uppfoljning-oktober.pdf',
          mimeType: 'application/pdf',
          sizeBytes: 4,
          data: Buffer.from('%PDF'),
          uploadedById: ids.director,
        },
      })
    ).id;

    let result = { version: 0, recipients: 0 };
    const mails = await mailOf('MEETING_NOTICE', async () => {
      result = await sendNotice({ associationId: ids.gotland, meetingId, version: meeting.version }, director(), {
        db,
        now,
      });
    });
    version = result.version;
    noticeSequence = result.version;
    expect(recipients(mails)).toEqual(emails(await bodyMemberIds(ids.gotland, startsAt)));
    expect(mails).toHaveLength(result.recipients);

    const mail = mails[0]!;
    expect(mail.message.subject).toMatch(/^Kallelse: styrelsen, Styrelsemöte, \d{4}-\d{2}-\d{2}$/);
    const text = mail.message.text!;
    for (const part of [
      'Datum: ',
      'Tid: ',
      'Plats: Visby',
      'Dagordning',
      '1. Mötets öppnande',
      'Ekonomisk uppföljning',
    ])
      expect(text).toContain(part);
    expect(text).toContain(`Handling: uppfoljning-oktober.pdf`);
    expect(mail.message.html).toContain('<html lang="sv">');
    const paths = mail.links.map((l) => l.pathname);
    expect(paths).toContain(`/forbund/finsamgotland/sammantraden/${meetingId}`);
    expect(paths).toContain(`/forbund/finsamgotland/sammantraden/bilagor/${attachmentId}`);
    expectLinksRoute(mail);

    const ics = icsOf(mail);
    expect(ics.get('METHOD')).toBe('REQUEST');
    expect(ics.get('UID')).toBe(`${meetingId}@samplan`);
    expect(ics.get('SEQUENCE')).toBe(String(noticeSequence));
    expect(ics.get('DTSTART')).toBe(icsUtc(startsAt));
    expect(ics.get('LOCATION')).toBe('Visby');
    expect(ics.get('ORGANIZER')).toMatch(/^mailto:\S+@\S+$/);
    expect(ics.get('URL')).toContain(`/sammantraden/${meetingId}`);
  });

  it('a change of time and place after the notice sends "Ändrad kallelse" with the same UID and a higher SEQUENCE', async () => {
    const moved = new Date(startsAt.getTime() + 86_400_000);
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      dateStyle: 'short',
      timeStyle: 'short',
    })
      .format(moved)
      .replace(' ', 'T');
    const mails = await mailOf('MEETING_NOTICE', async () => {
      ({ version } = await updateMeeting(
        { associationId: ids.gotland, meetingId, version, title: 'Styrelsemöte', startsAt: local, location: 'Slite' },
        director(),
        { db, now },
      ));
    });
    expect(recipients(mails)).toEqual(emails(await bodyMemberIds(ids.gotland, moved)));
    const mail = mails[0]!;
    expect(mail.message.subject).toMatch(/^Ändrad kallelse: styrelsen, Styrelsemöte/);
    expect(mail.message.text).toContain('Plats: Slite');
    const ics = icsOf(mail);
    expect(ics.get('METHOD')).toBe('REQUEST');
    expect(ics.get('UID')).toBe(`${meetingId}@samplan`);
    expect(Number(ics.get('SEQUENCE'))).toBeGreaterThan(noticeSequence);
    expect(ics.get('DTSTART')).toBe(icsUtc(moved));
    expect(ics.get('LOCATION')).toBe('Slite');
    expectLinksRoute(mail);
    noticeSequence = Number(ics.get('SEQUENCE'));
    startsAt = moved;
  });

  it('saving the meeting without changing title, time or place mails nobody', async () => {
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const mails = await mailOf('MEETING_NOTICE', async () => {
      ({ version } = await updateMeeting(
        {
          associationId: ids.gotland,
          meetingId,
          version,
          title: meeting.title,
          startsAt: new Intl.DateTimeFormat('sv-SE', {
            timeZone: 'Europe/Stockholm',
            dateStyle: 'short',
            timeStyle: 'short',
          })
            .format(meeting.startsAt)
            .replace(' ', 'T'),
          location: meeting.location,
        },
        director(),
        { db, now },
      ));
    });
    expect(mails).toHaveLength(0);
  });

  it('sending the notice again (the agenda changed) sends it as a changed notice with a higher SEQUENCE', async () => {
    const mails = await mailOf('MEETING_NOTICE', async () => {
      ({ version } = await sendNotice({ associationId: ids.gotland, meetingId, version }, director(), { db, now }));
    });
    expect(recipients(mails)).toEqual(emails(await bodyMemberIds(ids.gotland, startsAt)));
    expect(mails[0]!.message.subject).toMatch(/^Ändrad kallelse: styrelsen/);
    expect(mails[0]!.message.text).toContain('Dagordning');
    const ics = icsOf(mails[0]!);
    expect(ics.get('UID')).toBe(`${meetingId}@samplan`);
    expect(Number(ics.get('SEQUENCE'))).toBeGreaterThan(noticeSequence);
    noticeSequence = Number(ics.get('SEQUENCE'));
  });

  it('refuses to cancel for a board member, on a stale version, and after the meeting began, each for its own reason', async () => {
    await expect(
      cancelMeeting({ associationId: ids.gotland, meetingId, version }, { personId: ids.member }, { db, now }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      cancelMeeting({ associationId: ids.gotland, meetingId, version: version - 1 }, director(), { db, now }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    const began = cancelMeeting({ associationId: ids.gotland, meetingId, version }, director(), {
      db,
      now: new Date(startsAt.getTime() + 60_000),
    });
    await expect(began).rejects.toBeInstanceOf(ConflictError);
    await expect(began).rejects.toThrow('Sammanträdet har redan börjat');
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).status).toBe('NOTICE_SENT');
  });

  it('cancelling sends each called member a cancellation with METHOD:CANCEL, the same UID and a higher SEQUENCE', async () => {
    const mails = await mailOf('MEETING_NOTICE', () =>
      cancelMeeting({ associationId: ids.gotland, meetingId, version }, director(), { db, now }),
    );
    expect(recipients(mails)).toEqual(emails(await bodyMemberIds(ids.gotland, startsAt)));
    const mail = mails[0]!;
    expect(mail.message.subject).toMatch(/^Inställt sammanträde: styrelsen, Styrelsemöte/);
    expect(mail.message.text).not.toContain('Dagordning');
    const ics = icsOf(mail);
    expect(ics.get('METHOD')).toBe('CANCEL');
    expect(ics.get('STATUS')).toBe('CANCELLED');
    expect(ics.get('UID')).toBe(`${meetingId}@samplan`);
    expect(Number(ics.get('SEQUENCE'))).toBeGreaterThan(noticeSequence);
    expectLinksRoute(mail);

    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(meeting.status).toBe('CANCELLED');
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'meeting.cancelled', entityId: meetingId } });
    expect(audit.personId).toBe(ids.director);
  });

  it('refuses to cancel a cancelled meeting', async () => {
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    await expect(
      cancelMeeting({ associationId: ids.gotland, meetingId, version: meeting.version }, director(), { db, now }),
    ).rejects.toThrow('Sammanträdet är inställt och kan inte ställas in.');
  });

  it('cancelling a meeting whose notice was never sent mails nobody', async () => {
    const meeting = await db.meeting.create({
      data: {
        associationId: ids.gotland,
        body: 'BOARD',
        title: 'Extra styrelsemöte',
        startsAt: new Date(now.getTime() + 20 * 86_400_000),
        status: 'PLANNED',
      },
    });
    const mails = await mailOf('MEETING_NOTICE', () =>
      cancelMeeting({ associationId: ids.gotland, meetingId: meeting.id, version: meeting.version }, director(), {
        db,
        now,
      }),
    );
    expect(mails).toHaveLength(0);
  });
});

describe('minutes ready to adjust', () => {
  it('each chosen adjuster, and nobody else, gets the minutes link and the date 14 days after the meeting', async () => {
    const meeting = await db.meeting.create({
      data: {
        associationId: ids.gotland,
        body: 'BOARD',
        title: 'Styrelsemöte september',
        startsAt: new Date('2026-09-10T09:00:00+02:00'),
        location: 'Visby',
        status: 'HELD',
      },
    });
    for (const personId of [ids.chair, ids.vice, ids.member])
      await db.attendance.create({ data: { meetingId: meeting.id, personId, status: 'PRESENT' } });
    const choose = () =>
      chooseAdjusters(
        { associationId: ids.gotland, meetingId: meeting.id, personIds: [ids.vice, ids.member] },
        { personId: ids.admin },
        { db, now: new Date('2026-09-10T12:00:00Z') },
      );
    const mails = await mailOf('MINUTES_TO_ADJUST', choose);
    expect(recipients(mails)).toEqual(emails([ids.vice, ids.member]));
    for (const mail of mails) {
      expect(mail.message.subject).toBe('Protokoll att justera: Styrelsemöte september, 2026-09-10');
      expect(mail.message.text).toContain('Justera senast: 24 september 2026');
      expect(mail.links.map((l) => l.pathname)).toContain(
        `/forbund/finsamgotland/sammantraden/${meeting.id}/protokoll`,
      );
      expect(mail.links.map((l) => l.pathname)).toContain('/konto/e-post');
      expectLinksRoute(mail);
    }
    // Choosing the same two again (a correction of the form) does not mail them twice.
    expect(await mailOf('MINUTES_TO_ADJUST', choose)).toHaveLength(0);
  });
});

describe('an invoice waiting for attest', () => {
  const now = new Date('2026-11-20T10:00:00Z');
  const record = (
    invoiceNumber: string,
    amount: string,
    extra: { payeePersonId?: string; concernsPersonId?: string } = {},
  ) => {
    let invoiceId = '';
    return {
      run: async () => {
        ({ invoiceId } = await recordInvoice(
          {
            associationId: ids.gotland,
            supplier: 'Mailtest AB',
            invoiceNumber,
            invoiceDate: '2026-11-19',
            amountExclVat: amount,
            amountInclVat: amount,
            payeeKind: extra.payeePersonId ? 'PERSON' : 'SUPPLIER',
            ...extra,
          },
          { personId: ids.admin },
          { db, now },
        ));
      },
      id: () => invoiceId,
    };
  };

  it('within the director’s limit: the director only, with a link to the invoice', async () => {
    const invoice = record('M-1', '1000');
    const mails = await mailOf('INVOICE_TO_ATTEST', invoice.run);
    expect(recipients(mails)).toEqual(emails([ids.director]));
    expect(mails[0]!.message.subject).toBe('Faktura att attestera: Mailtest AB, 1\u00a0000\u00a0kr');
    expect(mails[0]!.links.map((l) => l.pathname)).toContain(`/forbund/finsamgotland/fakturor/${invoice.id()}`);
    expectLinksRoute(mails[0]!);
  });

  it('above the limit: the chair only', async () => {
    const mails = await mailOf('INVOICE_TO_ATTEST', record('M-2', '100000').run);
    expect(recipients(mails)).toEqual(emails([ids.chair]));
  });

  it('the chair as payee above the limit: the vice chair, never the chair', async () => {
    const mails = await mailOf('INVOICE_TO_ATTEST', record('M-3', '80000', { payeePersonId: ids.chair }).run);
    expect(recipients(mails)).toEqual(emails([ids.vice]));
  });

  it('an invoice concerning the director: the chair, never the director', async () => {
    const mails = await mailOf('INVOICE_TO_ATTEST', record('M-4', '500', { concernsPersonId: ids.director }).run);
    expect(recipients(mails)).toEqual(emails([ids.chair]));
  });
});

describe('the plan out for comment, and a reply to a comment', () => {
  const now = new Date('2026-09-01T10:00:00Z');
  const director = () => ({ personId: ids.director });
  const holders = async (action: 'plan.comment.preparation' | 'plan.comment.consultation') =>
    (
      await db.roleAssignment.findMany({
        where: {
          associationId: ids.gotland,
          role: { in: [...PERMISSIONS[action]] },
          OR: [{ validTo: null }, { validTo: { gte: now } }],
          AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: now } }] }],
        },
        select: { personId: true },
      })
    )
      .map((r) => r.personId)
      .filter((id) => id !== ids.director);
  let commentId = '';

  it('sent for preparation: the preparation group and the board, with a link to the plan’s comments (the plan has no comment date)', async () => {
    const plan = await db.plan.findUniqueOrThrow({ where: { id: ids.draft2027 } });
    const mails = await mailOf('PLAN_FOR_COMMENT', () =>
      sendPlanToPreparation({ associationId: ids.gotland, planId: plan.id, version: plan.version }, director(), {
        db,
        now,
      }),
    );
    const expected = emails(await holders('plan.comment.preparation'));
    expect(expected).toContain(emailOf.get(ids.preparer));
    expect(expected).not.toContain(emailOf.get(ids.representative));
    expect(recipients(mails)).toEqual(expected);
    const mail = mails[0]!;
    expect(mail.message.subject).toBe('Verksamhetsplanen 2027 är ute för beredning');
    expect(mail.message.text).not.toContain('Synpunkter senast');
    const link = mail.links.find((l) => l.pathname.endsWith('/plan/arbetsgang'))!;
    expect(link.searchParams.get('ar')).toBe('2027');
    expect(link.hash).toBe('#synpunkter');
    expectLinksRoute(mail);
  });

  it('a reply goes to the comment’s author only, linking the comment itself', async () => {
    ({ commentId } = await commentPlanSection(
      { associationId: ids.gotland, planId: ids.draft2027, sectionId: null, body: 'Förtydliga målgruppen.' },
      { personId: ids.preparer },
      { db, now },
    ));
    const mails = await mailOf('COMMENT_REPLY', () =>
      replyToPlanComment(
        { associationId: ids.gotland, commentId, version: 1, reply: 'Tack, förtydligat i avsnitt 2.' },
        director(),
        { db, now },
      ),
    );
    expect(recipients(mails)).toEqual(emails([ids.preparer]));
    const mail = mails[0]!;
    expect(mail.message.subject).toBe('Svar på din synpunkt om verksamhetsplanen 2027');
    expect(mail.message.text).toContain('Din synpunkt: Förtydliga målgruppen.');
    expect(mail.message.text).toContain('Svar: Tack, förtydligat i avsnitt 2.');
    const link = mail.links.find((l) => l.pathname.endsWith('/plan/arbetsgang'))!;
    expect(link.hash).toBe(`#synpunkt-${commentId}`);
    expectLinksRoute(mail);
  });

  it('sent to consultation: the member representatives only', async () => {
    const plan = await db.plan.findUniqueOrThrow({ where: { id: ids.draft2027 } });
    const mails = await mailOf('PLAN_FOR_COMMENT', () =>
      sendPlanToConsultation({ associationId: ids.gotland, planId: plan.id, version: plan.version }, director(), {
        db,
        now,
      }),
    );
    const expected = emails(await holders('plan.comment.consultation'));
    expect(expected).toEqual(emails([ids.representative]));
    expect(recipients(mails)).toEqual(expected);
    expect(mails[0]!.message.subject).toBe('Verksamhetsplanen 2027 är ute på medlemssamråd');
  });
});
