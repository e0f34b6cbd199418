import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { loadEditablePlan } from '@/server/plan-version/editable-plan';
import { saveBudgetCell } from '@/server/budget/save-budget-cell';
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
import { seedDemoData } from '@/server/seed/seed-demo';
import { ConflictError, LockedError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let gotland: string;
let draft: string;
const people: Record<string, string> = {};
const now = new Date('2026-11-25T12:00:00+01:00');
const deps = () => ({ db: db.prisma, now });
const as = (email: string) => ({ personId: people[email]! });
const director = () => as('chef@samplan.se');

async function planVersion(planId = draft) {
  return (await db.prisma.plan.findUniqueOrThrow({ where: { id: planId }, select: { version: true } })).version;
}
async function planStatus(planId = draft) {
  return (await db.prisma.plan.findUniqueOrThrow({ where: { id: planId }, select: { status: true } })).status;
}
async function lastAudit() {
  return db.prisma.auditLog.findFirstOrThrow({ where: { associationId: gotland }, orderBy: { id: 'desc' } });
}
async function firstSection(planId = draft) {
  return db.prisma.planSection.findFirstOrThrow({ where: { planId }, orderBy: { order: 'asc' } });
}
/** The FK contribution's 2027 budget cell of the draft, to break and restore the 50/50 split. */
async function fkCell() {
  const line = await db.prisma.budgetLine.findFirstOrThrow({ where: { planId: draft, name: 'Försäkringskassan' } });
  const cell = await db.prisma.budgetAmount.findUniqueOrThrow({
    where: { budgetLineId_year_kind: { budgetLineId: line.id, year: 2027, kind: 'BUDGET' } },
  });
  return { line, cell };
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
  gotland = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  draft = (await db.prisma.plan.findFirstOrThrow({ where: { associationId: gotland, year: 2027 } })).id;
  for (const person of await db.prisma.person.findMany()) people[person.email] = person.id;
});
afterAll(() => db.drop());

describe('the plan road', () => {
  it('refuses sending on with blocking budget errors, listing them, and allows it without', async () => {
    const { line, cell } = await fkCell();
    const original = cell.amount.toString();
    await saveBudgetCell(
      { associationId: gotland, lineId: line.id, year: 2027, kind: 'BUDGET', amount: '1000000', version: cell.version },
      director(),
      deps(),
    );

    const refused = sendPlanToPreparation(
      { associationId: gotland, planId: draft, version: await planVersion() },
      director(),
      deps(),
    );
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toThrow(/Region Gotland/);
    expect(await planStatus()).toBe('DRAFT');

    const broken = (await fkCell()).cell;
    await saveBudgetCell(
      {
        associationId: gotland,
        lineId: line.id,
        year: 2027,
        kind: 'BUDGET',
        amount: original,
        version: broken.version,
      },
      director(),
      deps(),
    );
    const sent = await sendPlanToPreparation(
      { associationId: gotland, planId: draft, version: await planVersion() },
      director(),
      deps(),
    );
    expect(sent.status).toBe('IN_PREPARATION');
    expect(await lastAudit()).toMatchObject({
      action: 'plan.sentToPreparation',
      entityType: 'Plan',
      entityId: draft,
      personId: people['chef@samplan.se'],
      data: { before: { status: 'DRAFT' }, after: { status: 'IN_PREPARATION' } },
    });
  });

  it('lets only the director send on, and refuses a stale version', async () => {
    await expect(
      sendPlanToConsultation(
        { associationId: gotland, planId: draft, version: await planVersion() },
        as('ordforande@finsamgotland.se'),
        deps(),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      sendPlanToConsultation(
        { associationId: gotland, planId: draft, version: (await planVersion()) + 1 },
        director(),
        deps(),
      ),
    ).rejects.toBeInstanceOf(StaleVersionError);
  });

  it('takes preparation comments from the preparation group and the board, not from member representatives', async () => {
    const section = await firstSection();
    const { commentId } = await commentPlanSection(
      { associationId: gotland, planId: draft, sectionId: section.id, body: 'Förtydliga målgruppen unga vuxna.' },
      as('beredning@finsamgotland.se'),
      deps(),
    );
    const stored = await db.prisma.planComment.findUniqueOrThrow({ where: { id: commentId } });
    expect(stored).toMatchObject({
      phase: 'PREPARATION',
      sectionId: section.id,
      authorId: people['beredning@finsamgotland.se'],
    });
    expect(await lastAudit()).toMatchObject({
      action: 'plan.commented',
      entityType: 'PlanComment',
      entityId: commentId,
    });
    await commentPlanSection(
      { associationId: gotland, planId: draft, sectionId: null, body: 'Bra utkast.' },
      as('ledamot@finsamgotland.se'),
      deps(),
    );
    await expect(
      commentPlanSection(
        { associationId: gotland, planId: draft, sectionId: section.id, body: 'Hej' },
        as('medlem@finsamgotland.se'),
        deps(),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a section of another plan', async () => {
    const other = await db.prisma.plan.findFirstOrThrow({ where: { associationId: gotland, year: 2026 } });
    const foreign = await firstSection(other.id);
    await expect(
      commentPlanSection(
        { associationId: gotland, planId: draft, sectionId: foreign.id, body: 'Hej' },
        as('beredning@finsamgotland.se'),
        deps(),
      ),
    ).rejects.toMatchObject({ fieldErrors: { sectionId: expect.any(String) } });
  });

  it('on a plan in no comment phase, refuses those who may never comment and tells commenters it is closed', async () => {
    const adopted = await db.prisma.plan.findFirstOrThrow({ where: { associationId: gotland, year: 2026 } });
    await expect(
      commentPlanSection(
        { associationId: gotland, planId: adopted.id, sectionId: null, body: 'Hej' },
        as('revisor@finsamgotland.se'),
        deps(),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      commentPlanSection(
        { associationId: gotland, planId: adopted.id, sectionId: null, body: 'Hej' },
        as('beredning@finsamgotland.se'),
        deps(),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('lets the director answer a comment, once per version', async () => {
    const comment = await db.prisma.planComment.findFirstOrThrow({
      where: { planId: draft, phase: 'PREPARATION' },
      orderBy: { createdAt: 'asc' },
    });
    await expect(
      replyToPlanComment(
        { associationId: gotland, commentId: comment.id, version: comment.version, reply: 'Nej' },
        as('beredning@finsamgotland.se'),
        deps(),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const result = await replyToPlanComment(
      { associationId: gotland, commentId: comment.id, version: comment.version, reply: 'Förtydligat i avsnitt 2.' },
      director(),
      deps(),
    );
    expect(result.version).toBe(comment.version + 1);
    const stored = await db.prisma.planComment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(stored).toMatchObject({
      reply: 'Förtydligat i avsnitt 2.',
      repliedById: people['chef@samplan.se'],
      repliedAt: now,
    });
    expect(await lastAudit()).toMatchObject({
      action: 'plan.commentReplied',
      data: { before: { reply: null }, after: { reply: 'Förtydligat i avsnitt 2.' } },
    });
    await expect(
      replyToPlanComment(
        { associationId: gotland, commentId: comment.id, version: comment.version, reply: 'Igen' },
        director(),
        deps(),
      ),
    ).rejects.toBeInstanceOf(StaleVersionError);
  });

  it('does not send a plan in preparation to the board', async () => {
    await expect(
      sendPlanToBoard({ associationId: gotland, planId: draft, version: await planVersion() }, director(), deps()),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('moves to consultation, where member representatives comment and the preparation group may not', async () => {
    const sent = await sendPlanToConsultation(
      { associationId: gotland, planId: draft, version: await planVersion() },
      director(),
      deps(),
    );
    expect(sent.status).toBe('IN_CONSULTATION');
    const section = await firstSection();
    await expect(
      commentPlanSection(
        { associationId: gotland, planId: draft, sectionId: section.id, body: 'Sent' },
        as('beredning@finsamgotland.se'),
        deps(),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      commentPlanSection(
        { associationId: gotland, planId: draft, sectionId: section.id, body: 'Sent' },
        as('ledamot@finsamgotland.se'),
        deps(),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { commentId } = await commentPlanSection(
      { associationId: gotland, planId: draft, sectionId: section.id, body: 'Regionen vill se IPS tydligare.' },
      as('medlem@finsamgotland.se'),
      deps(),
    );
    expect((await db.prisma.planComment.findUniqueOrThrow({ where: { id: commentId } })).phase).toBe('CONSULTATION');
  });

  it('saves the consultation summary on the plan', async () => {
    const version = await planVersion();
    await saveConsultationSummary(
      { associationId: gotland, planId: draft, version, summary: 'Medlemmarna stödjer planen.' },
      director(),
      deps(),
    );
    expect(await db.prisma.plan.findUniqueOrThrow({ where: { id: draft } })).toMatchObject({
      consultationSummary: 'Medlemmarna stödjer planen.',
      version: version + 1,
    });
    expect(await lastAudit()).toMatchObject({
      action: 'plan.consultationSummarySaved',
      data: { before: { consultationSummary: null }, after: { consultationSummary: 'Medlemmarna stödjer planen.' } },
    });
  });

  it('records, changes and removes consultation conclusions, and the draft says how it considered them', async () => {
    const meeting = await db.prisma.meeting.create({
      data: {
        associationId: gotland,
        body: 'MEMBERS_CONSULTATION',
        title: 'Medlemssamråd',
        startsAt: new Date('2026-02-20T10:00:00+01:00'),
        status: 'HELD',
      },
    });
    const board = await db.prisma.meeting.findFirstOrThrow({ where: { associationId: gotland, body: 'BOARD' } });
    await expect(
      recordConsultationConclusion(
        { associationId: gotland, year: 2026, meetingId: board.id, question: 'F', conclusion: 'S' },
        director(),
        deps(),
      ),
    ).rejects.toMatchObject({ fieldErrors: { meetingId: expect.any(String) } });
    await expect(
      recordConsultationConclusion(
        { associationId: gotland, year: 2026, meetingId: null, question: 'F', conclusion: 'S' },
        as('medlem@finsamgotland.se'),
        deps(),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const { conclusionId } = await recordConsultationConclusion(
      {
        associationId: gotland,
        year: 2026,
        meetingId: meeting.id,
        question: 'Ska IPS prövas?',
        conclusion: 'Ja, inventera.',
      },
      director(),
      deps(),
    );
    expect(await lastAudit()).toMatchObject({ action: 'consultation.conclusionRecorded', entityId: conclusionId });
    await updateConsultationConclusion(
      {
        associationId: gotland,
        conclusionId,
        version: 1,
        year: 2026,
        meetingId: meeting.id,
        question: 'Ska IPS prövas på Gotland?',
        conclusion: 'Ja, inventera 2027.',
      },
      director(),
      deps(),
    );
    expect(await lastAudit()).toMatchObject({
      action: 'consultation.conclusionUpdated',
      data: { before: { question: 'Ska IPS prövas?' }, after: { question: 'Ska IPS prövas på Gotland?' } },
    });

    const saved = await savePlanConsideration(
      { associationId: gotland, planId: draft, conclusionId, text: 'Inventering i fokusområde 3.', version: null },
      director(),
      deps(),
    );
    expect(saved.version).toBe(1);
    const changed = await savePlanConsideration(
      {
        associationId: gotland,
        planId: draft,
        conclusionId,
        text: 'Inventering i fokusområde 3 och budget.',
        version: 1,
      },
      director(),
      deps(),
    );
    expect(changed.version).toBe(2);
    await expect(
      savePlanConsideration(
        { associationId: gotland, planId: draft, conclusionId, text: 'x', version: 1 },
        director(),
        deps(),
      ),
    ).rejects.toBeInstanceOf(StaleVersionError);

    const extra = await recordConsultationConclusion(
      { associationId: gotland, year: 2026, meetingId: null, question: 'Tillfällig', conclusion: 'Tas bort' },
      director(),
      deps(),
    );
    await removeConsultationConclusion(
      { associationId: gotland, conclusionId: extra.conclusionId, version: 1 },
      director(),
      deps(),
    );
    expect(await db.prisma.consultationConclusion.findUnique({ where: { id: extra.conclusionId } })).toBeNull();
    expect(await lastAudit()).toMatchObject({
      action: 'consultation.conclusionRemoved',
      data: { before: { question: 'Tillfällig' } },
    });
  });

  it('sends the consulted plan to the board as a prepared PLAN matter; the plan stays in consultation', async () => {
    const last = await db.prisma.matter.aggregate({
      where: { associationId: gotland, year: 2026 },
      _max: { number: true },
    });
    const result = await sendPlanToBoard(
      { associationId: gotland, planId: draft, version: await planVersion() },
      director(),
      deps(),
    );
    const matter = await db.prisma.matter.findUniqueOrThrow({ where: { id: result.matterId } });
    expect(matter).toMatchObject({
      kind: 'PLAN',
      status: 'PREPARED',
      planId: draft,
      title: 'Verksamhets- och budgetplan 2027',
      year: 2026,
      number: (last._max.number ?? 0) + 1,
    });
    expect(await planStatus()).toBe('IN_CONSULTATION');
    expect(await lastAudit()).toMatchObject({ action: 'plan.sentToBoard', entityType: 'Matter', entityId: matter.id });
    await expect(
      sendPlanToBoard({ associationId: gotland, planId: draft, version: await planVersion() }, director(), deps()),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('goes on the agenda through the hook, which refuses budget errors', async () => {
    const { line, cell } = await fkCell();
    const original = cell.amount.toString();
    await saveBudgetCell(
      { associationId: gotland, lineId: line.id, year: 2027, kind: 'BUDGET', amount: '1000000', version: cell.version },
      director(),
      deps(),
    );
    await expect(
      db.prisma.$transaction((tx) => onPlanPutOnAgenda(tx, { associationId: gotland, planId: draft, personId: null })),
    ).rejects.toBeInstanceOf(ConflictError);
    const broken = (await fkCell()).cell;
    await saveBudgetCell(
      {
        associationId: gotland,
        lineId: line.id,
        year: 2027,
        kind: 'BUDGET',
        amount: original,
        version: broken.version,
      },
      director(),
      deps(),
    );

    await db.prisma.$transaction((tx) =>
      onPlanPutOnAgenda(tx, { associationId: gotland, planId: draft, personId: people['admin@finsamgotland.se']! }),
    );
    expect(await planStatus()).toBe('ON_AGENDA');
    expect(await lastAudit()).toMatchObject({
      action: 'plan.putOnAgenda',
      data: { before: { status: 'IN_CONSULTATION' }, after: { status: 'ON_AGENDA' } },
    });
    // Frozen while on the agenda.
    await expect(loadEditablePlan(db.prisma, gotland, draft)).rejects.toBeInstanceOf(LockedError);
    await expect(
      db.prisma.$transaction((tx) => onPlanPutOnAgenda(tx, { associationId: gotland, planId: draft, personId: null })),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('returns to draft from the agenda, withdrawing the PLAN matter, and comes back along the road', async () => {
    await returnPlanToDraft(
      { associationId: gotland, planId: draft, version: await planVersion() },
      director(),
      deps(),
    );
    expect(await planStatus()).toBe('DRAFT');
    const matters = await db.prisma.matter.findMany({ where: { planId: draft } });
    expect(matters.map((m) => m.status)).toEqual(['WITHDRAWN']);
    for (const send of [sendPlanToPreparation, sendPlanToConsultation])
      await send({ associationId: gotland, planId: draft, version: await planVersion() }, director(), deps());
    await sendPlanToBoard({ associationId: gotland, planId: draft, version: await planVersion() }, director(), deps());
    await db.prisma.$transaction((tx) =>
      onPlanPutOnAgenda(tx, { associationId: gotland, planId: draft, personId: null }),
    );
    expect(await planStatus()).toBe('ON_AGENDA');
  });

  it('is adopted only by a decision, locks, and is flagged late after 30 November', async () => {
    const meeting = await db.prisma.meeting.create({
      data: {
        associationId: gotland,
        body: 'BOARD',
        title: 'Styrelsemöte',
        startsAt: new Date('2026-12-11T09:00:00+01:00'),
        status: 'HELD',
      },
    });
    const decision = await db.prisma.decision.create({
      data: {
        associationId: gotland,
        meetingId: meeting.id,
        text: 'Styrelsen antar planen.',
        decidedAt: meeting.startsAt,
      },
    });
    const adoptedNow = new Date('2026-12-11T12:00:00+01:00');
    const result = await db.prisma.$transaction((tx) =>
      adoptPlanByDecision(tx, {
        associationId: gotland,
        planId: draft,
        decisionId: decision.id,
        decidedAt: decision.decidedAt,
        personId: people['admin@finsamgotland.se']!,
        now: adoptedNow,
      }),
    );
    expect(result).toEqual({ late: true });
    expect(await db.prisma.plan.findUniqueOrThrow({ where: { id: draft } })).toMatchObject({
      status: 'ADOPTED',
      adoptionDecisionId: decision.id,
      adoptedAt: decision.decidedAt,
      lockedAt: adoptedNow,
    });
    expect(
      await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'plan.adopted' }, orderBy: { id: 'desc' } }),
    ).toMatchObject({
      action: 'plan.adopted',
      entityType: 'Plan',
      entityId: draft,
      data: { before: { status: 'ON_AGENDA' }, after: { status: 'ADOPTED' }, late: true },
    });
  });

  it('keeps the adopted plan locked: no budget, summary, consideration, comment, reply or road', async () => {
    const { line, cell } = await fkCell();
    await expect(
      saveBudgetCell(
        { associationId: gotland, lineId: line.id, year: 2027, kind: 'BUDGET', amount: '1', version: cell.version },
        director(),
        deps(),
      ),
    ).rejects.toBeInstanceOf(LockedError);
    await expect(loadEditablePlan(db.prisma, gotland, draft)).rejects.toBeInstanceOf(LockedError);
    await expect(
      saveConsultationSummary(
        { associationId: gotland, planId: draft, version: await planVersion(), summary: 'x' },
        director(),
        deps(),
      ),
    ).rejects.toBeInstanceOf(LockedError);
    const conclusion = await db.prisma.consultationConclusion.findFirstOrThrow({ where: { associationId: gotland } });
    await expect(
      savePlanConsideration(
        { associationId: gotland, planId: draft, conclusionId: conclusion.id, text: 'x', version: 2 },
        director(),
        deps(),
      ),
    ).rejects.toBeInstanceOf(LockedError);
    await expect(
      commentPlanSection(
        { associationId: gotland, planId: draft, sectionId: null, body: 'x' },
        as('medlem@finsamgotland.se'),
        deps(),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    const comment = await db.prisma.planComment.findFirstOrThrow({ where: { planId: draft, phase: 'CONSULTATION' } });
    await expect(
      replyToPlanComment(
        { associationId: gotland, commentId: comment.id, version: comment.version, reply: 'x' },
        director(),
        deps(),
      ),
    ).rejects.toBeInstanceOf(LockedError);
    await expect(
      returnPlanToDraft({ associationId: gotland, planId: draft, version: await planVersion() }, director(), deps()),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('is in time on 30 November, and a revision makes the previous version REVISED', async () => {
    const sjobygden = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'sjobygden' } })).id;
    const base = await db.prisma.plan.create({
      data: {
        associationId: sjobygden,
        year: 2031,
        title: 'Plan 2031',
        status: 'ADOPTED',
        adoptedAt: now,
        lockedAt: now,
      },
    });
    const revision = await db.prisma.plan.create({
      data: {
        associationId: sjobygden,
        year: 2031,
        versionNumber: 2,
        title: 'Plan 2031',
        status: 'ON_AGENDA',
        previousVersionId: base.id,
      },
    });
    const meeting = await db.prisma.meeting.create({
      data: {
        associationId: sjobygden,
        body: 'BOARD',
        title: 'Styrelsemöte',
        startsAt: new Date('2030-11-30T15:00:00+01:00'),
        status: 'HELD',
      },
    });
    const decision = await db.prisma.decision.create({
      data: { associationId: sjobygden, meetingId: meeting.id, text: 'Antas.', decidedAt: meeting.startsAt },
    });
    const result = await db.prisma.$transaction((tx) =>
      adoptPlanByDecision(tx, {
        associationId: sjobygden,
        planId: revision.id,
        decisionId: decision.id,
        decidedAt: decision.decidedAt,
        personId: null,
        now,
      }),
    );
    expect(result).toEqual({ late: false });
    expect(await planStatus(base.id)).toBe('REVISED');
    expect(await planStatus(revision.id)).toBe('ADOPTED');
  });

  it('hides another association’s plan', async () => {
    const sjobygden = await db.prisma.plan.findFirstOrThrow({ where: { association: { slug: 'sjobygden' } } });
    await expect(
      sendPlanToPreparation(
        { associationId: gotland, planId: sjobygden.id, version: sjobygden.version },
        director(),
        deps(),
      ),
    ).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe('Att göra', () => {
  it('lists matters on the next board agenda, minutes to adjust, plans to comment on and unread notices, with the meeting book', async () => {
    const { getMyTasks } = await import('@/server/plan/page-readers/get-my-tasks');
    const member = people['ledamot@finsamgotland.se']!;
    const at = new Date('2026-11-25T12:00:00+01:00');
    const upcoming = await db.prisma.meeting.findFirstOrThrow({
      where: {
        associationId: gotland,
        body: 'BOARD',
        status: { in: ['PLANNED', 'NOTICE_SENT'] },
        startsAt: { gte: at },
      },
      orderBy: { startsAt: 'asc' },
    });
    const matter = await db.prisma.matter.findFirstOrThrow({ where: { associationId: gotland, kind: 'APPLICATION' } });
    await db.prisma.agendaItem.create({
      data: { meetingId: upcoming.id, order: 10, kind: 'MATTER', title: matter.title, matterId: matter.id },
    });
    const held = await db.prisma.meeting.create({
      data: {
        associationId: gotland,
        body: 'BOARD',
        title: 'Extra styrelsemöte',
        startsAt: new Date('2026-10-01T09:00:00+02:00'),
        status: 'HELD',
      },
    });
    await db.prisma.adjuster.create({ data: { meetingId: held.id, personId: member } });
    await db.prisma.notice.create({
      data: { associationId: gotland, personId: member, meetingId: upcoming.id, text: 'Kallelse till styrelsemöte' },
    });
    const consulted = await db.prisma.plan.create({
      data: { associationId: gotland, year: 2032, title: 'Verksamhets- och budgetplan 2032', status: 'IN_PREPARATION' },
    });

    const tasks = await getMyTasks(gotland, member, ['BOARD_MEMBER'], { now: at, db: db.prisma });
    expect(tasks.matters.map((m) => m.title)).toContain(matter.title);
    expect(tasks.minutes.map((m) => m.meetingId)).toContain(held.id);
    expect(tasks.planComments).toContainEqual({
      planId: consulted.id,
      year: 2032,
      title: 'Verksamhets- och budgetplan 2032',
      phase: 'PREPARATION',
      ownComments: 0,
    });
    expect(tasks.notices.map((n) => n.text)).toContain('Kallelse till styrelsemöte');
    expect(tasks.meetingBook?.id).toBe(upcoming.id);
    expect(tasks.meetingBook?.items.find((i) => i.matter?.id === matter.id)?.matter?.title).toBe(matter.title);

    // The member representative follows no board meeting and may not comment in preparation.
    const representative = await getMyTasks(gotland, people['medlem@finsamgotland.se']!, ['MEMBER_REPRESENTATIVE'], {
      now: new Date('2026-11-25T12:00:00+01:00'),
      db: db.prisma,
    });
    expect(representative.matters).toEqual([]);
    expect(representative.planComments.map((p) => p.planId)).not.toContain(consulted.id);
    expect(representative.meetingBook?.body ?? null).not.toBe('BOARD');
  });
});
