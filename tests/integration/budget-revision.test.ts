import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { adoptBudgetRevision } from '@/server/budget/adopt-budget-revision';
import { getFollowUp } from '@/server/budget/page-readers/get-follow-up';
import { getPlanVersions } from '@/server/budget/page-readers/get-plan-versions';
import { startBudgetRevision } from '@/server/budget/start-budget-revision';
import { seedDemoData } from '@/server/seed/seed-demo';
import { ConflictError, FieldValidationError } from '@/server/kernel/use-case-errors';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let association: string;
let sjobygden: string;
let adopted: string;
const people: Record<string, string> = {};
const now = new Date('2026-11-25T12:00:00+01:00');

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
  association = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  sjobygden = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'sjobygden' } })).id;
  adopted = (await db.prisma.plan.findFirstOrThrow({ where: { associationId: association, year: 2026 } })).id;
  for (const person of await db.prisma.person.findMany()) people[person.email] = person.id;
});
afterAll(() => db.drop());

const options = () => ({ db: db.prisma });

/** Everything a version holds, without ids, for comparing two versions. */
async function contentOf(planId: string) {
  const plan = await db.prisma.plan.findUniqueOrThrow({
    where: { id: planId },
    include: {
      sections: { orderBy: { order: 'asc' } },
      focusAreas: { orderBy: { order: 'asc' } },
      targetGroups: {
        orderBy: { name: 'asc' },
        include: { interventions: { select: { id: true }, orderBy: { id: 'asc' } } },
      },
      goals: {
        orderBy: { order: 'asc' },
        include: {
          targetGroups: { select: { name: true } },
          interventions: { select: { id: true }, orderBy: { id: 'asc' } },
        },
      },
      budgetLines: { orderBy: { order: 'asc' }, include: { amounts: { orderBy: [{ year: 'asc' }, { kind: 'asc' }] } } },
    },
  });
  return {
    title: plan.title,
    sections: plan.sections.map(({ order, level, title, bodyMarkdown }) => ({ order, level, title, bodyMarkdown })),
    focusAreas: plan.focusAreas.map(({ order, title }) => ({ order, title })),
    targetGroups: plan.targetGroups.map(({ name, ageMin, ageMax, priority, interventions }) => ({
      name,
      ageMin,
      ageMax,
      priority,
      interventions,
    })),
    goals: plan.goals.map(({ level, text, targetValue, targetGroups, interventions }) => ({
      level,
      text,
      targetValue: targetValue?.toString(),
      targetGroups,
      interventions,
    })),
    budgetLines: plan.budgetLines.map(
      ({ name, type, category, outsideTotal, memberId, interventionId, note, amounts }) => ({
        name,
        type,
        category,
        outsideTotal,
        memberId,
        interventionId,
        note,
        amounts: amounts.map((a) => `${a.kind} ${a.year} ${a.amount.toString()}`),
      }),
    ),
  };
}

describe('budget revision', () => {
  let revision: string;

  it('refuses the auditor and a board member', async () => {
    for (const email of ['revisor@finsamgotland.se', 'ledamot@finsamgotland.se']) {
      await expect(
        startBudgetRevision(people[email], { associationId: association, planId: adopted }, options()),
      ).rejects.toMatchObject(new AuthorizationError('FORBIDDEN'));
    }
  });

  it('starts a revision that copies the adopted version, which stays unchanged', async () => {
    const before = await db.prisma.plan.findUniqueOrThrow({ where: { id: adopted } });
    const original = await contentOf(adopted);
    const started = await startBudgetRevision(
      people['chef@samplan.se'],
      { associationId: association, planId: adopted },
      options(),
    );
    revision = started.planId;
    expect(started).toMatchObject({ year: 2026, versionNumber: 2 });
    const copy = await db.prisma.plan.findUniqueOrThrow({ where: { id: revision } });
    expect(copy).toMatchObject({
      status: 'DRAFT',
      previousVersionId: adopted,
      lockedAt: null,
      adoptionDecisionId: null,
    });
    expect(await contentOf(revision)).toEqual(original);
    expect(original.goals.some((g) => g.targetGroups.length > 0 && g.interventions.length > 0)).toBe(true);
    expect(original.budgetLines.length).toBe(14);

    const after = await db.prisma.plan.findUniqueOrThrow({ where: { id: adopted } });
    expect(after).toEqual(before);
    expect(await contentOf(adopted)).toEqual(original);
    expect(await db.prisma.auditLog.count({ where: { action: 'plan.revisionStarted', entityId: revision } })).toBe(1);
  });

  it('refuses a second revision while a newer version exists', async () => {
    await expect(
      startBudgetRevision(people['chef@samplan.se'], { associationId: association, planId: adopted }, options()),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses adoption by a decision of another association, and by a board member', async () => {
    const otherMeeting = await db.prisma.meeting.create({
      data: { associationId: sjobygden, body: 'BOARD', title: 'Styrelsemöte', startsAt: now },
    });
    const foreign = await db.prisma.decision.create({
      data: {
        associationId: sjobygden,
        meetingId: otherMeeting.id,
        text: 'Annat förbunds beslut',
        decidedAt: now,
        effectiveAt: now,
      },
    });
    await expect(
      adoptBudgetRevision(
        people['chef@samplan.se'],
        { associationId: association, planId: revision, decisionId: foreign.id },
        options(),
      ),
    ).rejects.toBeInstanceOf(FieldValidationError);
    // Not the seeded meeting from February: its minutes are locked, and the lock trigger refuses new decisions there.
    // Not the upcoming one either: a decision exists from its meeting, never before it (ADR 034). A board meeting held on 25 November.
    const board = await db.prisma.meeting.create({
      data: { associationId: association, body: 'BOARD', title: 'Styrelsemöte', startsAt: now, status: 'HELD' },
    });
    const decision = await db.prisma.decision.create({
      data: {
        associationId: association,
        meetingId: board.id,
        text: 'Styrelsen antar reviderad budget 2026.',
        decidedAt: now,
        effectiveAt: now,
      },
    });
    for (const email of ['revisor@finsamgotland.se', 'ledamot@finsamgotland.se']) {
      await expect(
        adoptBudgetRevision(
          people[email],
          { associationId: association, planId: revision, decisionId: decision.id },
          options(),
        ),
      ).rejects.toMatchObject(new AuthorizationError('FORBIDDEN'));
    }
    expect((await db.prisma.plan.findUniqueOrThrow({ where: { id: revision } })).status).toBe('DRAFT');
  });

  it('adopts the revision by a board decision; the previous version is REVISED and still readable', async () => {
    const versionsBefore = await getPlanVersions(association, { year: 2026, now, db: db.prisma });
    const decision = versionsBefore.boardDecisions.find((d) => d.text === 'Styrelsen antar reviderad budget 2026.')!;
    expect(versionsBefore.boardDecisions.map((d) => d.text)).not.toContain('Annat förbunds beslut');
    const original = await contentOf(adopted);

    const result = await adoptBudgetRevision(
      people['chef@samplan.se'],
      { associationId: association, planId: revision, decisionId: decision.id },
      { ...options(), now },
    );
    expect(result).toEqual({ planId: revision, versionNumber: 2, revisedPlanId: adopted });

    const versions = await getPlanVersions(association, { year: 2026, now, db: db.prisma });
    expect(versions.versions.map((v) => `${v.versionNumber} ${v.status}`)).toEqual(['1 REVISED', '2 ADOPTED']);
    expect(versions.versions[1]!.decision?.id).toBe(decision.id);
    expect(versions.versions[1]!.adoptedAt).toEqual(now);
    expect(versions.versions[0]!.decision).not.toBeNull();
    expect(await contentOf(adopted)).toEqual(original);

    // The follow-up moves to the new version with the outcome booked so far.
    const view = await getFollowUp(association, { now, db: db.prisma });
    expect(view.plan?.versionNumber).toBe(2);
    expect(view.followUp!.lines.find((l) => l.name === 'Försäkringskassan')!.outcomeToDate.toString()).toBe('1750000');
  });

  it('refuses a decision already used to adopt a plan', async () => {
    const started = await startBudgetRevision(
      people['chef@samplan.se'],
      { associationId: association, planId: revision },
      options(),
    );
    const used = (await db.prisma.plan.findUniqueOrThrow({ where: { id: revision } })).adoptionDecisionId!;
    await expect(
      adoptBudgetRevision(
        people['admin@finsamgotland.se'],
        { associationId: association, planId: started.planId, decisionId: used },
        options(),
      ),
    ).rejects.toBeInstanceOf(FieldValidationError);
  });
});
