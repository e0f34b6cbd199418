import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { attachFollowUpReport } from '@/server/follow-up-report/attach-follow-up-report';
import { followUp } from '@/domain/budget/follow-up';
import { kronor } from '@/domain/money/kronor';
import { buildFollowUpReport } from '@/server/follow-up-report/build-follow-up-report';
import { renderFollowUpPdf } from '@/server/follow-up-report/render-follow-up-pdf';
import { seedDemoData } from '@/server/seed/seed-demo';
import { ConflictError, FieldValidationError } from '@/server/kernel/use-case-errors';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { pdfText } from '../support/pdf-text';

let db: TestDatabase;
let association: string;
let sjobygden: string;
let december: string;
const people: Record<string, string> = {};
const now = new Date('2026-11-25T12:00:00+01:00');
const deps = () => ({ db: db.prisma, now, compress: false });
const as = (email: string) => ({ personId: people[email]! });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
  association = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  sjobygden = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'sjobygden' } })).id;
  for (const person of await db.prisma.person.findMany()) people[person.email] = person.id;
  december = (
    await db.prisma.meeting.findFirstOrThrow({
      where: { associationId: association, body: 'BOARD', status: 'PLANNED' },
    })
  ).id;
});
afterAll(() => db.drop());

describe('the follow-up report per date', () => {
  it('renders one A4 page with the association, the date and every followed-up line', async () => {
    const file = await buildFollowUpReport(
      { associationId: association, date: '2026-11-25' },
      as('revisor@finsamgotland.se'),
      deps(),
    );
    expect(file.contentType).toBe('application/pdf');
    expect(file.fileName).toBe('ekonomisk-uppfoljning-finsamgotland-2026-11-25.pdf');
    const source = Buffer.from(file.body).toString('latin1');
    expect(source.startsWith('%PDF')).toBe(true);
    expect(source.match(/\/Type \/Page\b/g)).toHaveLength(1);
    const text = pdfText(file.body);
    expect(text).toContain('Ekonomisk uppföljning per 25 november 2026');
    for (const name of [
      'Försäkringskassan',
      'Ung Vux Gotland',
      'Strukturell samverkan & kompetensutveckling',
      'Summa intäkter',
      'Summa kostnader',
      'Resultat',
    ]) {
      expect(text).toContain(name);
    }
    expect(text).not.toContain('Reserv eget kapital');
    // Outcome is recorded through October: November and December are forecast from the budget.
    expect(text).toContain('Utfall till och med oktober 2026');
    const runs = text.split('\n');
    const fk = runs.indexOf('Försäkringskassan');
    expect(runs.slice(fk + 1, fk + 5)).toEqual(['2 100 000 kr', '1 750 000 kr', '2 100 000 kr', '0 kr']);
  });

  it('keeps a 60-line budget on one page', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => ({
      id: String(i),
      name: `Budgetrad nummer ${i + 1} med ett ganska långt namn som får kortas av i tabellen`,
      type: i < 10 ? ('INCOME' as const) : ('COST' as const),
      category: i < 10 ? ('OTHER_INCOME' as const) : ('INTERVENTION' as const),
      outsideTotal: false,
      budget: kronor(1_234_567),
      outcomes: new Map([[1, kronor(100_000)]]),
    }));
    const pdf = await renderFollowUpPdf(
      {
        associationName: 'Test',
        date: '2026-01-31',
        plan: { year: 2026, versionNumber: 1 },
        followUp: followUp(lines, 1),
        openingEquity: kronor(1_000_000),
        generatedAt: now,
      },
      { compress: false },
    );
    expect(
      Buffer.from(pdf)
        .toString('latin1')
        .match(/\/Type \/Page\b/g),
    ).toHaveLength(1);
    expect(pdfText(pdf)).toContain('Budgetrad nummer 60');
  });

  it('counts the paid invoice only from its payment date', async () => {
    // Each cell is its own text run: the line's name, then budget, outcome, forecast, deviation.
    const lineOf = (text: string) => {
      const runs = text.split('\n');
      const at = runs.indexOf('Strukturell samverkan & kompetensutveckling');
      return runs.slice(at + 1, at + 5);
    };
    const before = pdfText(
      (await buildFollowUpReport({ associationId: association, date: '2026-05-14' }, as('chef@samplan.se'), deps()))
        .body,
    );
    const after = pdfText(
      (await buildFollowUpReport({ associationId: association, date: '2026-05-15' }, as('chef@samplan.se'), deps()))
        .body,
    );
    const [budget, outcomeBefore] = lineOf(before);
    const [, outcomeAfter] = lineOf(after);
    expect(lineOf(after)[0]).toBe(budget);
    const kronorOf = (text: string) => Number(text.replace(/[^\d-]/g, ''));
    expect(kronorOf(outcomeAfter!) - kronorOf(outcomeBefore!)).toBe(12400);
  });

  it('refuses a date without an adopted budget, and a malformed date', async () => {
    await expect(
      buildFollowUpReport({ associationId: association, date: '2031-01-10' }, as('chef@samplan.se'), deps()),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      buildFollowUpReport({ associationId: association, date: '2026-02-30' }, as('chef@samplan.se'), deps()),
    ).rejects.toThrow();
  });

  it('is attached to the December board meeting’s item Ekonomisk uppföljning, once per date, audited', async () => {
    const first = await attachFollowUpReport(
      { associationId: association, date: '2026-11-25', meetingId: december },
      as('admin@finsamgotland.se'),
      deps(),
    );
    await attachFollowUpReport(
      { associationId: association, date: '2026-11-25', meetingId: december },
      as('chef@samplan.se'),
      deps(),
    );
    const item = await db.prisma.agendaItem.findUniqueOrThrow({
      where: { id: first.agendaItemId },
      include: { attachments: true },
    });
    expect(item.kind).toBe('ECONOMIC_FOLLOW_UP');
    expect(item.attachments).toHaveLength(1);
    expect(item.attachments[0]).toMatchObject({
      associationId: association,
      mimeType: 'application/pdf',
      fileName: first.fileName,
      uploadedById: people['chef@samplan.se'],
    });
    expect(Buffer.from(item.attachments[0]!.data).subarray(0, 4).toString()).toBe('%PDF');
    expect(await db.prisma.auditLog.count({ where: { action: 'followUpReport.attached', entityId: item.id } })).toBe(2);
  });

  it('refuses the auditor and a board member, another association’s meeting, and a locked meeting', async () => {
    for (const email of ['revisor@finsamgotland.se', 'ledamot@finsamgotland.se']) {
      await expect(
        attachFollowUpReport(
          { associationId: association, date: '2026-11-25', meetingId: december },
          as(email),
          deps(),
        ),
      ).rejects.toMatchObject(new AuthorizationError('FORBIDDEN'));
    }
    const foreign = await db.prisma.meeting.create({
      data: {
        associationId: sjobygden,
        body: 'BOARD',
        title: 'Styrelsemöte',
        startsAt: new Date('2026-12-12T09:00:00+01:00'),
      },
    });
    await db.prisma.agendaItem.create({
      data: { meetingId: foreign.id, order: 0, kind: 'ECONOMIC_FOLLOW_UP', title: 'Ekonomisk uppföljning' },
    });
    // The director of both: allowed in FinsamGotland, but the meeting is Sjöbygden's.
    await expect(
      attachFollowUpReport(
        { associationId: association, date: '2026-11-25', meetingId: foreign.id },
        as('chef@samplan.se'),
        deps(),
      ),
    ).rejects.toBeInstanceOf(FieldValidationError);
    expect(await db.prisma.attachment.count({ where: { agendaItem: { meetingId: foreign.id } } })).toBe(0);
    const held = await db.prisma.meeting.findFirstOrThrow({
      where: { associationId: association, status: 'MINUTES_LOCKED' },
    });
    await expect(
      attachFollowUpReport(
        { associationId: association, date: '2026-11-25', meetingId: held.id },
        as('chef@samplan.se'),
        deps(),
      ),
    ).rejects.toThrow(/justerat/);
  });
});
