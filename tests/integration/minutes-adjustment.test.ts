/**
 * Issue 16, minutes (ADR 033): draft → ready → adjusted and locked; only adjusters who attended
 * approve, with their password, the content hash they saw; an edit after an approval voids it;
 * "Begär ändring"; paragraphs in agenda order; locked attendance, meeting row and agenda refused
 * by the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { recordAttendance } from '@/server/meeting/record-attendance';
import { addParagraph } from '@/server/minutes/add-paragraph';
import { approveMinutes } from '@/server/minutes/approve-minutes';
import { chooseAdjusters } from '@/server/minutes/choose-adjusters';
import { markMinutesReady } from '@/server/minutes/mark-minutes-ready';
import { currentMinutesHash } from '@/server/minutes-adjustment/minutes-content';
import { moveParagraph } from '@/server/minutes/move-paragraph';
import { requestMinutesChange } from '@/server/minutes/request-minutes-change';
import { setMinutesOfficers } from '@/server/minutes/set-minutes-officers';
import { updateParagraph } from '@/server/minutes/update-paragraph';
import { getMinutes } from '@/server/minutes/page-readers/get-minutes';
import { renderMinutesPdf } from '@/server/minutes/render-minutes-pdf';
import { DEMO_PASSWORD } from '@/server/seed/demo-logins';
import { seededDemoDatabase, type DemoIds } from '../support/demo-ids';
import type { TestDatabase } from '../support/test-database';
import { pdfText } from '../support/pdf-text';

let database: TestDatabase;
let db: PrismaClient;
let ids: DemoIds;
// The meeting is on Thursday 10 December 2026 at 09:00; "now" is set per call.
const meetingStart = new Date('2026-12-10T09:00:00+01:00');
const after = new Date('2026-12-11T10:00:00+01:00');
const as = (personId: string) => ({ personId });

beforeAll(async () => {
  ({ database, ids } = await seededDemoDatabase());
  db = database.prisma;
});
afterAll(() => database?.drop());

/** A board meeting with the standard agenda; the chair, the vice chair and Sofia (for the absent member) present. */
async function meeting(startsAt = meetingStart) {
  const created = await db.meeting.create({
    data: { associationId: ids.gotland, body: 'BOARD', title: 'Styrelsemöte', startsAt, location: 'Visby' },
  });
  const kinds = ['OPENING', 'ADJUSTERS', 'AGENDA_APPROVAL', 'ECONOMIC_FOLLOW_UP', 'MATTER', 'CLOSING'] as const;
  const titles = ['Mötets öppnande', 'Val av justerare', 'Dagordning', 'Ekonomi', 'Planen', 'Mötets avslutande'];
  await db.agendaItem.createMany({
    data: kinds.map((kind, order) => ({ meetingId: created.id, order, kind, title: titles[order]! })),
  });
  const memberSeat = await db.boardSeat.findFirstOrThrow({
    where: { associationId: ids.gotland, personId: ids.member },
  });
  await db.attendance.createMany({
    data: [
      { meetingId: created.id, personId: ids.chair, status: 'PRESENT' },
      { meetingId: created.id, personId: ids.vice, status: 'PRESENT' },
      { meetingId: created.id, personId: ids.member, status: 'ABSENT' },
      { meetingId: created.id, personId: ids.elin, status: 'PRESENT' },
      { meetingId: created.id, personId: ids.deputy1, status: 'PRESENT', servingForId: memberSeat.id },
    ],
  });
  return created.id;
}

const agendaItem = async (meetingId: string, order: number) =>
  (await db.agendaItem.findFirstOrThrow({ where: { meetingId, order } })).id;

async function writtenMinutes(startsAt = meetingStart) {
  const meetingId = await meeting(startsAt);
  for (const order of [0, 4])
    await addParagraph(
      { associationId: ids.gotland, meetingId, agendaItemId: await agendaItem(meetingId, order) },
      as(ids.admin),
      { db, now: after },
    );
  await chooseAdjusters({ associationId: ids.gotland, meetingId, personIds: [ids.vice, ids.deputy1] }, as(ids.admin), {
    db,
    now: after,
  });
  return meetingId;
}

const approve = async (
  meetingId: string,
  personId: string,
  options: { password?: string; hash?: string; now?: Date } = {},
) =>
  approveMinutes(
    {
      associationId: ids.gotland,
      meetingId,
      contentHash: options.hash ?? (await currentMinutesHash(db, meetingId)),
      password: options.password ?? DEMO_PASSWORD,
    },
    as(personId),
    { db, now: options.now ?? after },
  );

describe('marking the minutes ready for adjustment', () => {
  it('is refused before the meeting day, with the Swedish reason; allowed on the day', async () => {
    const meetingId = await writtenMinutes();
    const ready = (now: Date) =>
      markMinutesReady({ associationId: ids.gotland, meetingId }, as(ids.admin), { db, now });
    await expect(ready(new Date('2026-12-02T18:00:00+01:00'))).rejects.toThrow(
      'Sammanträdet har inte ägt rum ännu. Protokollet kan markeras klart för justering tidigast på sammanträdesdagen.',
    );
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutesState).toBe('DRAFT');
    await ready(new Date('2026-12-10T07:30:00+01:00'));
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutesState).toBe('READY');
    await expect(ready(after)).rejects.toThrow('Protokollet är redan markerat klart för justering.');
  });

  it('is the recorded secretary’s act: the office is refused once another secretary is recorded', async () => {
    const meetingId = await writtenMinutes();
    await setMinutesOfficers(
      { associationId: ids.gotland, meetingId, chairId: ids.chair, secretaryId: ids.director },
      as(ids.admin),
      { db, now: after },
    );
    await expect(
      markMinutesReady({ associationId: ids.gotland, meetingId }, as(ids.admin), { db, now: after }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      userMessage: 'Bara mötets sekreterare kan markera protokollet klart för justering.',
    });
    await markMinutesReady({ associationId: ids.gotland, meetingId }, as(ids.director), { db, now: after });
  });

  it('records a chair only among those present', async () => {
    const meetingId = await writtenMinutes();
    await expect(
      setMinutesOfficers(
        { associationId: ids.gotland, meetingId, chairId: ids.member, secretaryId: null },
        as(ids.admin),
        { db, now: after },
      ),
    ).rejects.toMatchObject({ fieldErrors: { chairId: 'Ordföranden ska vara närvarande vid sammanträdet.' } });
  });
});

describe('approving', () => {
  it('is refused before the minutes are ready, with its own reason', async () => {
    const meetingId = await writtenMinutes();
    await expect(approve(meetingId, ids.vice)).rejects.toThrow(
      'Protokollet är inte klart för justering ännu; sekreteraren markerar det klart när det är skrivet.',
    );
  });

  it('is refused for an adjuster recorded as absent', async () => {
    const meetingId = await writtenMinutes();
    await markMinutesReady({ associationId: ids.gotland, meetingId }, as(ids.admin), { db, now: after });
    // The attendance is corrected: the vice chair was not there after all.
    const meetingRow = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const memberSeat = await db.boardSeat.findFirstOrThrow({
      where: { associationId: ids.gotland, personId: ids.member },
    });
    await recordAttendance(
      {
        associationId: ids.gotland,
        meetingId,
        version: meetingRow.version,
        rows: [
          { personId: ids.chair, present: true },
          { personId: ids.vice, present: false },
          { personId: ids.member, present: false },
          { personId: ids.elin, present: true },
          { personId: ids.deputy1, present: true, servingForSeatId: memberSeat.id },
        ],
      },
      as(ids.admin),
      { db, now: after },
    );
    await expect(approve(meetingId, ids.vice)).rejects.toThrow(
      'Du var inte närvarande vid sammanträdet och kan därför inte justera protokollet.',
    );
  });

  it('is refused with a wrong password, audited as a failure; nothing is approved', async () => {
    const meetingId = await writtenMinutes();
    await markMinutesReady({ associationId: ids.gotland, meetingId }, as(ids.admin), { db, now: after });
    await expect(approve(meetingId, ids.vice, { password: 'gissning' })).rejects.toThrow(
      'Fel lösenord. Justeringen är inte gjord.',
    );
    expect(await db.adjuster.count({ where: { meetingId, approvedAt: { not: null } } })).toBe(0);
    expect(
      await db.auditLog.count({
        where: { action: 'minutes.reauthenticationFailed', entityId: meetingId, personId: ids.vice },
      }),
    ).toBe(1);
  });

  it('is refused when the content changed since the adjuster saw it', async () => {
    const meetingId = await writtenMinutes();
    await markMinutesReady({ associationId: ids.gotland, meetingId }, as(ids.admin), { db, now: after });
    const seen = await currentMinutesHash(db, meetingId);
    const paragraph = await db.minutesParagraph.findFirstOrThrow({ where: { meetingId }, orderBy: { number: 'desc' } });
    await updateParagraph(
      {
        associationId: ids.gotland,
        paragraphId: paragraph.id,
        version: paragraph.version,
        title: paragraph.title,
        decisionText: 'Styrelsen antar planen.',
      },
      as(ids.admin),
      { db, now: after },
    );
    await expect(approve(meetingId, ids.vice, { hash: seen })).rejects.toThrow(
      'Protokollet har ändrats sedan du öppnade det. Läs det igen och justera den aktuella versionen.',
    );
  });

  it('binds each approval to the hash; an edit after the first voids it, notifies both; both approve again, then locked', async () => {
    const meetingId = await writtenMinutes();
    await setMinutesOfficers(
      { associationId: ids.gotland, meetingId, chairId: ids.chair, secretaryId: ids.admin },
      as(ids.admin),
      { db, now: after },
    );
    await markMinutesReady({ associationId: ids.gotland, meetingId }, as(ids.admin), { db, now: after });
    const first = await approve(meetingId, ids.vice, { now: new Date('2026-12-11T11:00:00+01:00') });
    expect(first.locked).toBe(false);
    expect((await db.adjuster.findFirstOrThrow({ where: { meetingId, personId: ids.vice } })).contentHash).toBe(
      first.contentHash,
    );

    // The office adds a paragraph after the first approval: the approval is void, the adjusters told.
    await addParagraph(
      { associationId: ids.gotland, meetingId, title: 'Övriga frågor', decisionText: 'Inga beslut.' },
      as(ids.admin),
      { db, now: after },
    );
    expect(await db.adjuster.count({ where: { meetingId, approvedAt: { not: null } } })).toBe(0);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutesState).toBe('READY');
    const notices = await db.notice.findMany({ where: { meetingId }, select: { personId: true, text: true } });
    expect(notices.map((n) => n.personId).sort()).toEqual([ids.vice, ids.deputy1].sort());
    expect(notices[0]!.text).toContain('De tidigare justeringarna gäller inte längre');

    // The old hash no longer approves; both approve the new content.
    await expect(approve(meetingId, ids.vice, { hash: first.contentHash })).rejects.toThrow(/har ändrats/);
    expect((await approve(meetingId, ids.vice, { now: new Date('2026-12-11T13:00:00+01:00') })).locked).toBe(false);
    const last = await approve(meetingId, ids.deputy1, { now: new Date('2026-12-12T09:15:00+01:00') });
    expect(last.locked).toBe(true);
    const locked = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(locked).toMatchObject({ minutesState: 'LOCKED', status: 'MINUTES_LOCKED' });

    // The PDF names the chair and secretary and signs off with each adjuster's time and the hash.
    const text = pdfText(
      await renderMinutesPdf((await getMinutes(ids.gotland, meetingId, { db }))!, { compress: false }),
    );
    expect(text).toContain('Ordförande: Lars Hedin');
    expect(text).toContain('Sekreterare: ');
    expect(text).toContain('Underskrifter');
    expect(text).toContain('justerat 2026-12-12 kl. 09:15');
    expect(text).toContain(`Protokollets innehåll (SHA-256): ${last.contentHash}`);
    // Absent ordinary member listed as absent; no deputy listed as absent.
    expect(text).toMatch(/Frånvarande/);
  });
});

describe('asking for a change', () => {
  it('needs a real comment; is stored, shown and audited', async () => {
    const meetingId = await writtenMinutes();
    await markMinutesReady({ associationId: ids.gotland, meetingId }, as(ids.admin), { db, now: after });
    await expect(
      requestMinutesChange({ associationId: ids.gotland, meetingId, comment: 'x' }, as(ids.vice), { db, now: after }),
    ).rejects.toMatchObject({ fieldErrors: { comment: 'Beskriv vilken ändring du begär (minst 10 tecken).' } });
    await expect(
      requestMinutesChange(
        { associationId: ids.gotland, meetingId, comment: 'Rätta beloppet i § om planen.' },
        as(ids.chair),
        {
          db,
          now: after,
        },
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', userMessage: 'Bara de valda justerarna kan justera protokollet.' });
    await requestMinutesChange(
      { associationId: ids.gotland, meetingId, comment: 'Rätta beloppet i § om planen.' },
      as(ids.vice),
      { db, now: after },
    );
    const minutes = (await getMinutes(ids.gotland, meetingId, { db }))!;
    expect(minutes.changeRequests).toMatchObject([{ comment: 'Rätta beloppet i § om planen.' }]);
  });
});

describe('paragraphs in agenda order', () => {
  it('numbers by the agenda whatever the typing order, reorders in a draft, refuses after ready', async () => {
    const meetingId = await meeting();
    const add = async (order: number) =>
      addParagraph(
        { associationId: ids.gotland, meetingId, agendaItemId: await agendaItem(meetingId, order) },
        as(ids.admin),
        { db, now: after },
      );
    const plan = await add(4);
    const opening = await add(0);
    const closing = await add(5);
    const numbers = async () =>
      (await db.minutesParagraph.findMany({ where: { meetingId }, orderBy: { number: 'asc' } })).map((p) => p.title);
    expect(await numbers()).toEqual(['Mötets öppnande', 'Planen', 'Mötets avslutande']);
    expect(opening.number).toBeLessThan(closing.number);
    expect(plan.number).toBeGreaterThan(0);

    await moveParagraph(
      { associationId: ids.gotland, paragraphId: closing.paragraphId, direction: 'up' },
      as(ids.admin),
      {
        db,
        now: after,
      },
    );
    expect(await numbers()).toEqual(['Mötets öppnande', 'Mötets avslutande', 'Planen']);

    await markMinutesReady({ associationId: ids.gotland, meetingId }, as(ids.admin), { db, now: after });
    await expect(
      moveParagraph({ associationId: ids.gotland, paragraphId: closing.paragraphId, direction: 'up' }, as(ids.admin), {
        db,
        now: after,
      }),
    ).rejects.toThrow('Protokollet är klart för justering; paragrafernas ordning kan inte ändras.');
  });
});

describe('locked means locked in the database', () => {
  it('refuses direct SQL on the attendance, the meeting row and the agenda of locked minutes', async () => {
    const meetingId = await writtenMinutes();
    await markMinutesReady({ associationId: ids.gotland, meetingId }, as(ids.admin), { db, now: after });
    await approve(meetingId, ids.vice);
    await approve(meetingId, ids.deputy1);
    const locked = /Protokollet är justerat och låst/;

    await expect(
      db.$executeRaw`UPDATE "Attendance" SET status = 'ABSENT' WHERE "meetingId" = ${meetingId}`,
    ).rejects.toThrow(/Protokollet är justerat och låst: Attendance kan inte ändras/);
    await expect(db.$executeRaw`DELETE FROM "Attendance" WHERE "meetingId" = ${meetingId}`).rejects.toThrow(locked);
    await expect(
      db.$executeRaw`INSERT INTO "Attendance" (id, "meetingId", "personId", status) VALUES ('smuggled', ${meetingId}, ${ids.member}, 'PRESENT')`,
    ).rejects.toThrow(locked);
    for (const change of [
      db.$executeRaw`UPDATE "Meeting" SET title = 'Ändrat' WHERE id = ${meetingId}`,
      db.$executeRaw`UPDATE "Meeting" SET "startsAt" = "startsAt" + interval '1 day' WHERE id = ${meetingId}`,
      db.$executeRaw`UPDATE "Meeting" SET body = 'WORKING_COMMITTEE' WHERE id = ${meetingId}`,
      db.$executeRaw`UPDATE "Meeting" SET "chairId" = ${ids.chair} WHERE id = ${meetingId}`,
      db.$executeRaw`UPDATE "Meeting" SET "minutesState" = 'DRAFT' WHERE id = ${meetingId}`,
    ])
      await expect(change).rejects.toThrow(/Protokollet är justerat och låst: sammanträdet kan inte ändras/);
    await expect(
      db.$executeRaw`UPDATE "AgendaItem" SET title = 'Ändrat' WHERE "meetingId" = ${meetingId}`,
    ).rejects.toThrow(/Protokollet är justerat och låst: AgendaItem kan inte ändras/);
    await expect(db.$executeRaw`DELETE FROM "AgendaItem" WHERE "meetingId" = ${meetingId}`).rejects.toThrow(locked);
    await expect(
      db.$executeRaw`INSERT INTO "AgendaItem" (id, "meetingId", "order", kind, title) VALUES ('smuggled', ${meetingId}, 9, 'OTHER', 'Smugglad')`,
    ).rejects.toThrow(locked);

    // The seeded February minutes, locked when the demo was made, are just as closed.
    const february = await db.meeting.findFirstOrThrow({
      where: { associationId: ids.gotland, status: 'MINUTES_LOCKED', startsAt: { lt: new Date('2026-03-01') } },
    });
    await expect(
      db.$executeRaw`UPDATE "Attendance" SET status = 'ABSENT' WHERE "meetingId" = ${february.id}`,
    ).rejects.toThrow(locked);
    // A meeting whose minutes are open is not affected.
    const open = await meeting();
    await db.$executeRaw`UPDATE "Meeting" SET title = 'Extra styrelsemöte' WHERE id = ${open}`;
  });
});
