import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { addCorrectionParagraph } from '@/server/minutes/add-correction-paragraph';
import { addParagraph } from '@/server/minutes/add-paragraph';
import { approveMinutes } from '@/server/minutes/approve-minutes';
import { buildMinutesPdf, MinutesNotLockedError } from '@/server/minutes/build-minutes-pdf';
import { chooseAdjusters } from '@/server/minutes/choose-adjusters';
import { markMinutesReady } from '@/server/minutes/mark-minutes-ready';
import { DEMO_PASSWORD } from '@/server/seed/demo-logins';
import { getMinutes } from '@/server/minutes/page-readers/get-minutes';
import { recordDecision } from '@/server/minutes/record-decision';
import { recordVotes } from '@/server/minutes/record-votes';
import { renderMinutesPdf } from '@/server/minutes/render-minutes-pdf';
import { updateParagraph } from '@/server/minutes/update-paragraph';
import { seedDemoData } from '@/server/seed/seed-demo';
import { ConflictError, FieldValidationError, LockedError } from '@/server/kernel/use-case-errors';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { pdfText } from '../support/pdf-text';

let database: TestDatabase;
let db: PrismaClient;
let gotland: string;
let sjobygden: string;
const person: Record<string, string> = {};
const deps = () => ({ db, now: new Date('2026-11-25T10:00:00Z') });
const as = (email: string) => ({ personId: person[email]! });
const office = () => as('admin@finsamgotland.se');

/** A board meeting of FinsamGotland with attendance; `withDeputy`: Sofia Nyberg serves for the absent Omar Haddad. */
async function boardMeeting(startsAt: string, attendance: 'quorum' | 'noQuorum') {
  const meeting = await db.meeting.create({
    data: {
      associationId: gotland,
      body: 'BOARD',
      title: 'Styrelsemöte',
      startsAt: new Date(startsAt),
      location: 'Visby',
      status: 'HELD',
    },
  });
  const seat = async (email: string) =>
    (await db.boardSeat.findFirstOrThrow({ where: { associationId: gotland, personId: person[email] } })).id;
  const present = (email: string, extra: { servingForId?: string; coOpted?: boolean } = {}) =>
    db.attendance.create({
      data: {
        meetingId: meeting.id,
        personId: person[email]!,
        status: 'PRESENT',
        seatId: extra.coOpted ? null : undefined,
        ...extra,
      },
    });
  await present('ordforande@finsamgotland.se');
  await present('vice@finsamgotland.se');
  await present('chef@samplan.se', { coOpted: true });
  await db.attendance.create({
    data: { meetingId: meeting.id, personId: person['ledamot@finsamgotland.se']!, status: 'ABSENT' },
  });
  if (attendance === 'quorum')
    await present('ersattare@finsamgotland.se', { servingForId: await seat('ledamot@finsamgotland.se') });
  return meeting.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  await seedDemoData(db);
  gotland = (await db.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  sjobygden = (await db.association.findUniqueOrThrow({ where: { slug: 'sjobygden' } })).id;
  for (const row of await db.person.findMany({ select: { id: true, email: true } })) person[row.email] = row.id;
});
afterAll(() => database?.drop());

describe('minutes of a board meeting, from the first § to the locked PDF', () => {
  let september: string;
  let october: string;
  let planParagraph: string;

  it('numbers paragraphs through the year across meetings (the seeded February minutes have § 1–6) and starts 2027 at § 1', async () => {
    september = await boardMeeting('2026-09-10T09:00:00+02:00', 'quorum');
    october = await boardMeeting('2026-10-15T09:00:00+02:00', 'quorum');
    const january = await boardMeeting('2027-01-20T09:00:00+01:00', 'quorum');

    const first = await addParagraph(
      { associationId: gotland, meetingId: september, title: 'Mötets öppnande' },
      office(),
      deps(),
    );
    const second = await addParagraph(
      { associationId: gotland, meetingId: september, title: 'Val av justerare' },
      office(),
      deps(),
    );
    const third = await addParagraph(
      { associationId: gotland, meetingId: october, title: 'Mötets öppnande' },
      office(),
      deps(),
    );
    const newYear = await addParagraph(
      { associationId: gotland, meetingId: january, title: 'Mötets öppnande' },
      office(),
      deps(),
    );
    expect([first, second, third].map((p) => [p.year, p.number])).toEqual([
      [2026, 7],
      [2026, 8],
      [2026, 9],
    ]);
    expect([newYear.year, newYear.number]).toEqual([2027, 1]);

    // Five additions at once still get five different numbers, in a row.
    const parallel = await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        addParagraph({ associationId: gotland, meetingId: october, title: `Punkt ${i}` }, office(), deps()),
      ),
    );
    expect(parallel.map((p) => p.number).sort((a, b) => a - b)).toEqual([10, 11, 12, 13, 14]);
  });

  it('refuses a decision in a meeting without quorum (2 of 4 ordinary seats filled, 3 required)', async () => {
    const meetingId = await boardMeeting('2026-09-24T09:00:00+02:00', 'noQuorum');
    const { paragraphId } = await addParagraph(
      { associationId: gotland, meetingId, title: 'Ett ärende' },
      office(),
      deps(),
    );
    const attempt = recordDecision(
      { associationId: gotland, paragraphId, version: 1, text: 'Styrelsen beslutar.' },
      office(),
      deps(),
    );
    await expect(attempt).rejects.toThrow(ConflictError);
    await expect(attempt).rejects.toThrow(/inte beslutfört \(2 av 4 ordinarie platser besatta, minst 3 krävs\)/);
    expect(await db.decision.count({ where: { paragraphId } })).toBe(0);
  });

  it('records the board decision adopting the 2027 plan: the matter is decided and the plan adopted in the same step', async () => {
    const plan = await db.plan.findFirstOrThrow({ where: { associationId: gotland, year: 2027 } });
    await db.plan.update({ where: { id: plan.id }, data: { status: 'ON_AGENDA' } });
    const matter = await db.matter.create({
      data: {
        associationId: gotland,
        year: 2026,
        number: 90,
        kind: 'PLAN',
        title: 'Verksamhets- och budgetplan 2027',
        status: 'ON_AGENDA',
        raisedById: person['chef@samplan.se']!,
        planId: plan.id,
      },
    });
    const item = await db.agendaItem.create({
      data: {
        meetingId: september,
        order: 5,
        kind: 'MATTER',
        title: 'Verksamhets- och budgetplan 2027',
        matterId: matter.id,
      },
    });
    const added = await addParagraph(
      {
        associationId: gotland,
        meetingId: september,
        agendaItemId: item.id,
        discussion: 'Förbundschefen föredrog planen.',
      },
      office(),
      deps(),
    );
    planParagraph = added.paragraphId;
    const paragraph = await db.minutesParagraph.findUniqueOrThrow({ where: { id: planParagraph } });
    expect(paragraph).toMatchObject({
      title: 'Verksamhets- och budgetplan 2027',
      matterId: matter.id,
      planId: plan.id,
      number: 16,
    });

    const stale = updateParagraph(
      { associationId: gotland, paragraphId: planParagraph, version: 2, title: paragraph.title, discussion: 'x' },
      office(),
      deps(),
    );
    await expect(stale).rejects.toThrow('STALE');
    await updateParagraph(
      {
        associationId: gotland,
        paragraphId: planParagraph,
        version: 1,
        title: paragraph.title,
        discussion: 'Förbundschefen föredrog planen. Styrelsen diskuterade budgeten.',
        matterId: matter.id,
        planId: plan.id,
      },
      office(),
      deps(),
    );

    const result = await recordDecision(
      {
        associationId: gotland,
        paragraphId: planParagraph,
        version: 2,
        text: 'Styrelsen beslutar att anta verksamhets- och budgetplan 2027.',
        adoptsPlan: true,
      },
      office(),
      deps(),
    );
    expect(result.matterStatus).toBe('DECIDED');
    expect(result.planAdopted).toEqual({ planId: plan.id, late: false });
    const adopted = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(adopted).toMatchObject({ status: 'ADOPTED', adoptionDecisionId: result.decisionId });
    expect(adopted.lockedAt).not.toBeNull();
    expect((await db.matter.findUniqueOrThrow({ where: { id: matter.id } })).status).toBe('DECIDED');
    await expect(
      recordDecision(
        { associationId: gotland, paragraphId: planParagraph, version: 3, text: 'Igen.' },
        office(),
        deps(),
      ),
    ).rejects.toThrow('Paragrafen har redan ett beslut.');
  });

  it('records votes from the members present and the deputy serving, and refuses a vote from the co-opted director', async () => {
    const refused = recordVotes(
      {
        associationId: gotland,
        paragraphId: planParagraph,
        votes: [{ personId: person['chef@samplan.se']!, choice: 'FOR' }],
      },
      office(),
      deps(),
    );
    await expect(refused).rejects.toThrow(FieldValidationError);
    const tally = await recordVotes(
      {
        associationId: gotland,
        paragraphId: planParagraph,
        votes: [
          { personId: person['ordforande@finsamgotland.se']!, choice: 'FOR' },
          { personId: person['ersattare@finsamgotland.se']!, choice: 'FOR' },
          {
            personId: person['vice@finsamgotland.se']!,
            choice: 'AGAINST',
            reservation: 'Jag reserverar mig till förmån för en lägre administrationskostnad.',
          },
        ],
      },
      office(),
      deps(),
    );
    expect(tally).toEqual({ for: 2, against: 1, abstain: 0, outcome: 'FOR' });
  });

  it('chooses two adjusters among those present with a vote; the director (co-opted) cannot be one', async () => {
    const chooseAs = (emails: string[]) =>
      chooseAdjusters(
        { associationId: gotland, meetingId: september, personIds: emails.map((e) => person[e]!) },
        office(),
        deps(),
      );
    await expect(chooseAs(['vice@finsamgotland.se', 'chef@samplan.se'])).rejects.toThrow(FieldValidationError);
    await expect(chooseAs(['vice@finsamgotland.se', 'vice@finsamgotland.se'])).rejects.toThrow(FieldValidationError);
    await expect(chooseAs(['vice@finsamgotland.se'])).rejects.toThrow(FieldValidationError);
    await chooseAs(['vice@finsamgotland.se', 'ersattare@finsamgotland.se']);
    expect(await db.adjuster.count({ where: { meetingId: september } })).toBe(2);
  });

  it('has no PDF before locking', async () => {
    await expect(buildMinutesPdf({ associationId: gotland, meetingId: september }, office(), deps())).rejects.toThrow(
      MinutesNotLockedError,
    );
  });

  it('lets only a chosen adjuster approve, as themselves; after both the minutes are locked', async () => {
    await markMinutesReady({ associationId: gotland, meetingId: september }, office(), deps());
    const approve = async (email: string, now = deps().now) =>
      approveMinutes(
        {
          associationId: gotland,
          meetingId: september,
          contentHash: (await getMinutes(gotland, september, { db }))!.contentHash,
          password: DEMO_PASSWORD,
        },
        as(email),
        { db, now },
      );
    await expect(approve('ordforande@finsamgotland.se')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      userMessage: 'Bara de valda justerarna kan justera protokollet.',
    });
    await expect(approve('admin@finsamgotland.se')).rejects.toThrow(AuthorizationError);

    expect(await approve('vice@finsamgotland.se', new Date('2026-09-14T08:00:00Z'))).toMatchObject({ locked: false });
    await expect(approve('vice@finsamgotland.se')).rejects.toThrow('Du har redan justerat protokollet.');
    // Adjusters cannot be swapped once one has approved.
    await expect(
      chooseAdjusters(
        {
          associationId: gotland,
          meetingId: september,
          personIds: [person['ordforande@finsamgotland.se']!, person['ersattare@finsamgotland.se']!],
        },
        office(),
        deps(),
      ),
    ).rejects.toThrow(ConflictError);

    expect(await approve('ersattare@finsamgotland.se', new Date('2026-09-15T13:30:00Z'))).toMatchObject({
      locked: true,
    });
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: september } });
    expect(meeting.status).toBe('MINUTES_LOCKED');
    expect(meeting.minutesLockedAt).toEqual(new Date('2026-09-15T13:30:00Z'));
  });

  it('refuses every write to locked minutes in the use cases', async () => {
    const [anyParagraph] = await db.minutesParagraph.findMany({
      where: { meetingId: september, decision: null },
      orderBy: { number: 'asc' },
    });
    const refusals = [
      () => addParagraph({ associationId: gotland, meetingId: september, title: 'Sent tillägg' }, office(), deps()),
      () =>
        updateParagraph(
          { associationId: gotland, paragraphId: planParagraph, version: 3, title: 'Ändrad' },
          office(),
          deps(),
        ),
      () =>
        recordDecision(
          {
            associationId: gotland,
            paragraphId: anyParagraph!.id,
            version: anyParagraph!.version,
            text: 'Nytt beslut',
          },
          office(),
          deps(),
        ),
      () => recordVotes({ associationId: gotland, paragraphId: planParagraph, votes: [] }, office(), deps()),
      () =>
        chooseAdjusters(
          {
            associationId: gotland,
            meetingId: september,
            personIds: [person['ordforande@finsamgotland.se']!, person['vice@finsamgotland.se']!],
          },
          office(),
          deps(),
        ),
      () => approveMinutes({ associationId: gotland, meetingId: september }, as('vice@finsamgotland.se'), deps()),
    ];
    for (const refusal of refusals) {
      const attempt = refusal();
      await expect(attempt).rejects.toThrow(LockedError);
      await expect(attempt).rejects.toThrow(
        'Protokollet är justerat och låst. Rättelser görs som en ny paragraf vid ett senare sammanträde.',
      );
    }
  });

  it('refuses direct SQL changes to locked minutes (database triggers)', async () => {
    const locked = /Protokollet är justerat och låst/;
    await expect(
      db.$executeRaw`UPDATE "MinutesParagraph" SET discussion = 'ändrad' WHERE "meetingId" = ${september}`,
    ).rejects.toThrow(locked);
    await expect(db.$executeRaw`DELETE FROM "MinutesParagraph" WHERE "meetingId" = ${september}`).rejects.toThrow(
      locked,
    );
    await expect(
      db.$executeRaw`UPDATE "Decision" SET text = 'ändrad' WHERE "meetingId" = ${september}`,
    ).rejects.toThrow(locked);
    await expect(
      db.$executeRaw`UPDATE "Vote" SET choice = 'AGAINST' WHERE "paragraphId" = ${planParagraph}`,
    ).rejects.toThrow(locked);
    await expect(db.$executeRaw`DELETE FROM "Adjuster" WHERE "meetingId" = ${september}`).rejects.toThrow(locked);
    await expect(db.$executeRaw`UPDATE "Meeting" SET "minutesLockedAt" = NULL WHERE id = ${september}`).rejects.toThrow(
      locked,
    );
    await expect(db.$executeRaw`DELETE FROM "Meeting" WHERE id = ${september}`).rejects.toThrow(locked);
    await expect(
      db.minutesParagraph.create({
        data: { meetingId: september, associationId: gotland, year: 2026, number: 999, title: 'Smugglad' },
      }),
    ).rejects.toThrow(locked);
    expect((await db.minutesParagraph.findUniqueOrThrow({ where: { id: planParagraph } })).discussion).toBe(
      'Förbundschefen föredrog planen. Styrelsen diskuterade budgeten.',
    );
    // The seeded February minutes, locked when the demo was made, are just as closed.
    await expect(
      db.$executeRaw`UPDATE "MinutesParagraph" SET title = 'ändrad' WHERE "associationId" = ${gotland} AND year = 2026 AND number = 1`,
    ).rejects.toThrow(locked);
  });

  it('makes the PDF of the locked minutes: attendance with who served for whom, the §, the vote, the adjusters', async () => {
    const file = await buildMinutesPdf({ associationId: gotland, meetingId: september }, office(), deps());
    expect(file?.contentType).toBe('application/pdf');
    expect(Buffer.from(file!.body.subarray(0, 5)).toString()).toBe('%PDF-');
    const minutes = (await getMinutes(gotland, september, { db }))!;
    const text = pdfText(await renderMinutesPdf(minutes, { compress: false }));
    expect(text).toContain('Sofia Nyberg (för Omar Haddad)');
    expect(text).toContain('§ 16  Verksamhets- och budgetplan 2027');
    expect(text).toContain('Styrelsen beslutar att anta verksamhets- och budgetplan 2027.');
    expect(text).toContain('Omröstning: 2 för, 1 emot, 0 avstår.');
    expect(text).toContain('Reservation, Karin Bergqvist: Jag reserverar mig');
    expect(text).toContain('Sofia Nyberg, justerat 2026-09-15 kl. 15:30');
    expect(text).toContain('Justerat 2026-09-15 kl. 15:30.');
  });

  it('corrects a locked paragraph with a new paragraph at a later meeting', async () => {
    const correction = await addCorrectionParagraph(
      {
        associationId: gotland,
        meetingId: october,
        correctsId: planParagraph,
        decisionText: 'Rättelse: beslutet avser plan 2027 version 1.',
      },
      office(),
      deps(),
    );
    const row = await db.minutesParagraph.findUniqueOrThrow({ where: { id: correction.paragraphId } });
    expect(row).toMatchObject({
      meetingId: october,
      correctsId: planParagraph,
      title: 'Rättelse av § 16 (2026)',
      year: 2026,
      number: 17,
    });
    // Not at an earlier meeting, and an open paragraph is simply edited instead.
    const earlier = await boardMeeting('2026-08-20T09:00:00+02:00', 'quorum');
    await expect(
      addCorrectionParagraph(
        { associationId: gotland, meetingId: earlier, correctsId: planParagraph },
        office(),
        deps(),
      ),
    ).rejects.toThrow(FieldValidationError);
    await expect(
      addCorrectionParagraph(
        { associationId: gotland, meetingId: september, correctsId: planParagraph },
        office(),
        deps(),
      ),
    ).rejects.toThrow(LockedError);
  });

  it('does not let a board member of another association see or adjust these minutes', async () => {
    const outsider = as('ordforande@sjobygden.se');
    expect(await getMinutes(sjobygden, september, { db })).toBeNull();
    await expect(
      buildMinutesPdf({ associationId: gotland, meetingId: september }, outsider, deps()),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      buildMinutesPdf({ associationId: sjobygden, meetingId: september }, outsider, deps()),
    ).resolves.toBeNull();
    await expect(
      approveMinutes({ associationId: gotland, meetingId: october }, outsider, deps()),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      approveMinutes({ associationId: sjobygden, meetingId: october }, outsider, deps()),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('wrote an audit entry for every change', async () => {
    const entries = await db.auditLog.findMany({
      where: { associationId: gotland, action: { startsWith: 'minutes.' } },
      select: { action: true },
    });
    const count = (action: string) => entries.filter((entry) => entry.action === action).length;
    expect(count('minutes.paragraphAdded')).toBe(11);
    expect(count('minutes.paragraphUpdated')).toBe(1);
    expect(count('minutes.decisionRecorded')).toBe(1);
    expect(count('minutes.votesRecorded')).toBe(1);
    expect(count('minutes.adjustersChosen')).toBe(1);
    expect(count('minutes.approved')).toBe(2);
    expect(count('minutes.locked')).toBe(1);
    expect(count('minutes.correctionAdded')).toBe(1);
    const others = await db.auditLog.findMany({
      where: { associationId: gotland, action: { in: ['matter.decided', 'plan.adopted'] } },
      select: { action: true },
    });
    expect(others.map((entry) => entry.action).sort()).toEqual(['matter.decided', 'plan.adopted']);
  });
});
