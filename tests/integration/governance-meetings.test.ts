import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { markMatterPrepared } from '@/server/matter/mark-matter-prepared';
import { raiseMatter } from '@/server/matter/raise-matter';
import { startMatterPreparation } from '@/server/matter/start-matter-preparation';
import { addAgendaAttachment } from '@/server/meeting/add-agenda-attachment';
import { addAgendaItem } from '@/server/meeting/add-agenda-item';
import { createMeeting } from '@/server/meeting/create-meeting';
import { getMeeting } from '@/server/meeting/get-meeting';
import { listMyNotices } from '@/server/meeting/page-readers/list-my-notices';
import { loadQuorum } from '@/server/meeting/load-quorum';
import { markNoticeRead } from '@/server/meeting/mark-notice-read';
import { moveAgendaItem } from '@/server/meeting/move-agenda-item';
import { putMatterOnAgenda } from '@/server/meeting/put-matter-on-agenda';
import { recordAttendance } from '@/server/meeting/record-attendance';
import { removeAgendaItem } from '@/server/meeting/remove-agenda-item';
import { sendNotice } from '@/server/meeting/send-notice';
import { updateMeeting } from '@/server/meeting/update-meeting';
import { ConflictError, FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { seededDemoDatabase, type DemoIds } from '../support/demo-ids';
import type { TestDatabase } from '../support/test-database';
import { refusal } from '../support/refusal';

let database: TestDatabase;
const deps = () => ({ db: database.prisma, now: new Date('2026-11-20T12:00:00Z') });
let ids: DemoIds;
const director = () => ({ personId: ids.director });

async function version(meetingId: string) {
  return (await database.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).version;
}
async function agendaTitles(meetingId: string) {
  return (await database.prisma.agendaItem.findMany({ where: { meetingId }, orderBy: { order: 'asc' } })).map(
    (i) => i.title,
  );
}
async function preparedMatter(title: string) {
  const { matterId } = await raiseMatter({ associationId: ids.gotland, kind: 'GENERAL', title }, director(), deps());
  await startMatterPreparation({ associationId: ids.gotland, matterId, version: 1 }, director(), deps());
  await markMatterPrepared({ associationId: ids.gotland, matterId, version: 2 }, director(), deps());
  return matterId;
}
async function seatOf(person: string) {
  return database.prisma.boardSeat.findFirstOrThrow({ where: { associationId: ids.gotland, personId: person } });
}

beforeAll(async () => {
  ({ database, ids } = await seededDemoDatabase());
});
afterAll(() => database?.drop());

describe('meetings', () => {
  it('the seed gives both upcoming board meetings a standard agenda', async () => {
    for (const associationId of [ids.gotland, ids.sjobygden]) {
      const meeting = await database.prisma.meeting.findFirstOrThrow({
        where: { associationId, status: 'PLANNED', body: 'BOARD' },
      });
      expect((await agendaTitles(meeting.id)).slice(0, 4)).toEqual([
        'Mötets öppnande',
        'Val av justerare',
        'Godkännande av dagordning',
        'Ekonomisk uppföljning',
      ]);
    }
  });

  it('creates a meeting with the standard agenda, edits the agenda, puts a matter on it and sends the notice', async () => {
    const { meetingId } = await createMeeting(
      {
        associationId: ids.gotland,
        body: 'BOARD',
        title: 'Extra styrelsemöte',
        startsAt: '2026-12-18T13:00',
        location: 'Teams',
      },
      director(),
      deps(),
    );
    const meeting = await database.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(meeting.startsAt.toISOString()).toBe('2026-12-18T12:00:00.000Z');
    expect(await agendaTitles(meetingId)).toEqual([
      'Mötets öppnande',
      'Val av justerare',
      'Godkännande av dagordning',
      'Ekonomisk uppföljning',
      'Ärenden',
      'Övriga frågor',
      'Mötets avslutande',
    ]);

    let v = (
      await updateMeeting(
        {
          associationId: ids.gotland,
          meetingId,
          version: 1,
          title: 'Extra styrelsemöte',
          startsAt: '2026-12-18T14:00',
          location: 'Visby',
        },
        director(),
        deps(),
      )
    ).version;
    const first = await preparedMatter('Ärende ett');
    const second = await preparedMatter('Ärende två');
    v = (
      await putMatterOnAgenda(
        { associationId: ids.gotland, meetingId, version: v, matterId: first, matterVersion: 3 },
        director(),
        deps(),
      )
    ).version;
    const put = await putMatterOnAgenda(
      { associationId: ids.gotland, meetingId, version: v, matterId: second, matterVersion: 3 },
      director(),
      deps(),
    );
    v = put.version;
    expect(await agendaTitles(meetingId)).toEqual([
      'Mötets öppnande',
      'Val av justerare',
      'Godkännande av dagordning',
      'Ekonomisk uppföljning',
      'Ärende ett',
      'Ärende två',
      'Övriga frågor',
      'Mötets avslutande',
    ]);
    expect((await database.prisma.matter.findUniqueOrThrow({ where: { id: first } })).status).toBe('ON_AGENDA');
    // A matter on an agenda cannot go on another.
    expect(
      await refusal(
        putMatterOnAgenda(
          { associationId: ids.gotland, meetingId, version: v, matterId: first, matterVersion: 4 },
          director(),
          deps(),
        ),
      ),
    ).toBeInstanceOf(ConflictError);

    const added = await addAgendaItem(
      { associationId: ids.gotland, meetingId, version: v, title: 'Information från förbundschefen' },
      director(),
      deps(),
    );
    v = added.version;
    v = (
      await moveAgendaItem(
        { associationId: ids.gotland, meetingId, version: v, agendaItemId: added.agendaItemId, direction: 'up' },
        director(),
        deps(),
      )
    ).version;
    expect((await agendaTitles(meetingId)).slice(4, 8)).toEqual([
      'Ärende ett',
      'Information från förbundschefen',
      'Ärende två',
      'Övriga frågor',
    ]);
    v = (
      await removeAgendaItem(
        { associationId: ids.gotland, meetingId, version: v, agendaItemId: put.agendaItemId },
        director(),
        deps(),
      )
    ).version;
    expect((await database.prisma.matter.findUniqueOrThrow({ where: { id: second } })).status).toBe('PREPARED');
    await addAgendaAttachment(
      {
        associationId: ids.gotland,
        meetingId,
        agendaItemId: added.agendaItemId,
        file: { fileName: 'info.pdf', bytes: new TextEncoder().encode('%PDF-1.7') },
      },
      director(),
      deps(),
    );

    const sent = await sendNotice({ associationId: ids.gotland, meetingId, version: v }, director(), deps());
    // 4 ordinary + 4 deputies + the co-opted director.
    expect(sent.recipients).toBe(9);
    expect((await database.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).status).toBe('NOTICE_SENT');
    const notices = await listMyNotices(ids.deputy1, ids.gotland, { db: database.prisma });
    expect(notices.some((n) => n.meeting?.id === meetingId)).toBe(true);
    expect(notices[0]!.text).toContain('Extra styrelsemöte');
    expect(await listMyNotices(ids.preparer, ids.gotland, { db: database.prisma })).toEqual([]);
    // Someone else's notice is not found for them, and stays unread.
    await expect(
      markNoticeRead({ associationId: ids.gotland, noticeId: notices[0]!.id }, { personId: ids.preparer }, deps()),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await markNoticeRead({ associationId: ids.gotland, noticeId: notices[0]!.id }, { personId: ids.deputy1 }, deps());
    expect((await listMyNotices(ids.deputy1, ids.gotland, { db: database.prisma })).length).toBe(notices.length - 1);

    const actions = (
      await database.prisma.auditLog.findMany({
        where: { associationId: ids.gotland, action: { startsWith: 'meeting.' } },
        orderBy: { id: 'asc' },
      })
    ).map((a) => a.action);
    expect(actions).toEqual([
      'meeting.created',
      'meeting.updated',
      'meeting.agendaItemAdded',
      'meeting.agendaItemMoved',
      'meeting.agendaItemRemoved',
      'meeting.attachmentAdded',
      'meeting.noticeSent',
      'meeting.noticeRead',
    ]);
  });

  it('attendance with one deputy serving gives quorum; the deputy order and stale versions are enforced', async () => {
    const { meetingId } = await createMeeting(
      { associationId: ids.gotland, body: 'BOARD', title: 'Närvaroprov', startsAt: '2026-12-20T09:00' },
      director(),
      deps(),
    );
    const elinSeat = await seatOf(ids.elin);
    const memberSeat = await seatOf(ids.member);
    // Chair and vice present, two ordinary absent, deputy 1 serving for Elin: 3 of 4 → quorum.
    const rows = [
      { personId: ids.chair, present: true },
      { personId: ids.vice, present: true },
      { personId: ids.member, present: false },
      { personId: ids.elin, present: false },
      { personId: ids.deputy1, present: true, servingForSeatId: elinSeat.id },
      { personId: ids.director, present: true },
    ];
    const recorded = await recordAttendance(
      { associationId: ids.gotland, meetingId, version: 1, rows },
      director(),
      deps(),
    );
    expect(recorded.quorum).toMatchObject({ ordinarySeats: 4, votingPresent: 3, required: 3, hasQuorum: true });
    expect(recorded.quorum.voterPersonIds.sort()).toEqual([ids.chair, ids.vice, ids.deputy1].sort());
    expect(await loadQuorum(database.prisma, meetingId)).toEqual(recorded.quorum);
    const directorRow = await database.prisma.attendance.findFirstOrThrow({
      where: { meetingId, personId: ids.director },
    });
    expect(directorRow.coOpted).toBe(true);

    // Stale: someone recorded before us.
    expect(
      await refusal(recordAttendance({ associationId: ids.gotland, meetingId, version: 1, rows }, director(), deps())),
    ).toBeInstanceOf(StaleVersionError);

    // Deputy 2 serving while deputy 1 is present and idle: out of order, refused, nothing changes.
    const outOfOrder = await refusal(
      recordAttendance(
        {
          associationId: ids.gotland,
          meetingId,
          version: 2,
          rows: [
            ...rows.filter((r) => r.personId !== ids.deputy1),
            { personId: ids.deputy1, present: true },
            { personId: ids.deputy2, present: true, servingForSeatId: memberSeat.id },
          ],
        },
        director(),
        deps(),
      ),
    );
    expect(outOfOrder).toBeInstanceOf(FieldValidationError);
    expect((outOfOrder as FieldValidationError).fieldErrors[`rows.${ids.deputy2}`]).toMatch(/turordning/);
    expect(await version(meetingId)).toBe(2);

    // Without the deputy: 2 of 4, no quorum.
    const without = await recordAttendance(
      { associationId: ids.gotland, meetingId, version: 2, rows: rows.filter((r) => r.personId !== ids.deputy1) },
      director(),
      deps(),
    );
    expect(without.quorum).toMatchObject({ votingPresent: 2, hasQuorum: false });
    const audit = await database.prisma.auditLog.findFirstOrThrow({
      where: { entityId: meetingId, action: 'meeting.attendanceRecorded' },
      orderBy: { id: 'desc' },
    });
    expect((audit.data as { after: { quorum: unknown } }).after.quorum).toEqual({
      votingPresent: 2,
      required: 3,
      hasQuorum: false,
    });
  });

  it('PERSONAL deputies serve only for their own member', async () => {
    await database.prisma.associationSettings.update({
      where: { associationId: ids.gotland },
      data: { deputyMode: 'PERSONAL' },
    });
    try {
      const elinSeat = await seatOf(ids.elin);
      const deputySeat = await seatOf(ids.deputy1);
      const { meetingId } = await createMeeting(
        { associationId: ids.gotland, body: 'BOARD', title: 'Personliga ersättare', startsAt: '2026-12-21T09:00' },
        director(),
        deps(),
      );
      const rows = [
        { personId: ids.chair, present: true },
        { personId: ids.vice, present: true },
        { personId: ids.deputy1, present: true, servingForSeatId: elinSeat.id },
      ];
      expect(
        await refusal(
          recordAttendance({ associationId: ids.gotland, meetingId, version: 1, rows }, director(), deps()),
        ),
      ).toBeInstanceOf(FieldValidationError);
      await database.prisma.boardSeat.update({
        where: { id: deputySeat.id },
        data: { personalDeputyForId: elinSeat.id },
      });
      const ok = await recordAttendance(
        { associationId: ids.gotland, meetingId, version: 1, rows },
        director(),
        deps(),
      );
      expect(ok.quorum.hasQuorum).toBe(true);
    } finally {
      await database.prisma.associationSettings.update({
        where: { associationId: ids.gotland },
        data: { deputyMode: 'ORDERED' },
      });
    }
  });

  it('a preparation group meeting is called to the preparation group and counts its members', async () => {
    const { meetingId } = await createMeeting(
      { associationId: ids.gotland, body: 'PREPARATION_GROUP', title: 'Beredningsgrupp', startsAt: '2026-12-01T10:00' },
      director(),
      deps(),
    );
    expect(
      (await sendNotice({ associationId: ids.gotland, meetingId, version: 1 }, director(), deps())).recipients,
    ).toBe(1);
    const recorded = await recordAttendance(
      {
        associationId: ids.gotland,
        meetingId,
        version: 2,
        rows: [
          { personId: ids.preparer, present: true },
          { personId: ids.director, present: true },
        ],
      },
      director(),
      deps(),
    );
    expect(recorded.quorum).toMatchObject({ ordinarySeats: 1, votingPresent: 1, hasQuorum: true });
  });

  it('a board member of another association can neither see nor change the meetings; an auditor only reads', async () => {
    const meeting = await database.prisma.meeting.findFirstOrThrow({
      where: { associationId: ids.gotland, status: 'PLANNED', body: 'BOARD' },
    });
    const outsider = { personId: ids.otherBoardMember };
    for (const attempt of [
      () => getMeeting(ids.gotland, meeting.id, outsider, deps()),
      () =>
        createMeeting(
          { associationId: ids.gotland, body: 'BOARD', title: 'x', startsAt: '2026-12-30T10:00' },
          outsider,
          deps(),
        ),
      () =>
        sendNotice({ associationId: ids.gotland, meetingId: meeting.id, version: meeting.version }, outsider, deps()),
      () =>
        recordAttendance(
          { associationId: ids.gotland, meetingId: meeting.id, version: meeting.version, rows: [] },
          outsider,
          deps(),
        ),
    ]) {
      const error = await refusal(attempt());
      expect(error).toBeInstanceOf(AuthorizationError);
      expect((error as AuthorizationError).code).toBe('NOT_FOUND');
    }
    expect(await getMeeting(ids.sjobygden, meeting.id, director(), deps())).toBeNull();
    // Another association's meeting is missing there, as any foreign row: NOT_FOUND, never CONFLICT.
    for (const attempt of [
      () =>
        sendNotice(
          { associationId: ids.sjobygden, meetingId: meeting.id, version: meeting.version },
          director(),
          deps(),
        ),
      () =>
        updateMeeting(
          {
            associationId: ids.sjobygden,
            meetingId: meeting.id,
            version: meeting.version,
            title: 'x',
            startsAt: '2026-12-30T10:00',
          },
          director(),
          deps(),
        ),
      () =>
        addAgendaItem(
          { associationId: ids.sjobygden, meetingId: meeting.id, version: meeting.version, title: 'x' },
          director(),
          deps(),
        ),
    ]) {
      expect(await refusal(attempt())).toMatchObject({ code: 'NOT_FOUND', userMessage: 'Sammanträdet finns inte.' });
    }
    expect(
      await refusal(
        addAgendaItem(
          { associationId: ids.gotland, meetingId: meeting.id, version: meeting.version, title: 'x' },
          { personId: ids.auditor },
          deps(),
        ),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect((await getMeeting(ids.gotland, meeting.id, { personId: ids.auditor }, deps()))?.meeting.id).toBe(meeting.id);
    expect(await database.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toEqual(meeting);
  });

  it('the agenda of a meeting with locked minutes cannot change', async () => {
    const held = await database.prisma.meeting.findFirstOrThrow({
      where: { associationId: ids.gotland, status: 'MINUTES_LOCKED' },
    });
    const error = await refusal(
      addAgendaItem(
        { associationId: ids.gotland, meetingId: held.id, version: held.version, title: 'Sent påkommet' },
        director(),
        deps(),
      ),
    );
    expect((error as Error).name).toBe('LockedError');
  });
});
