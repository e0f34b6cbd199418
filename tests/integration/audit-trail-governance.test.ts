/**
 * Issue 8 part 1, governance: matters, meetings, minutes and the plan workflow each write an
 * audit entry with the values before and after (the harness and the guard: audit-trail.test.ts).
 *
 * Rows run in the order written and share one seeded database. The seeded February minutes are
 * locked (database triggers), so minutes rows use a held meeting of their own; matter and meeting
 * rows set up the state they need with the use cases or `db()`, as the seed would.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { markMatterPrepared } from '@/server/matter/mark-matter-prepared';
import { addMatterAttachment } from '@/server/matter/add-matter-attachment';
import { raiseMatter } from '@/server/matter/raise-matter';
import { saveMatterPreparation } from '@/server/matter/save-matter-preparation';
import { startMatterPreparation } from '@/server/matter/start-matter-preparation';
import { updateMatter } from '@/server/matter/update-matter';
import { withdrawMatter } from '@/server/matter/withdraw-matter';
import { addAgendaAttachment } from '@/server/meeting/add-agenda-attachment';
import { addAgendaItem } from '@/server/meeting/add-agenda-item';
import { cancelMeeting } from '@/server/meeting/cancel-meeting';
import { createMeeting } from '@/server/meeting/create-meeting';
import { markNoticeRead } from '@/server/meeting/mark-notice-read';
import { moveAgendaItem } from '@/server/meeting/move-agenda-item';
import { putMatterOnAgenda } from '@/server/meeting/put-matter-on-agenda';
import { recordAttendance } from '@/server/meeting/record-attendance';
import { removeAgendaItem } from '@/server/meeting/remove-agenda-item';
import { sendNotice } from '@/server/meeting/send-notice';
import { updateMeeting } from '@/server/meeting/update-meeting';
import { addCorrectionParagraph } from '@/server/minutes/add-correction-paragraph';
import { addParagraph } from '@/server/minutes/add-paragraph';
import { approveMinutes } from '@/server/minutes/approve-minutes';
import { onMinutesLocked } from '@/server/minutes/on-minutes-locked';
import { postMinutesOnNoticeBoard, postPlanOnNoticeBoard } from '@/server/notice-board/post-on-notice-board';
import { chooseAdjusters } from '@/server/minutes/choose-adjusters';
import { markMinutesReady } from '@/server/minutes/mark-minutes-ready';
import { currentMinutesHash } from '@/server/minutes-adjustment/minutes-content';
import { moveParagraph } from '@/server/minutes/move-paragraph';
import { requestMinutesChange } from '@/server/minutes/request-minutes-change';
import { setMinutesOfficers } from '@/server/minutes/set-minutes-officers';
import { DEMO_PASSWORD } from '@/server/seed/demo-logins';
import { recordDecision } from '@/server/minutes/record-decision';
import { recordVotes } from '@/server/minutes/record-votes';
import { updateParagraph } from '@/server/minutes/update-paragraph';
import { commentPlanSection } from '@/server/plan/comment-plan-section';
import {
  recordConsultationConclusion,
  removeConsultationConclusion,
  updateConsultationConclusion,
} from '@/server/plan/consultation-conclusions';
import { adoptPlanByDecision, onPlanPutOnAgenda } from '@/server/plan/plan-workflow-hooks';
import { replyToPlanComment } from '@/server/plan/reply-to-plan-comment';
import { returnPlanToDraft } from '@/server/plan/return-plan-to-draft';
import { saveConsultationSummary } from '@/server/plan/save-consultation-summary';
import { savePlanConsideration } from '@/server/plan/save-plan-consideration';
import { sendPlanToBoard } from '@/server/plan/send-plan-to-board';
import { sendPlanToConsultation } from '@/server/plan/send-plan-to-consultation';
import { sendPlanToPreparation } from '@/server/plan/send-plan-to-preparation';
import { runAuditRows, type AuditRows, type ExpectedAuditEntry } from '../support/audit-trail-harness';
import { seededDemoDatabase, type DemoIds } from '../support/demo-ids';
import type { TestDatabase } from '../support/test-database';

let database: TestDatabase;
const db = () => database.prisma;
const now = new Date('2026-11-25T12:00:00+01:00');
const deps = () => ({ db: database.prisma, now });
let ids: DemoIds;
const pdf = (fileName: string) => ({ fileName, bytes: new TextEncoder().encode('%PDF-1.7 underlag') });
const as = (personId: string) => ({ personId });

beforeAll(async () => {
  ({ database, ids } = await seededDemoDatabase());
});
afterAll(() => database?.drop());

// ───────────── Set-up helpers ─────────────

/** A GENERAL matter raised by the director and moved on to `status` through the use cases. */
async function matterAt(title: string, status: 'RAISED' | 'IN_PREPARATION' | 'PREPARED') {
  const { matterId } = await raiseMatter(
    { associationId: ids.gotland, kind: 'GENERAL', title },
    as(ids.director),
    deps(),
  );
  if (status !== 'RAISED')
    await startMatterPreparation({ associationId: ids.gotland, matterId, version: 1 }, as(ids.preparer), deps());
  if (status === 'PREPARED')
    await markMatterPrepared({ associationId: ids.gotland, matterId, version: 2 }, as(ids.preparer), deps());
  return db().matter.findUniqueOrThrow({ where: { id: matterId } });
}

/** A planned board meeting of its own, with the standard agenda. */
async function plannedMeeting(title: string, startsAt: string) {
  const { meetingId } = await createMeeting(
    { associationId: ids.gotland, body: 'BOARD', title, startsAt },
    as(ids.admin),
    deps(),
  );
  return db().meeting.findUniqueOrThrow({ where: { id: meetingId } });
}
const agendaOf = (meetingId: string) => db().agendaItem.findMany({ where: { meetingId }, orderBy: { order: 'asc' } });

/** A held board meeting with quorum (chair, vice, Elin present; the member absent; deputy 1 serving for him), for minutes. */
async function heldMeeting(startsAt: string) {
  const meeting = await db().meeting.create({
    data: {
      associationId: ids.gotland,
      body: 'BOARD',
      title: 'Styrelsemöte',
      startsAt: new Date(startsAt),
      location: 'Visby',
      status: 'HELD',
    },
  });
  const memberSeat = await db().boardSeat.findFirstOrThrow({
    where: { associationId: ids.gotland, personId: ids.member },
  });
  await db().attendance.createMany({
    data: [
      { meetingId: meeting.id, personId: ids.chair, status: 'PRESENT' },
      { meetingId: meeting.id, personId: ids.vice, status: 'PRESENT' },
      { meetingId: meeting.id, personId: ids.member, status: 'ABSENT' },
      { meetingId: meeting.id, personId: ids.deputy1, status: 'PRESENT', servingForId: memberSeat.id },
    ],
  });
  return meeting.id;
}
const minutes: { meetingId?: string; adjustmentMeetingId?: string } = {};
/** The held November meeting whose minutes the minutes rows write (open: never approved here). */
async function minutesMeeting() {
  minutes.meetingId ??= await heldMeeting('2026-11-19T09:00:00+01:00');
  return minutes.meetingId;
}
const paragraphOf = (id: string) => db().minutesParagraph.findUniqueOrThrow({ where: { id } });

/** A held meeting with two paragraphs and two adjusters, taken from draft to locked by the adjustment rows (ADR 033). */
async function adjustmentMeeting() {
  if (minutes.adjustmentMeetingId) return minutes.adjustmentMeetingId;
  const meetingId = await heldMeeting('2026-11-05T09:00:00+01:00');
  await addParagraph({ associationId: ids.gotland, meetingId, title: 'Mötets öppnande' }, as(ids.admin), deps());
  await addParagraph({ associationId: ids.gotland, meetingId, title: 'Val av justerare' }, as(ids.admin), deps());
  await chooseAdjusters(
    { associationId: ids.gotland, meetingId, personIds: [ids.chair, ids.deputy1] },
    as(ids.admin),
    deps(),
  );
  minutes.adjustmentMeetingId = meetingId;
  return meetingId;
}
const hashOf = (meetingId: string) => currentMinutesHash(db(), meetingId);

/** The draft 2027 plan at `status`, moved along the road with the use cases when it is not there yet. */
async function draftAt(status: 'IN_PREPARATION' | 'IN_CONSULTATION') {
  const road = { DRAFT: sendPlanToPreparation, IN_PREPARATION: sendPlanToConsultation } as const;
  for (;;) {
    const plan = await db().plan.findUniqueOrThrow({ where: { id: ids.draft2027 } });
    if (plan.status === status) return plan;
    const step = road[plan.status as keyof typeof road];
    if (!step) throw new Error(`the 2027 draft is ${plan.status}`);
    await step({ associationId: ids.gotland, planId: plan.id, version: plan.version }, as(ids.director), deps());
  }
}
const planOf = (id: string) => db().plan.findUniqueOrThrow({ where: { id } });

const ROWS: AuditRows = {
  // ───────────── Matters ─────────────

  'src/server/matter/raise-matter.ts#raiseMatter': async () => {
    const raised = await raiseMatter(
      {
        associationId: ids.gotland,
        kind: 'APPLICATION',
        title: 'Ansökan: Stöd till unga vuxna',
        raisedByMemberId: '',
        requestedAmount: '250 000',
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
      },
      as(ids.admin),
      deps(),
    );
    return {
      action: 'matter.raised',
      entityType: 'Matter',
      entityId: raised.matterId,
      personId: ids.admin,
      before: 'absent',
      after: {
        diarienummer: `${raised.year}/${raised.number}`,
        kind: 'APPLICATION',
        title: 'Ansökan: Stöd till unga vuxna',
        status: 'RAISED',
        requestedAmount: '250000.00',
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
      },
    };
  },

  'src/server/matter/update-matter.ts#updateMatter': async () => {
    const matter = await matterAt('Ansökan: Arbetsträning', 'RAISED');
    await updateMatter(
      {
        associationId: ids.gotland,
        matterId: matter.id,
        version: matter.version,
        title: 'Ansökan: Arbetsträning i Visby',
        requestedAmount: '80 000',
      },
      as(ids.director),
      deps(),
    );
    return {
      action: 'matter.updated',
      entityType: 'Matter',
      entityId: matter.id,
      personId: ids.director,
      before: { title: 'Ansökan: Arbetsträning', requestedAmount: null },
      after: { title: 'Ansökan: Arbetsträning i Visby', requestedAmount: '80000.00' },
    };
  },

  // The life-cycle steps (start preparation, mark prepared, withdraw) all go through runMatterStep;
  // sending back is the board's decision (recordDecision, outcome RETURNED: ADR 036).
  'src/server/matter/matter-transitions.ts#runMatterStep': async () => {
    const matter = await matterAt('Samverkan kring IPS', 'RAISED');
    const step = { associationId: ids.gotland, matterId: matter.id };
    await startMatterPreparation({ ...step, version: 1 }, as(ids.preparer), deps());
    await markMatterPrepared({ ...step, version: 2 }, as(ids.preparer), deps());
    await withdrawMatter({ ...step, version: 3 }, as(ids.director), deps());
    const entry = (
      action: string,
      personId: string,
      before: Record<string, unknown>,
      after: Record<string, unknown>,
    ): ExpectedAuditEntry => ({ action, entityType: 'Matter', entityId: matter.id, personId, before, after });
    return [
      entry('matter.preparationStarted', ids.preparer, { status: 'RAISED' }, { status: 'IN_PREPARATION' }),
      entry('matter.prepared', ids.preparer, { status: 'IN_PREPARATION' }, { status: 'PREPARED' }),
      entry('matter.withdrawn', ids.director, { status: 'PREPARED' }, { status: 'WITHDRAWN' }),
    ];
  },

  'src/server/matter/save-matter-preparation.ts#saveMatterPreparation': async () => {
    const matter = await matterAt('Gemensam kartläggning', 'IN_PREPARATION');
    await saveMatterPreparation(
      {
        associationId: ids.gotland,
        matterId: matter.id,
        version: matter.version,
        assessment: 'Angeläget och inom ramen.',
        proposedDecision: 'Styrelsen beviljar medel.',
      },
      as(ids.preparer),
      deps(),
    );
    return {
      action: 'matter.preparationSaved',
      entityType: 'Matter',
      entityId: matter.id,
      personId: ids.preparer,
      before: { assessment: '', proposedDecision: '' },
      after: { assessment: 'Angeläget och inom ramen.', proposedDecision: 'Styrelsen beviljar medel.' },
    };
  },

  'src/server/matter/add-matter-attachment.ts#addMatterAttachment': async () => {
    const matter = await matterAt('Ansökan med bilaga', 'RAISED');
    const { attachmentId } = await addMatterAttachment(
      { associationId: ids.gotland, matterId: matter.id, file: pdf('ansokan.pdf') },
      as(ids.preparer),
      deps(),
    );
    return {
      action: 'matter.attachmentAdded',
      entityType: 'Attachment',
      entityId: attachmentId,
      personId: ids.preparer,
      before: 'absent',
      after: {
        matterId: matter.id,
        fileName: 'ansokan.pdf',
        mimeType: 'application/pdf',
        sizeBytes: pdf('x').bytes.byteLength,
      },
    };
  },

  // ───────────── Meetings ─────────────

  'src/server/meeting/create-meeting.ts#createMeeting': async () => {
    const { meetingId } = await createMeeting(
      {
        associationId: ids.gotland,
        body: 'BOARD',
        title: 'Extra styrelsemöte',
        startsAt: '2026-12-18T13:00',
        location: 'Teams',
      },
      as(ids.admin),
      deps(),
    );
    return {
      action: 'meeting.created',
      entityType: 'Meeting',
      entityId: meetingId,
      personId: ids.admin,
      before: 'absent',
      after: {
        body: 'BOARD',
        title: 'Extra styrelsemöte',
        startsAt: '2026-12-18T12:00:00.000Z',
        location: 'Teams',
        agenda: expect.arrayContaining(['Mötets öppnande', 'Övriga frågor']),
      },
    };
  },

  'src/server/meeting/update-meeting.ts#updateMeeting': async () => {
    const meeting = await plannedMeeting('Styrelsemöte i december', '2026-12-10T09:00');
    await updateMeeting(
      {
        associationId: ids.gotland,
        meetingId: meeting.id,
        version: meeting.version,
        title: meeting.title,
        startsAt: '2026-12-10T13:00',
        location: 'Visby',
      },
      as(ids.admin),
      deps(),
    );
    return {
      action: 'meeting.updated',
      entityType: 'Meeting',
      entityId: meeting.id,
      personId: ids.admin,
      before: { startsAt: '2026-12-10T08:00:00.000Z', location: '' },
      after: { startsAt: '2026-12-10T12:00:00.000Z', location: 'Visby' },
    };
  },

  'src/server/meeting/add-agenda-item.ts#addAgendaItem': async () => {
    const meeting = await plannedMeeting('Styrelsemöte med information', '2026-12-11T09:00');
    const added = await addAgendaItem(
      {
        associationId: ids.gotland,
        meetingId: meeting.id,
        version: meeting.version,
        title: 'Information från förbundschefen',
      },
      as(ids.admin),
      deps(),
    );
    const position = (await agendaOf(meeting.id)).findIndex((item) => item.id === added.agendaItemId) + 1;
    return {
      action: 'meeting.agendaItemAdded',
      entityType: 'AgendaItem',
      entityId: added.agendaItemId,
      personId: ids.admin,
      before: 'absent',
      after: { meetingId: meeting.id, title: 'Information från förbundschefen', kind: 'OTHER', position },
    };
  },

  'src/server/meeting/move-agenda-item.ts#moveAgendaItem': async () => {
    const meeting = await plannedMeeting('Styrelsemöte, ny ordning', '2026-12-12T09:00');
    const items = await agendaOf(meeting.id);
    const economy = items.find((item) => item.kind === 'ECONOMIC_FOLLOW_UP') ?? items[3]!;
    const from = items.indexOf(economy) + 1;
    await moveAgendaItem(
      {
        associationId: ids.gotland,
        meetingId: meeting.id,
        version: meeting.version,
        agendaItemId: economy.id,
        direction: 'down',
      },
      as(ids.admin),
      deps(),
    );
    return {
      action: 'meeting.agendaItemMoved',
      entityType: 'AgendaItem',
      entityId: economy.id,
      personId: ids.admin,
      before: { position: from },
      after: { position: from + 1 },
    };
  },

  'src/server/meeting/put-matter-on-agenda.ts#putMatterOnAgenda': async () => {
    const meeting = await plannedMeeting('Styrelsemöte med ärende', '2026-12-14T09:00');
    const matter = await matterAt('Ärende till styrelsen', 'PREPARED');
    const put = await putMatterOnAgenda(
      {
        associationId: ids.gotland,
        meetingId: meeting.id,
        version: meeting.version,
        matterId: matter.id,
        matterVersion: matter.version,
      },
      as(ids.admin),
      deps(),
    );
    const position = (await agendaOf(meeting.id)).findIndex((item) => item.id === put.agendaItemId) + 1;
    return {
      action: 'matter.putOnAgenda',
      entityType: 'Matter',
      entityId: matter.id,
      personId: ids.admin,
      before: { status: 'PREPARED', meetingId: null, agendaItemId: null, position: null },
      after: { status: 'ON_AGENDA', meetingId: meeting.id, agendaItemId: put.agendaItemId, position },
    };
  },

  // Removing a matter's item takes the matter off the agenda: two entries.
  'src/server/meeting/remove-agenda-item.ts#removeAgendaItem': async () => {
    const meeting = await plannedMeeting('Styrelsemöte, ärende utgår', '2026-12-15T09:00');
    const matter = await matterAt('Ärende som utgår', 'PREPARED');
    const put = await putMatterOnAgenda(
      {
        associationId: ids.gotland,
        meetingId: meeting.id,
        version: meeting.version,
        matterId: matter.id,
        matterVersion: matter.version,
      },
      as(ids.admin),
      deps(),
    );
    await removeAgendaItem(
      { associationId: ids.gotland, meetingId: meeting.id, version: put.version, agendaItemId: put.agendaItemId },
      as(ids.admin),
      deps(),
    );
    expect((await db().matter.findUniqueOrThrow({ where: { id: matter.id } })).status).toBe('PREPARED');
    return [
      {
        action: 'meeting.agendaItemRemoved',
        entityType: 'AgendaItem',
        entityId: put.agendaItemId,
        personId: ids.admin,
        before: { meetingId: meeting.id, title: 'Ärende som utgår', kind: 'MATTER', matterId: matter.id },
        after: 'absent',
      },
      {
        action: 'matter.removedFromAgenda',
        entityType: 'Matter',
        entityId: matter.id,
        personId: ids.admin,
        before: { status: 'ON_AGENDA', meetingId: meeting.id },
        after: { status: 'PREPARED', meetingId: null },
      },
    ];
  },

  'src/server/meeting/add-agenda-attachment.ts#addAgendaAttachment': async () => {
    const meeting = await plannedMeeting('Styrelsemöte med handlingar', '2026-12-16T09:00');
    const item =
      (await agendaOf(meeting.id)).find((i) => i.kind === 'ECONOMIC_FOLLOW_UP') ?? (await agendaOf(meeting.id))[3]!;
    const { attachmentId } = await addAgendaAttachment(
      { associationId: ids.gotland, meetingId: meeting.id, agendaItemId: item.id, file: pdf('uppfoljning.pdf') },
      as(ids.admin),
      deps(),
    );
    return {
      action: 'meeting.attachmentAdded',
      entityType: 'Attachment',
      entityId: attachmentId,
      personId: ids.admin,
      before: 'absent',
      after: { meetingId: meeting.id, agendaItemId: item.id, fileName: 'uppfoljning.pdf', mimeType: 'application/pdf' },
    };
  },

  'src/server/meeting/send-notice.ts#sendNotice': async () => {
    const meeting = await plannedMeeting('Styrelsemöte att kalla till', '2026-12-17T09:00');
    await sendNotice(
      { associationId: ids.gotland, meetingId: meeting.id, version: meeting.version },
      as(ids.admin),
      deps(),
    );
    expect(await db().notice.count({ where: { meetingId: meeting.id } })).toBeGreaterThan(0);
    return {
      action: 'meeting.noticeSent',
      entityType: 'Meeting',
      entityId: meeting.id,
      personId: ids.admin,
      before: { status: 'PLANNED', noticeSentAt: null },
      after: { status: 'NOTICE_SENT', noticeSentAt: now.toISOString() },
    };
  },

  'src/server/meeting/cancel-meeting.ts#cancelMeeting': async () => {
    const meeting = await plannedMeeting('Styrelsemöte att ställa in', '2026-12-18T09:00');
    const { version } = await sendNotice(
      { associationId: ids.gotland, meetingId: meeting.id, version: meeting.version },
      as(ids.admin),
      deps(),
    );
    await cancelMeeting({ associationId: ids.gotland, meetingId: meeting.id, version }, as(ids.admin), deps());
    return {
      action: 'meeting.cancelled',
      entityType: 'Meeting',
      entityId: meeting.id,
      personId: ids.admin,
      before: { status: 'NOTICE_SENT' },
      after: { status: 'CANCELLED' },
    };
  },

  'src/server/meeting/mark-notice-read.ts#markNoticeRead': async () => {
    const meeting = await db().meeting.findFirstOrThrow({
      where: { associationId: ids.gotland, body: 'BOARD', status: 'PLANNED' },
      orderBy: { startsAt: 'asc' },
    });
    const notice = await db().notice.create({
      data: {
        associationId: ids.gotland,
        personId: ids.deputy1,
        meetingId: meeting.id,
        text: 'Kallelse till styrelsemöte',
      },
    });
    await markNoticeRead({ associationId: ids.gotland, noticeId: notice.id }, as(ids.deputy1), deps());
    return {
      action: 'meeting.noticeRead',
      entityType: 'Notice',
      entityId: notice.id,
      personId: ids.deputy1,
      before: { readAt: null },
      after: { readAt: now.toISOString() },
    };
  },

  'src/server/meeting/record-attendance.ts#recordAttendance': async () => {
    const meeting = await plannedMeeting('Styrelsemöte, närvaro', '2026-12-19T09:00');
    const elinSeat = await db().boardSeat.findFirstOrThrow({
      where: { associationId: ids.gotland, personId: ids.elin },
    });
    const rows = [
      { personId: ids.chair, present: true },
      { personId: ids.vice, present: true },
      { personId: ids.member, present: true },
      { personId: ids.elin, present: false },
      { personId: ids.deputy1, present: true, servingForSeatId: elinSeat.id },
    ];
    await recordAttendance(
      { associationId: ids.gotland, meetingId: meeting.id, version: meeting.version, rows },
      as(ids.admin),
      deps(),
    );
    return {
      action: 'meeting.attendanceRecorded',
      entityType: 'Meeting',
      entityId: meeting.id,
      personId: ids.admin,
      before: { attendance: [], quorum: { votingPresent: 0, hasQuorum: false } },
      after: {
        attendance: expect.arrayContaining([
          { personId: ids.elin, status: 'ABSENT', servingForId: null, coOpted: false },
          { personId: ids.deputy1, status: 'PRESENT', servingForId: elinSeat.id, coOpted: false },
        ]),
        quorum: { votingPresent: 4, required: 3, hasQuorum: true },
      },
    };
  },

  // ───────────── Minutes (a held November meeting of its own; the seeded February minutes are locked) ─────────────

  'src/server/minutes/add-paragraph.ts#addParagraph': async () => {
    const meetingId = await minutesMeeting();
    const added = await addParagraph(
      {
        associationId: ids.gotland,
        meetingId,
        title: 'Ekonomisk uppföljning',
        discussion: 'Förbundschefen redovisade utfallet.',
      },
      as(ids.admin),
      deps(),
    );
    return {
      action: 'minutes.paragraphAdded',
      entityType: 'MinutesParagraph',
      entityId: added.paragraphId,
      personId: ids.admin,
      before: 'absent',
      after: {
        meetingId,
        year: 2026,
        number: added.number,
        title: 'Ekonomisk uppföljning',
        discussion: 'Förbundschefen redovisade utfallet.',
        decisionText: '',
        matterId: null,
      },
    };
  },

  'src/server/minutes/update-paragraph.ts#updateParagraph': async () => {
    const meetingId = await minutesMeeting();
    const { paragraphId } = await addParagraph(
      { associationId: ids.gotland, meetingId, title: 'Information', discussion: 'Utkast.' },
      as(ids.admin),
      deps(),
    );
    const paragraph = await paragraphOf(paragraphId);
    await updateParagraph(
      {
        associationId: ids.gotland,
        paragraphId,
        version: paragraph.version,
        title: 'Information från förbundschefen',
        discussion: 'Utkast.',
      },
      as(ids.admin),
      deps(),
    );
    return {
      action: 'minutes.paragraphUpdated',
      entityType: 'MinutesParagraph',
      entityId: paragraphId,
      personId: ids.admin,
      before: { title: 'Information' },
      after: { title: 'Information från förbundschefen' },
    };
  },

  'src/server/minutes/record-votes.ts#recordVotes': async () => {
    const meetingId = await minutesMeeting();
    const { paragraphId } = await addParagraph(
      { associationId: ids.gotland, meetingId, title: 'Lokalfrågan' },
      as(ids.admin),
      deps(),
    );
    const votes = [
      { personId: ids.chair, choice: 'FOR' as const },
      { personId: ids.deputy1, choice: 'FOR' as const },
      { personId: ids.vice, choice: 'AGAINST' as const, reservation: 'Jag reserverar mig.' },
    ];
    await recordVotes({ associationId: ids.gotland, paragraphId, votes }, as(ids.admin), deps());
    return {
      action: 'minutes.votesRecorded',
      entityType: 'MinutesParagraph',
      entityId: paragraphId,
      personId: ids.admin,
      before: { votes: [], for: 0, against: 0, abstain: 0 },
      after: {
        votes: expect.arrayContaining([{ personId: ids.vice, choice: 'AGAINST', reservation: 'Jag reserverar mig.' }]),
        for: 2,
        against: 1,
        abstain: 0,
      },
    };
  },

  // The decision on a matter's paragraph: the decision, and the matter decided (same transaction).
  'src/server/minutes/record-decision.ts#recordDecision': async () => {
    const meetingId = await minutesMeeting();
    const matter = await matterAt('Ansökan om samverkansmedel', 'PREPARED');
    await db().matter.update({ where: { id: matter.id }, data: { status: 'ON_AGENDA', version: { increment: 1 } } });
    const { paragraphId } = await addParagraph(
      { associationId: ids.gotland, meetingId, title: matter.title, matterId: matter.id },
      as(ids.admin),
      deps(),
    );
    const paragraph = await paragraphOf(paragraphId);
    const { decisionId } = await recordDecision(
      { associationId: ids.gotland, paragraphId, version: paragraph.version, text: 'Styrelsen beviljar ansökan.' },
      as(ids.admin),
      deps(),
    );
    return [
      {
        action: 'minutes.decisionRecorded',
        entityType: 'Decision',
        entityId: decisionId,
        personId: ids.admin,
        before: 'absent',
        after: {
          paragraphId,
          meetingId,
          matterId: matter.id,
          text: 'Styrelsen beviljar ansökan.',
          outcome: 'DECIDED',
          votingPresent: 3,
          required: 3,
        },
      },
      {
        action: 'matter.decided',
        entityType: 'Matter',
        entityId: matter.id,
        personId: ids.admin,
        before: { status: 'ON_AGENDA' },
        after: { status: 'DECIDED' },
      },
    ];
  },

  'src/server/minutes/choose-adjusters.ts#chooseAdjusters': async () => {
    const meetingId = await minutesMeeting();
    await chooseAdjusters(
      { associationId: ids.gotland, meetingId, personIds: [ids.vice, ids.deputy1] },
      as(ids.admin),
      deps(),
    );
    return {
      action: 'minutes.adjustersChosen',
      entityType: 'Meeting',
      entityId: meetingId,
      personId: ids.admin,
      before: { adjusters: [] },
      after: { adjusters: [ids.vice, ids.deputy1] },
    };
  },

  'src/server/minutes/add-correction-paragraph.ts#addCorrectionParagraph': async () => {
    const meetingId = await minutesMeeting();
    const lockedMeeting = await db().meeting.findFirstOrThrow({
      where: { associationId: ids.gotland, status: 'MINUTES_LOCKED' },
      orderBy: { startsAt: 'asc' },
    });
    const corrected = await db().minutesParagraph.findFirstOrThrow({
      where: { meetingId: lockedMeeting.id },
      orderBy: { number: 'desc' },
    });
    const added = await addCorrectionParagraph(
      {
        associationId: ids.gotland,
        meetingId,
        correctsId: corrected.id,
        decisionText: 'Rättelse: beslutet avser 2026.',
      },
      as(ids.admin),
      deps(),
    );
    return {
      action: 'minutes.correctionAdded',
      entityType: 'MinutesParagraph',
      entityId: added.paragraphId,
      personId: ids.admin,
      before: 'absent',
      after: {
        meetingId,
        correctsId: corrected.id,
        number: added.number,
        title: `Rättelse av § ${corrected.number} (${corrected.year})`,
        decisionText: 'Rättelse: beslutet avser 2026.',
        matterId: corrected.matterId,
      },
    };
  },

  // Chair and secretary of the meeting (ADR 033).
  'src/server/minutes/set-minutes-officers.ts#setMinutesOfficers': async () => {
    const meetingId = await adjustmentMeeting();
    await setMinutesOfficers(
      { associationId: ids.gotland, meetingId, chairId: ids.chair, secretaryId: ids.admin },
      as(ids.admin),
      deps(),
    );
    return {
      action: 'minutes.officersSet',
      entityType: 'Meeting',
      entityId: meetingId,
      personId: ids.admin,
      before: { chairId: null, secretaryId: null },
      after: { chairId: ids.chair, secretaryId: ids.admin },
    };
  },

  // Reordering a draft's paragraphs: the § numbers follow.
  'src/server/minutes/move-paragraph.ts#moveParagraph': async () => {
    const meetingId = await adjustmentMeeting();
    const [first, second] = await db().minutesParagraph.findMany({ where: { meetingId }, orderBy: { number: 'asc' } });
    await moveParagraph(
      { associationId: ids.gotland, paragraphId: second!.id, direction: 'up' },
      as(ids.admin),
      deps(),
    );
    return {
      action: 'minutes.paragraphMoved',
      entityType: 'MinutesParagraph',
      entityId: second!.id,
      personId: ids.admin,
      before: { number: second!.number },
      after: { number: first!.number },
    };
  },

  // The secretary marks the minutes ready for adjustment (on or after the meeting day).
  'src/server/minutes/mark-minutes-ready.ts#markMinutesReady': async () => {
    const meetingId = await adjustmentMeeting();
    await markMinutesReady({ associationId: ids.gotland, meetingId }, as(ids.admin), deps());
    return {
      action: 'minutes.markedReady',
      entityType: 'Meeting',
      entityId: meetingId,
      personId: ids.admin,
      before: { minutesState: 'DRAFT', minutesReadyAt: null },
      after: { minutesState: 'READY', minutesReadyAt: now.toISOString() },
    };
  },

  // "Begär ändring" instead of approving.
  'src/server/minutes/request-minutes-change.ts#requestMinutesChange': async () => {
    const meetingId = await adjustmentMeeting();
    const comment = 'Öppnandet ska ange tiden 09.05, inte 09.00.';
    const { requestId } = await requestMinutesChange(
      { associationId: ids.gotland, meetingId, comment },
      as(ids.deputy1),
      deps(),
    );
    return {
      action: 'minutes.changeRequested',
      entityType: 'MinutesChangeRequest',
      entityId: requestId,
      personId: ids.deputy1,
      before: 'absent',
      after: { meetingId, comment },
    };
  },

  // A wrong password at adjustment is refused and audited as a failure.
  'src/server/minutes/confirm-adjuster-identity.ts#confirmAdjusterIdentity': async () => {
    const meetingId = await adjustmentMeeting();
    await expect(
      approveMinutes(
        { associationId: ids.gotland, meetingId, contentHash: await hashOf(meetingId), password: 'fel-lösenord' },
        as(ids.chair),
        deps(),
      ),
    ).rejects.toThrow('Fel lösenord. Justeringen är inte gjord.');
    return {
      action: 'minutes.reauthenticationFailed',
      entityType: 'Meeting',
      entityId: meetingId,
      personId: ids.chair,
      before: 'absent',
      after: 'absent',
    };
  },

  // An edit after an approval voids it (the minutes stay ready; both approve again).
  'src/server/minutes-adjustment/void-stale-approvals.ts#voidStaleApprovals': async () => {
    const meetingId = await adjustmentMeeting();
    const approvedAt = new Date('2026-11-06T10:00:00Z');
    const hash = await hashOf(meetingId);
    await approveMinutes(
      { associationId: ids.gotland, meetingId, contentHash: hash, password: DEMO_PASSWORD },
      as(ids.chair),
      { db: db(), now: approvedAt },
    );
    const paragraph = await db().minutesParagraph.findFirstOrThrow({
      where: { meetingId },
      orderBy: { number: 'asc' },
    });
    await updateParagraph(
      {
        associationId: ids.gotland,
        paragraphId: paragraph.id,
        version: paragraph.version,
        title: paragraph.title,
        discussion: 'Ordföranden öppnade mötet kl. 09.05.',
      },
      as(ids.admin),
      deps(),
    );
    expect(await db().adjuster.count({ where: { meetingId, approvedAt: { not: null } } })).toBe(0);
    return {
      action: 'minutes.approvalsVoided',
      entityType: 'Meeting',
      entityId: meetingId,
      personId: ids.admin,
      before: { approvals: [{ personId: ids.chair, approvedAt: approvedAt.toISOString(), contentHash: hash }] },
      after: { approvals: [] },
    };
  },

  // Two approvals lock the minutes: each approval, and the lock (a meeting of its own, locked for good).
  'src/server/minutes/approve-minutes.ts#approveMinutes': async () => {
    const meetingId = await adjustmentMeeting();
    const first = new Date('2026-11-06T10:00:00Z');
    const second = new Date('2026-11-07T10:00:00Z');
    const hash = await hashOf(meetingId);
    const approve = (personId: string, at: Date) =>
      approveMinutes(
        { associationId: ids.gotland, meetingId, contentHash: hash, password: DEMO_PASSWORD },
        as(personId),
        { db: db(), now: at },
      );
    await approve(ids.chair, first);
    await approve(ids.deputy1, second);
    const adjuster = (personId: string) => db().adjuster.findFirstOrThrow({ where: { meetingId, personId } });
    return [
      {
        action: 'minutes.approved',
        entityType: 'Adjuster',
        entityId: (await adjuster(ids.chair)).id,
        personId: ids.chair,
        before: { approvedAt: null, contentHash: null },
        after: { approvedAt: first.toISOString(), contentHash: hash },
      },
      {
        action: 'minutes.approved',
        entityType: 'Adjuster',
        entityId: (await adjuster(ids.deputy1)).id,
        personId: ids.deputy1,
        before: { approvedAt: null },
        after: { approvedAt: second.toISOString() },
      },
      {
        action: 'minutes.locked',
        entityType: 'Meeting',
        entityId: meetingId,
        personId: ids.deputy1,
        before: { status: 'HELD', minutesState: 'READY', minutesLockedAt: null },
        after: { status: 'MINUTES_LOCKED', minutesState: 'LOCKED', minutesLockedAt: second.toISOString() },
      },
      // The lock posts the minutes on the notice board (ADR 034): 7 November 2026 + three weeks = Saturday 28 → Monday 30 November.
      {
        action: 'noticeBoard.minutesPosted',
        entityType: 'NoticeBoardPosting',
        entityId: (await db().noticeBoardPosting.findUniqueOrThrow({ where: { meetingId } })).id,
        personId: ids.deputy1,
        before: 'absent',
        after: { kind: 'MINUTES', meetingId, postedOn: '2026-11-07', takeDownOn: '2026-11-30' },
      },
    ];
  },

  // ───────────── The plan workflow (the 2027 draft along the road) ─────────────

  'src/server/plan/send-plan-to-preparation.ts#sendPlanToPreparation': async () => {
    const plan = await planOf(ids.draft2027);
    expect(plan.status).toBe('DRAFT');
    await sendPlanToPreparation(
      { associationId: ids.gotland, planId: plan.id, version: plan.version },
      as(ids.director),
      deps(),
    );
    return {
      action: 'plan.sentToPreparation',
      entityType: 'Plan',
      entityId: plan.id,
      personId: ids.director,
      before: { status: 'DRAFT' },
      after: { status: 'IN_PREPARATION' },
    };
  },

  'src/server/plan/comment-plan-section.ts#commentPlanSection': async () => {
    const plan = await draftAt('IN_PREPARATION');
    const section = await db().planSection.findFirstOrThrow({ where: { planId: plan.id }, orderBy: { order: 'asc' } });
    const { commentId } = await commentPlanSection(
      { associationId: ids.gotland, planId: plan.id, sectionId: section.id, body: 'Förtydliga målgruppen.' },
      as(ids.preparer),
      deps(),
    );
    return {
      action: 'plan.commented',
      entityType: 'PlanComment',
      entityId: commentId,
      personId: ids.preparer,
      before: 'absent',
      after: { planId: plan.id, sectionId: section.id, phase: 'PREPARATION', body: 'Förtydliga målgruppen.' },
    };
  },

  'src/server/plan/reply-to-plan-comment.ts#replyToPlanComment': async () => {
    const plan = await draftAt('IN_PREPARATION');
    const comment = await db().planComment.create({
      data: { planId: plan.id, sectionId: null, phase: 'PREPARATION', authorId: ids.chair, body: 'Bra utkast.' },
    });
    await replyToPlanComment(
      { associationId: ids.gotland, commentId: comment.id, version: comment.version, reply: 'Tack.' },
      as(ids.director),
      deps(),
    );
    return {
      action: 'plan.commentReplied',
      entityType: 'PlanComment',
      entityId: comment.id,
      personId: ids.director,
      before: { reply: null },
      after: { reply: 'Tack.' },
    };
  },

  'src/server/plan/send-plan-to-consultation.ts#sendPlanToConsultation': async () => {
    const plan = await draftAt('IN_PREPARATION');
    await sendPlanToConsultation(
      { associationId: ids.gotland, planId: plan.id, version: plan.version },
      as(ids.director),
      deps(),
    );
    return {
      action: 'plan.sentToConsultation',
      entityType: 'Plan',
      entityId: plan.id,
      personId: ids.director,
      before: { status: 'IN_PREPARATION' },
      after: { status: 'IN_CONSULTATION' },
    };
  },

  'src/server/plan/save-consultation-summary.ts#saveConsultationSummary': async () => {
    const plan = await draftAt('IN_CONSULTATION');
    await saveConsultationSummary(
      { associationId: ids.gotland, planId: plan.id, version: plan.version, summary: 'Medlemmarna stödjer planen.' },
      as(ids.director),
      deps(),
    );
    return {
      action: 'plan.consultationSummarySaved',
      entityType: 'Plan',
      entityId: plan.id,
      personId: ids.director,
      before: { consultationSummary: plan.consultationSummary },
      after: { consultationSummary: 'Medlemmarna stödjer planen.' },
    };
  },

  'src/server/plan/consultation-conclusions.ts#recordConsultationConclusion': async () => {
    const { conclusionId } = await recordConsultationConclusion(
      {
        associationId: ids.gotland,
        year: 2026,
        meetingId: null,
        question: 'Ska IPS prövas?',
        conclusion: 'Ja, inventera.',
      },
      as(ids.director),
      deps(),
    );
    return {
      action: 'consultation.conclusionRecorded',
      entityType: 'ConsultationConclusion',
      entityId: conclusionId,
      personId: ids.director,
      before: 'absent',
      after: { year: 2026, meetingId: null, question: 'Ska IPS prövas?', conclusion: 'Ja, inventera.' },
    };
  },

  'src/server/plan/consultation-conclusions.ts#updateConsultationConclusion': async () => {
    const row = await db().consultationConclusion.create({
      data: { associationId: ids.gotland, year: 2026, question: 'Fråga', conclusion: 'Slutsats', order: 50 },
    });
    await updateConsultationConclusion(
      {
        associationId: ids.gotland,
        conclusionId: row.id,
        version: row.version,
        year: 2026,
        meetingId: null,
        question: 'Fråga',
        conclusion: 'Ny slutsats',
      },
      as(ids.admin),
      deps(),
    );
    return {
      action: 'consultation.conclusionUpdated',
      entityType: 'ConsultationConclusion',
      entityId: row.id,
      personId: ids.admin,
      before: { question: 'Fråga', conclusion: 'Slutsats' },
      after: { question: 'Fråga', conclusion: 'Ny slutsats' },
    };
  },

  'src/server/plan/consultation-conclusions.ts#removeConsultationConclusion': async () => {
    const row = await db().consultationConclusion.create({
      data: { associationId: ids.gotland, year: 2026, question: 'Tillfällig', conclusion: 'Tas bort', order: 51 },
    });
    await removeConsultationConclusion(
      { associationId: ids.gotland, conclusionId: row.id, version: row.version },
      as(ids.director),
      deps(),
    );
    expect(await db().consultationConclusion.findUnique({ where: { id: row.id } })).toBeNull();
    return {
      action: 'consultation.conclusionRemoved',
      entityType: 'ConsultationConclusion',
      entityId: row.id,
      personId: ids.director,
      before: { year: 2026, question: 'Tillfällig', conclusion: 'Tas bort' },
      after: 'absent',
    };
  },

  // Created at version null, then changed at the version seen: two entries on the same row.
  'src/server/plan/save-plan-consideration.ts#savePlanConsideration': async () => {
    const plan = await draftAt('IN_CONSULTATION');
    const conclusion = await db().consultationConclusion.create({
      data: { associationId: ids.gotland, year: 2026, question: 'Samverkan med skolan?', conclusion: 'Ja.', order: 52 },
    });
    const created = await savePlanConsideration(
      {
        associationId: ids.gotland,
        planId: plan.id,
        conclusionId: conclusion.id,
        text: 'Fokusområde 2.',
        version: null,
      },
      as(ids.director),
      deps(),
    );
    const createdEntry = await db().auditLog.findFirstOrThrow({
      where: { action: 'plan.considerationSaved', entityId: created.considerationId },
      orderBy: { id: 'desc' },
    });
    expect(createdEntry.data).toEqual({
      after: { planId: plan.id, conclusionId: conclusion.id, text: 'Fokusområde 2.' },
    });
    await savePlanConsideration(
      {
        associationId: ids.gotland,
        planId: plan.id,
        conclusionId: conclusion.id,
        text: 'Fokusområde 2 och 3.',
        version: created.version,
      },
      as(ids.director),
      deps(),
    );
    return {
      action: 'plan.considerationSaved',
      entityType: 'PlanConsideration',
      entityId: created.considerationId,
      personId: ids.director,
      before: { text: 'Fokusområde 2.' },
      after: { text: 'Fokusområde 2 och 3.' },
    };
  },

  'src/server/plan/send-plan-to-board.ts#sendPlanToBoard': async () => {
    const plan = await draftAt('IN_CONSULTATION');
    const sent = await sendPlanToBoard(
      { associationId: ids.gotland, planId: plan.id, version: plan.version },
      as(ids.director),
      deps(),
    );
    return {
      action: 'plan.sentToBoard',
      entityType: 'Matter',
      entityId: sent.matterId,
      personId: ids.director,
      before: 'absent',
      after: {
        kind: 'PLAN',
        year: sent.year,
        number: sent.number,
        title: 'Verksamhets- och budgetplan 2027',
        status: 'PREPARED',
        planId: plan.id,
      },
    };
  },

  // A hook: putMatterOnAgenda calls it inside its transaction after authorizing; here it runs in one of ours.
  'src/server/plan/plan-workflow-hooks.ts#onPlanPutOnAgenda': async () => {
    const plan = await draftAt('IN_CONSULTATION');
    await db().$transaction((tx) =>
      onPlanPutOnAgenda(tx, { associationId: ids.gotland, planId: plan.id, personId: ids.admin }),
    );
    return {
      action: 'plan.putOnAgenda',
      entityType: 'Plan',
      entityId: plan.id,
      personId: ids.admin,
      before: { status: 'IN_CONSULTATION' },
      after: { status: 'ON_AGENDA' },
    };
  },

  // From the agenda back to draft: the plan, and its open PLAN matter withdrawn.
  'src/server/plan/return-plan-to-draft.ts#returnPlanToDraft': async () => {
    const plan = await planOf(ids.draft2027);
    expect(plan.status).toBe('ON_AGENDA');
    const matter = await db().matter.findFirstOrThrow({ where: { planId: plan.id, kind: 'PLAN', status: 'PREPARED' } });
    await returnPlanToDraft(
      { associationId: ids.gotland, planId: plan.id, version: plan.version },
      as(ids.director),
      deps(),
    );
    return [
      {
        action: 'plan.returnedToDraft',
        entityType: 'Plan',
        entityId: plan.id,
        personId: ids.director,
        before: { status: 'ON_AGENDA' },
        after: { status: 'DRAFT' },
      },
      {
        action: 'matter.withdrawn',
        entityType: 'Matter',
        entityId: matter.id,
        personId: ids.director,
        before: { status: 'PREPARED' },
        after: { status: 'WITHDRAWN' },
      },
    ];
  },

  // A hook: recordDecision calls it inside its transaction; here a plan on the agenda (as the seed would make it) and a decision.
  'src/server/plan/plan-workflow-hooks.ts#adoptPlanByDecision': async () => {
    const plan = await db().plan.create({
      data: { associationId: ids.gotland, year: 2029, title: 'Verksamhets- och budgetplan 2029', status: 'ON_AGENDA' },
    });
    const meetingId = await minutesMeeting();
    const decision = await db().decision.create({
      data: {
        associationId: ids.gotland,
        meetingId,
        text: 'Styrelsen antar planen.',
        decidedAt: new Date('2026-11-19T09:00:00+01:00'),
      },
    });
    const { late } = await db().$transaction((tx) =>
      adoptPlanByDecision(tx, {
        associationId: ids.gotland,
        planId: plan.id,
        decisionId: decision.id,
        decidedAt: decision.decidedAt,
        personId: ids.admin,
        now,
      }),
    );
    expect(late).toBe(false);
    return {
      action: 'plan.adopted',
      entityType: 'Plan',
      entityId: plan.id,
      personId: ids.admin,
      before: { status: 'ON_AGENDA', adoptionDecisionId: null, adoptedAt: null, lockedAt: null },
      after: {
        status: 'ADOPTED',
        adoptionDecisionId: decision.id,
        adoptedAt: decision.decidedAt.toISOString(),
        lockedAt: now.toISOString(),
      },
    };
  },

  // Hooks (ADR 034). approveMinutes calls onMinutesLocked when it locks; here a decision that waited for
  // the adjusted minutes (the association's rule) at a held meeting of its own.
  'src/server/minutes/on-minutes-locked.ts#onMinutesLocked': async () => {
    const meetingId = await heldMeeting('2026-11-12T09:00:00+01:00');
    const decision = await db().decision.create({
      data: {
        associationId: ids.gotland,
        meetingId,
        text: 'Styrelsen beslutar enligt förslaget.',
        decidedAt: new Date('2026-11-12T09:00:00+01:00'),
        effectiveAt: null,
      },
    });
    await db().$transaction((tx) =>
      onMinutesLocked(tx, { associationId: ids.gotland, meetingId, lockedAt: now, personId: ids.vice }),
    );
    return [
      {
        action: 'minutes.decisionTookEffect',
        entityType: 'Decision',
        entityId: decision.id,
        personId: ids.vice,
        before: { effectiveAt: null },
        after: { effectiveAt: now.toISOString() },
      },
      {
        action: 'noticeBoard.minutesPosted',
        entityType: 'NoticeBoardPosting',
        entityId: (await db().noticeBoardPosting.findUniqueOrThrow({ where: { meetingId } })).id,
        personId: ids.vice,
        before: 'absent',
        // Posted Wednesday 25 November 2026; three weeks on is Wednesday 16 December.
        after: { kind: 'MINUTES', meetingId, postedOn: '2026-11-25', takeDownOn: '2026-12-16' },
      },
    ];
  },
  'src/server/notice-board/post-on-notice-board.ts#postMinutesOnNoticeBoard': async () => {
    const meetingId = await heldMeeting('2026-11-13T09:00:00+01:00');
    // Posted Friday 4 December 2026: three weeks on is juldagen, so the last day is Monday 28 December.
    const postedAt = new Date('2026-12-04T10:00:00+01:00');
    const { postingId } = await db().$transaction((tx) =>
      postMinutesOnNoticeBoard(tx, { associationId: ids.gotland, meetingId, postedAt, personId: ids.admin }),
    );
    return {
      action: 'noticeBoard.minutesPosted',
      entityType: 'NoticeBoardPosting',
      entityId: postingId,
      personId: ids.admin,
      before: 'absent',
      after: { kind: 'MINUTES', meetingId, postedOn: '2026-12-04', takeDownOn: '2026-12-28' },
    };
  },
  'src/server/notice-board/post-on-notice-board.ts#postPlanOnNoticeBoard': async () => {
    const plan = await db().plan.create({
      data: { associationId: ids.gotland, year: 2030, title: 'Verksamhets- och budgetplan 2030', status: 'ADOPTED' },
    });
    const { postingId } = await db().$transaction((tx) =>
      postPlanOnNoticeBoard(tx, { associationId: ids.gotland, planId: plan.id, postedAt: now, personId: ids.admin }),
    );
    return {
      action: 'noticeBoard.planPosted',
      entityType: 'NoticeBoardPosting',
      entityId: postingId,
      personId: ids.admin,
      before: 'absent',
      after: { kind: 'PLAN', planId: plan.id, postedOn: '2026-11-25' },
    };
  },
};

runAuditRows(
  'every governance use case (matters, meetings, minutes, plan workflow) writes an audit entry with before and after',
  ROWS,
  { db, associationId: () => ids.gotland },
);
