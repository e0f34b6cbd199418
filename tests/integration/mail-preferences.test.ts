import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMail } from '@/domain/mail/mail-layout';
import { enqueueMail } from '@/server/mail/enqueue-mail';
import { saveMailPreferences } from '@/server/mail/save-mail-preferences';
import type { DemoIds } from '../support/demo-ids';
import { startMailTestBed, type MailTestBed } from '../support/mail-worker';
import { refusal } from '../support/refusal';
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

const person = (id: string) =>
  database.prisma.person.findUniqueOrThrow({ where: { id }, select: { id: true, name: true, email: true } });
const reply = (subject: string) => () =>
  renderMail({
    subject,
    greeting: 'Hej,',
    paragraphs: ['Förbundschefen har svarat på din kommentar.'],
    action: { label: 'Öppna kommentaren', href: 'http://localhost/forbund/finsamgotland/plan/arbetsgang?ar=2027' },
    footer: [],
  });

describe('mail preferences', () => {
  it('a person saves their own choices, recorded in the audit log outside any association', async () => {
    const saved = await saveMailPreferences(
      {
        choices: [
          { kind: 'COMMENT_REPLY', delivery: 'OFF' },
          { kind: 'INVOICE_TO_ATTEST', delivery: 'DIGEST' },
        ],
      },
      { personId: ids.member },
      { db: database.prisma },
    );
    expect(saved.choices).toHaveLength(2);
    const rows = await database.prisma.mailPreference.findMany({
      where: { personId: ids.member },
      orderBy: { kind: 'asc' },
    });
    expect(rows.map((r) => [r.kind, r.delivery])).toEqual([
      ['INVOICE_TO_ATTEST', 'DIGEST'],
      ['COMMENT_REPLY', 'OFF'],
    ]);
    const entry = await database.prisma.auditLog.findFirstOrThrow({
      where: { action: 'mail.preferencesChanged', personId: ids.member },
    });
    expect(entry.associationId).toBeNull();
    expect(entry.entityId).toBe(ids.member);
  });

  it('a mandatory kind cannot be turned off: refused by name, nothing written', async () => {
    const before = await database.prisma.auditLog.count();
    const error = await refusal(
      saveMailPreferences(
        {
          choices: [
            { kind: 'PLAN_FOR_COMMENT', delivery: 'DIGEST' },
            { kind: 'MEETING_NOTICE', delivery: 'OFF' },
          ],
        },
        { personId: ids.chair },
        { db: database.prisma },
      ),
    );
    expect(error).toMatchObject({
      code: 'FORBIDDEN',
      userMessage: 'Kallelse till sammanträde skickas alltid och kan inte ändras.',
    });
    expect(await database.prisma.mailPreference.count({ where: { personId: ids.chair } })).toBe(0);
    expect(await database.prisma.auditLog.count()).toBe(before);
  });

  it('a password mail cannot be put in the digest either', async () => {
    const error = await refusal(
      saveMailPreferences(
        { choices: [{ kind: 'PASSWORD_RESET', delivery: 'DIGEST' }] },
        { personId: ids.chair },
        { db: database.prisma },
      ),
    );
    expect(error).toMatchObject({
      code: 'FORBIDDEN',
      userMessage: expect.stringContaining('Återställning av lösenord'),
    });
  });

  it('a person cannot name someone else: the input has no person', async () => {
    const error = await refusal(
      saveMailPreferences(
        // @ts-expect-error a personId is not part of the input
        { personId: ids.chair, choices: [{ kind: 'COMMENT_REPLY', delivery: 'OFF' }] },
        { personId: ids.member },
        { db: database.prisma },
      ),
    );
    expect(error).toMatchObject({ name: 'ZodError' });
    expect(await database.prisma.mailPreference.count({ where: { personId: ids.chair } })).toBe(0);
  });

  it('OFF writes nothing to the outbox; a person without a choice gets the mail at once over SMTP', async () => {
    const [member, chair] = await Promise.all([person(ids.member), person(ids.chair)]);
    const outcome = await database.prisma.$transaction((tx) =>
      enqueueMail(tx, {
        associationId: ids.gotland,
        kind: 'COMMENT_REPLY',
        recipients: [member, chair],
        render: reply('Svar på din kommentar om verksamhetsplanen 2027'),
      }),
    );
    expect(outcome).toEqual({ queued: 1, digest: 0, off: 1, duplicate: 0 });
    expect(await database.prisma.outboxMail.count({ where: { personId: ids.member } })).toBe(0);
    const [message] = await sink.waitFor(1);
    expect(message!.to).toMatchObject({ value: [{ address: chair.email }] });
    expect(message!.subject).toBe('Svar på din kommentar om verksamhetsplanen 2027');
  });

  it('a stored OFF for a mandatory kind (written outside the page) is ignored: the notice still goes', async () => {
    await database.prisma.mailPreference.create({
      data: { personId: ids.vice, kind: 'MEETING_NOTICE', delivery: 'OFF' },
    });
    const vice = await person(ids.vice);
    const outcome = await database.prisma.$transaction((tx) =>
      enqueueMail(tx, {
        associationId: ids.gotland,
        kind: 'MEETING_NOTICE',
        recipients: [vice],
        render: reply('Kallelse: styrelsen'),
      }),
    );
    expect(outcome.queued).toBe(1);
  });
});
