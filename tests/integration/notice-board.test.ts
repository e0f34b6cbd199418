/**
 * Issue 16, decisions and the notice board (ADR 034): a decision only once its meeting's day has come,
 * on every path that creates one, adopts a plan, funds an intervention or decides a matter; its effect
 * on the meeting date, or at the lock when the association's rule asks for adjusted minutes; the
 * minutes posted on the public notice board when locked, with the appeal period and the anslagsbevis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { adoptBudgetRevision } from '@/server/budget/adopt-budget-revision';
import { startBudgetRevision } from '@/server/budget/start-budget-revision';
import { saveIntervention } from '@/server/intervention/save-intervention';
import { ConflictError, FieldValidationError } from '@/server/kernel/use-case-errors';
import { updateMeeting } from '@/server/meeting/update-meeting';
import { addParagraph } from '@/server/minutes/add-paragraph';
import { approveMinutes } from '@/server/minutes/approve-minutes';
import { markMinutesReady } from '@/server/minutes/mark-minutes-ready';
import { currentMinutesHash } from '@/server/minutes-adjustment/minutes-content';
import { DEMO_PASSWORD } from '@/server/seed/demo-logins';
import { buildMinutesPdf } from '@/server/minutes/build-minutes-pdf';
import { chooseAdjusters } from '@/server/minutes/choose-adjusters';
import { publicMinutesPdf } from '@/server/minutes/public-minutes-pdf';
import { recordDecision } from '@/server/minutes/record-decision';
import { getNoticeBoard } from '@/server/notice-board/page-readers/get-notice-board';
import { publicPlanPdf } from '@/server/plan-document/public-plan-pdf';
import { findPlan } from '@/server/plan-version/find-plan';
import { seedDemoData } from '@/server/seed/seed-demo';
import { loadAssociationRules } from '@/server/settings/load-association-rules';
import { saveAssociationRules } from '@/server/settings/save-association-rules';
import { pdfText } from '../support/pdf-text';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
let db: PrismaClient;
let gotland: string;
const person: Record<string, string> = {};
/** Wednesday 25 November 2026, 11:00 in Stockholm. */
const now = new Date('2026-11-25T10:00:00Z');
const deps = (at: Date = now) => ({ db, now: at });
const as = (email: string) => ({ personId: person[email]! });
const office = () => as('admin@finsamgotland.se');
/** An adjuster's approval of the content they saw, confirmed with their password (ADR 033). */
const approval = async (meetingId: string) => ({
  associationId: gotland,
  meetingId,
  contentHash: await currentMinutesHash(db, meetingId),
  password: DEMO_PASSWORD,
});
const NOT_HELD = /^Sammanträdet hålls 26 november 2026\. Ett beslut finns först från sammanträdet/;

/** A FinsamGotland board meeting with quorum (Sofia Nyberg serves for the absent Omar Haddad). */
async function boardMeeting(startsAt: string) {
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
  const seat = await db.boardSeat.findFirstOrThrow({
    where: { associationId: gotland, personId: person['ledamot@finsamgotland.se'] },
  });
  await db.attendance.createMany({
    data: [
      { meetingId: meeting.id, personId: person['ordforande@finsamgotland.se']!, status: 'PRESENT' },
      { meetingId: meeting.id, personId: person['vice@finsamgotland.se']!, status: 'PRESENT' },
      { meetingId: meeting.id, personId: person['ledamot@finsamgotland.se']!, status: 'ABSENT' },
      {
        meetingId: meeting.id,
        personId: person['ersattare@finsamgotland.se']!,
        status: 'PRESENT',
        servingForId: seat.id,
      },
    ],
  });
  return meeting;
}

/** The 2027 plan on the agenda as a PLAN matter, and a paragraph for it in the meeting. */
async function planParagraph(meetingId: string) {
  const plan = await db.plan.findFirstOrThrow({ where: { associationId: gotland, year: 2027 } });
  await db.plan.update({ where: { id: plan.id }, data: { status: 'ON_AGENDA' } });
  const matter = await db.matter.create({
    data: {
      associationId: gotland,
      year: 2026,
      number: 900 + Math.floor(Math.random() * 90),
      kind: 'PLAN',
      title: 'Verksamhets- och budgetplan 2027',
      status: 'ON_AGENDA',
      raisedById: person['chef@samplan.se']!,
      planId: plan.id,
    },
  });
  const { paragraphId } = await addParagraph(
    {
      associationId: gotland,
      meetingId,
      title: 'Verksamhets- och budgetplan 2027',
      matterId: matter.id,
      planId: plan.id,
    },
    office(),
    deps(),
  );
  return { plan, matter, paragraphId };
}

async function interventionParagraph(meetingId: string) {
  const intervention = await db.intervention.create({
    data: { associationId: gotland, name: `Ny insats ${meetingId}`, kind: 'INDIVIDUAL', status: 'PROPOSED' },
  });
  const { paragraphId } = await addParagraph(
    { associationId: gotland, meetingId, title: 'Ny insats', interventionId: intervention.id },
    office(),
    deps(),
  );
  return { intervention, paragraphId };
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  await seedDemoData(db);
  gotland = (await db.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  for (const row of await db.person.findMany({ select: { id: true, email: true } })) person[row.email] = row.id;
});
afterAll(() => database?.drop());

describe('a decision exists from its meeting, never before it', () => {
  it('refuses a decision at tomorrow’s meeting, also one minute before Swedish midnight, and records it from midnight, dated the meeting', async () => {
    const meeting = await boardMeeting('2026-11-26T09:00:00+01:00');
    const { paragraphId } = await addParagraph(
      { associationId: gotland, meetingId: meeting.id, title: 'Ett ärende' },
      office(),
      deps(),
    );
    const input = { associationId: gotland, paragraphId, version: 1, text: 'Styrelsen beslutar enligt förslaget.' };
    for (const at of [now, new Date('2026-11-25T22:59:00Z')]) {
      const attempt = recordDecision(input, office(), deps(at));
      await expect(attempt).rejects.toBeInstanceOf(ConflictError);
      await expect(attempt).rejects.toThrow(NOT_HELD);
    }
    expect(await db.decision.count({ where: { paragraphId } })).toBe(0);

    // 00:00 on 26 November in Stockholm: the meeting's day has come (before its hour).
    const result = await recordDecision(input, office(), deps(new Date('2026-11-25T23:00:00Z')));
    const decision = await db.decision.findUniqueOrThrow({ where: { id: result.decisionId } });
    expect(decision.decidedAt).toEqual(meeting.startsAt);
    expect(decision.effectiveAt).toEqual(meeting.startsAt);
  });

  it('refuses adopting the plan and deciding its matter at a meeting that has not been held; nothing changes', async () => {
    const meeting = await boardMeeting('2026-11-26T13:00:00+01:00');
    const { plan, matter, paragraphId } = await planParagraph(meeting.id);
    const attempt = recordDecision(
      { associationId: gotland, paragraphId, version: 1, text: 'Styrelsen antar planen.', adoptsPlan: true },
      office(),
      deps(),
    );
    await expect(attempt).rejects.toThrow(NOT_HELD);
    expect((await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe('ON_AGENDA');
    expect((await db.matter.findUniqueOrThrow({ where: { id: matter.id } })).status).toBe('ON_AGENDA');
    await db.matter.update({ where: { id: matter.id }, data: { status: 'WITHDRAWN' } });
    await db.plan.update({ where: { id: plan.id }, data: { status: 'DRAFT' } });
  });

  it('refuses funding an intervention at a meeting that has not been held', async () => {
    const meeting = await boardMeeting('2026-11-26T15:00:00+01:00');
    const { intervention, paragraphId } = await interventionParagraph(meeting.id);
    const attempt = recordDecision(
      { associationId: gotland, paragraphId, version: 1, text: 'Styrelsen beviljar.', fundsIntervention: true },
      office(),
      deps(),
    );
    await expect(attempt).rejects.toThrow(NOT_HELD);
    expect(await db.intervention.findUniqueOrThrow({ where: { id: intervention.id } })).toMatchObject({
      status: 'PROPOSED',
      fundingDecisionId: null,
    });
  });

  it('refuses linking an intervention to, or adopting a budget revision by, a decision of a meeting not yet held', async () => {
    // A row no use case would write any more (as data from before this rule might hold).
    const meeting = await boardMeeting('2026-11-26T17:00:00+01:00');
    const decision = await db.decision.create({
      data: {
        associationId: gotland,
        meetingId: meeting.id,
        text: 'Förhandsbeslut',
        decidedAt: meeting.startsAt,
        effectiveAt: meeting.startsAt,
      },
    });
    const link = saveIntervention(
      {
        associationId: gotland,
        name: 'Länkad insats',
        kind: 'STRUCTURAL',
        status: 'DECIDED',
        startDate: '2027-01-01',
        endDate: '2027-12-31',
        fundingDecisionId: decision.id,
      },
      as('chef@samplan.se'),
      deps(),
    );
    await expect(link).rejects.toBeInstanceOf(FieldValidationError);
    await expect(link).rejects.toMatchObject({ fieldErrors: { fundingDecisionId: expect.stringMatching(NOT_HELD) } });

    const adopted = await db.plan.findFirstOrThrow({
      where: { associationId: gotland, year: 2026, status: 'ADOPTED' },
    });
    const { planId } = await startBudgetRevision(
      person['chef@samplan.se'],
      { associationId: gotland, planId: adopted.id },
      { db },
    );
    const adopt = adoptBudgetRevision(
      person['chef@samplan.se'],
      { associationId: gotland, planId, decisionId: decision.id },
      deps(),
    );
    await expect(adopt).rejects.toMatchObject({ fieldErrors: { decisionId: expect.stringMatching(NOT_HELD) } });
    expect((await db.plan.findUniqueOrThrow({ where: { id: planId } })).status).toBe('DRAFT');
  });

  it('refuses moving a meeting with recorded decisions to a day that has not come', async () => {
    const meeting = await boardMeeting('2026-11-24T09:00:00+01:00');
    const { paragraphId } = await addParagraph(
      { associationId: gotland, meetingId: meeting.id, title: 'Ett ärende' },
      office(),
      deps(),
    );
    await recordDecision({ associationId: gotland, paragraphId, version: 1, text: 'Beslutat.' }, office(), deps());
    // Still open for changes (its notice out, not marked held): only its decisions hold it to its day.
    await db.meeting.update({ where: { id: meeting.id }, data: { status: 'NOTICE_SENT' } });
    const move = updateMeeting(
      {
        associationId: gotland,
        meetingId: meeting.id,
        version: meeting.version,
        title: 'Styrelsemöte',
        startsAt: '2026-12-11T09:00',
      },
      as('chef@samplan.se'),
      deps(),
    );
    await expect(move).rejects.toBeInstanceOf(ConflictError);
    await expect(move).rejects.toThrow(/har protokollförda beslut och kan inte flyttas/);
  });
});

describe('when a decision takes effect, and the notice board', () => {
  it('the rule is saved per year on Regler (default: on the meeting date)', async () => {
    expect((await loadAssociationRules(db, gotland, 2028)).decisionsNeedAdjustedMinutes).toBe(false);
    const rules = await loadAssociationRules(db, gotland, 2028);
    await saveAssociationRules(
      {
        associationId: gotland,
        year: 2028,
        version: null,
        regionHoldsMunicipalRole: rules.regionHoldsMunicipalRole,
        municipalSplitKey: rules.municipalSplitKey,
        equityFloor: rules.equityFloor.toString(),
        capTiers: rules.capTiers.map((t) => ({ upTo: t.upTo?.toString() ?? null, percent: t.percent.toString() })),
        prognosisYears: rules.prognosisYears,
        adoptionDeadlineMonth: rules.adoptionDeadlineMonth,
        adoptionDeadlineDay: rules.adoptionDeadlineDay,
        quorumRule: rules.quorumRule,
        quorumFixedCount: rules.quorumFixedCount,
        noticeBoardText: rules.noticeBoardText,
        noticeBoardUrl: rules.noticeBoardUrl,
        decisionsNeedAdjustedMinutes: true,
      },
      as('chef@samplan.se'),
      deps(),
    );
    expect((await loadAssociationRules(db, gotland, 2028)).decisionsNeedAdjustedMinutes).toBe(true);
    expect((await loadAssociationRules(db, gotland, 2027)).decisionsNeedAdjustedMinutes).toBe(false);
  });

  it('rule off: the plan is adopted on the meeting date by the decision and published on the notice board', async () => {
    const meeting = await boardMeeting('2026-11-19T09:00:00+01:00');
    const { plan, paragraphId } = await planParagraph(meeting.id);
    const result = await recordDecision(
      { associationId: gotland, paragraphId, version: 1, text: 'Styrelsen antar planen.', adoptsPlan: true },
      office(),
      deps(),
    );
    expect(result.effectiveAt).toEqual(meeting.startsAt);
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      status: 'ADOPTED',
      adoptedAt: meeting.startsAt,
    });
    expect(await db.noticeBoardPosting.findUniqueOrThrow({ where: { planId: plan.id } })).toMatchObject({
      kind: 'PLAN',
      postedOn: new Date('2026-11-25T00:00:00Z'),
      takeDownOn: null,
    });
    const board = (await getNoticeBoard('finsamgotland', { db, now }))!;
    expect(board.plans.map((p) => p.planId)).toContain(plan.id);
    const pdf = await publicPlanPdf({ slug: 'finsamgotland', planId: plan.id }, { db, compress: false });
    expect(pdf?.contentType).toBe('application/pdf');
    // Put back: later tests use the 2027 plan again.
    await db.noticeBoardPosting.delete({ where: { planId: plan.id } });
    await db.plan.update({
      where: { id: plan.id },
      data: { status: 'DRAFT', adoptionDecisionId: null, adoptedAt: null, lockedAt: null },
    });
  });

  it('rule on: no effect until the minutes are locked; the lock adopts the plan (dated the meeting), funds the intervention and posts the minutes', async () => {
    await db.associationRules.updateMany({
      where: { associationId: gotland },
      data: { decisionsNeedAdjustedMinutes: true },
    });
    const meeting = await boardMeeting('2026-11-20T09:00:00+01:00');
    const { plan, paragraphId } = await planParagraph(meeting.id);
    const funding = await interventionParagraph(meeting.id);

    const adoption = await recordDecision(
      { associationId: gotland, paragraphId, version: 1, text: 'Styrelsen antar planen.', adoptsPlan: true },
      office(),
      deps(),
    );
    const funded = await recordDecision(
      {
        associationId: gotland,
        paragraphId: funding.paragraphId,
        version: 1,
        text: 'Styrelsen beviljar medel.',
        fundsIntervention: true,
      },
      office(),
      deps(),
    );
    expect(adoption).toMatchObject({ effectiveAt: null, planAdopted: null });
    expect(await db.decision.findUniqueOrThrow({ where: { id: adoption.decisionId } })).toMatchObject({
      decidedAt: meeting.startsAt,
      effectiveAt: null,
      pendingPlanId: plan.id,
    });
    // Not "antagen" before the decision takes effect: the plan stays on the agenda, the dashboard says it waits.
    expect((await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe('ON_AGENDA');
    const shown = (await findPlan(gotland, 2026, 2027, db)).plan!;
    expect(shown).toMatchObject({ decidedAt: null, adoptionPendingSince: meeting.startsAt });
    expect(await db.intervention.findUniqueOrThrow({ where: { id: funding.intervention.id } })).toMatchObject({
      status: 'PROPOSED',
      fundingDecisionId: funded.decisionId,
    });
    expect(await db.noticeBoardPosting.count({ where: { meetingId: meeting.id } })).toBe(0);

    await chooseAdjusters(
      {
        associationId: gotland,
        meetingId: meeting.id,
        personIds: [person['vice@finsamgotland.se']!, person['ersattare@finsamgotland.se']!],
      },
      office(),
      deps(),
    );
    await markMinutesReady({ associationId: gotland, meetingId: meeting.id }, office(), deps());
    await approveMinutes(await approval(meeting.id), as('vice@finsamgotland.se'), deps());
    // Locked on Friday 4 December 2026: three weeks on is juldagen, so the notice comes down Monday 28 December.
    const lockedAt = new Date('2026-12-04T14:00:00+01:00');
    await approveMinutes(await approval(meeting.id), as('ersattare@finsamgotland.se'), deps(lockedAt));

    expect(await db.decision.findUniqueOrThrow({ where: { id: adoption.decisionId } })).toMatchObject({
      effectiveAt: lockedAt,
      pendingPlanId: null,
    });
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      status: 'ADOPTED',
      adoptionDecisionId: adoption.decisionId,
      adoptedAt: meeting.startsAt,
      lockedAt,
    });
    expect((await db.intervention.findUniqueOrThrow({ where: { id: funding.intervention.id } })).status).toBe(
      'DECIDED',
    );
    expect(await db.noticeBoardPosting.findUniqueOrThrow({ where: { meetingId: meeting.id } })).toMatchObject({
      kind: 'MINUTES',
      postedAt: lockedAt,
      postedOn: new Date('2026-12-04T00:00:00Z'),
      takeDownOn: new Date('2026-12-28T00:00:00Z'),
    });
    const audit = await db.auditLog.findMany({
      where: { entityId: { in: [adoption.decisionId, funded.decisionId] }, action: 'minutes.decisionTookEffect' },
    });
    expect(audit).toHaveLength(2);

    // The public board, signed out, on 10 December: the minutes are up with their appeal period.
    const board = (await getNoticeBoard('finsamgotland', { db, now: new Date('2026-12-10T12:00:00+01:00') }))!;
    expect(board.current).toEqual([
      expect.objectContaining({ meetingId: meeting.id, postedOn: '2026-12-04', takeDownOn: '2026-12-28' }),
    ]);
    // The seeded February minutes were taken down on 6 March.
    expect(board.earlier).toEqual([expect.objectContaining({ postedOn: '2026-02-13', takeDownOn: '2026-03-06' })]);
    expect(board.plans.map((p) => p.planId)).toContain(plan.id);

    // The PDF, public and signed in alike, ends with the notice of posting.
    const pdf = await publicMinutesPdf({ slug: 'finsamgotland', meetingId: meeting.id }, { db, compress: false });
    const text = pdfText(pdf!.body);
    for (const expected of [
      'Anslagsbevis',
      'Sammanträdesdatum: 20 november 2026',
      'Datum för justering: 4 december 2026',
      'Datum då anslaget sattes upp: 4 december 2026',
      'Datum då anslaget tas ned: 28 december 2026',
      'Förvaringsplats för protokollet',
      '13 kap. kommunallagen',
    ])
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    const signedIn = await buildMinutesPdf(
      { associationId: gotland, meetingId: meeting.id },
      as('revisor@finsamgotland.se'),
      { db },
    );
    expect(signedIn?.body.byteLength).toBeGreaterThan(1000);
    await db.associationRules.updateMany({
      where: { associationId: gotland },
      data: { decisionsNeedAdjustedMinutes: false },
    });
  });

  it('the notice board answers nothing for an unknown address and serves no unposted minutes or plan', async () => {
    expect(await getNoticeBoard('finnsinte', { db })).toBeNull();
    const unposted = await boardMeeting('2026-11-23T09:00:00+01:00');
    expect(await publicMinutesPdf({ slug: 'finsamgotland', meetingId: unposted.id }, { db })).toBeNull();
    const held = await db.meeting.findFirstOrThrow({
      where: { associationId: gotland, minutesLockedAt: { not: null } },
    });
    // Posted minutes of FinsamGotland, asked for under another association's address.
    expect(await publicMinutesPdf({ slug: 'sjobygden', meetingId: held.id }, { db })).toBeNull();
    expect(await publicMinutesPdf({ slug: 'finsamgotland', meetingId: held.id }, { db })).not.toBeNull();
    const draft = await db.plan.findFirstOrThrow({ where: { associationId: gotland, status: 'DRAFT' } });
    expect(await publicPlanPdf({ slug: 'finsamgotland', planId: draft.id }, { db })).toBeNull();
  });
});
