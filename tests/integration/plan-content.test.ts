import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBlockingErrors } from '@/domain/budget/analyze-budget';
import { saveBudgetCell } from '@/server/budget/save-budget-cell';
import { saveIntervention } from '@/server/intervention/save-intervention';
import { saveInterventionBudget } from '@/server/intervention/save-intervention-budget';
import { getPlanComparison } from '@/server/plan/page-readers/get-plan-comparison';
import { movePlanSection } from '@/server/plan/move-plan-section';
import { analyzePlanBudget } from '@/server/plan/plan-budget-analysis';
import { removePlanSection } from '@/server/plan/remove-plan-section';
import { saveGoal } from '@/server/plan/save-goal';
import { savePlanSection } from '@/server/plan/save-plan-section';
import { saveTargetGroup } from '@/server/plan/save-target-group';
import { startNextYearPlan } from '@/server/plan/start-next-year-plan';
import { seedDemoData } from '@/server/seed/seed-demo';
import { ConflictError, FieldValidationError, LockedError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let gotland: string;
let sjobygden: string;
let adopted2026: string;
let director: string;
let draft2027: string;
const options = () => ({ db: db.prisma });
const actor = () => ({ personId: director });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
  gotland = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  sjobygden = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'sjobygden' } })).id;
  adopted2026 = (await db.prisma.plan.findFirstOrThrow({ where: { associationId: gotland, year: 2026 } })).id;
  director = (await db.prisma.person.findUniqueOrThrow({ where: { email: 'chef@samplan.se' } })).id;
  // Start 2027 ourselves: the seeded FinsamGotland 2027 draft goes first.
  await db.prisma.plan.deleteMany({ where: { associationId: gotland, year: 2027 } });
});
afterAll(() => db.drop());

async function amountsOf(planId: string, name: string) {
  const line = await db.prisma.budgetLine.findFirst({
    where: { planId, name },
    include: { amounts: { orderBy: { year: 'asc' } } },
  });
  return line?.amounts.map((a) => `${a.year} ${a.kind[0]} ${a.amount.toString()}`) ?? null;
}

describe('starting FinsamGotland’s 2027 plan from the adopted 2026 plan', () => {
  it('copies sections, focus areas, target groups and goals with their links', async () => {
    const { planId, year } = await startNextYearPlan(
      { associationId: gotland, sourcePlanId: adopted2026 },
      actor(),
      options(),
    );
    draft2027 = planId;
    expect(year).toBe(2027);
    const count = (id: string) =>
      db.prisma.plan.findUniqueOrThrow({
        where: { id },
        select: {
          title: true,
          status: true,
          _count: { select: { sections: true, focusAreas: true, targetGroups: true, goals: true } },
        },
      });
    const [source, copy] = await Promise.all([count(adopted2026), count(planId)]);
    expect(copy).toEqual({ title: 'Verksamhets- och budgetplan 2027', status: 'DRAFT', _count: source._count });
    expect(source._count.sections).toBeGreaterThan(5);
    const goal = await db.prisma.goal.findFirstOrThrow({
      where: { planId, text: { startsWith: '75 % av deltagarna ska uppleva sig' } },
      include: { targetGroups: true, interventions: true },
    });
    expect(goal.targetGroups.map((g) => [g.name, g.planId])).toEqual([
      ['Personer i behov av samordnad rehabilitering', planId],
    ]);
    expect(goal.interventions.map((i) => i.name).sort()).toEqual([
      'Jobbvägen – Försteget till ordinarie verksamhet',
      'Ung Vux Gotland',
    ]);
  });

  it('carries running interventions’ lines and moves the prognoses one year on', async () => {
    // Försteget ends mid-2028: nothing after.
    expect(await amountsOf(draft2027, 'Jobbvägen försteget')).toEqual([
      '2026 B 1652447',
      '2027 B 1705325',
      '2028 P 735421',
      '2029 P 0',
      '2030 P 0',
    ]);
    // Ung Vux Gotland ends 2026: zero after.
    expect(await amountsOf(draft2027, 'Ung Vux Gotland')).toEqual([
      '2026 B 850000',
      '2027 B 0',
      '2028 P 0',
      '2029 P 0',
      '2030 P 0',
    ]);
    expect(await amountsOf(draft2027, 'Nya insatser')).toEqual([
      '2026 B 1300000',
      '2027 B 1300000',
      '2028 P 1300000',
      '2029 P 2000000',
      '2030 P 2000000',
    ]);
    expect(await amountsOf(draft2027, 'Eget kapital')).toEqual(['2026 B 2714095']);
    // The ended intervention and the one-off 2025 cost stay behind.
    expect(await amountsOf(draft2027, 'Jobbvagen A/R')).toBeNull();
    expect(await amountsOf(draft2027, 'Konsulttjänster')).toBeNull();
    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: 'plan.nextYearStarted', entityId: draft2027 },
    });
    expect(entry).toMatchObject({
      personId: director,
      entityType: 'Plan',
      data: { after: { year: 2027, sourcePlanId: adopted2026 } },
    });
  });

  it('refuses to start a year that already has a plan', async () => {
    await expect(
      startNextYearPlan({ associationId: gotland, sourcePlanId: adopted2026 }, actor(), options()),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('editing the content', () => {
  it('edits, moves and removes sections with versions, and audits each change', async () => {
    const [first, second] = await db.prisma.planSection.findMany({
      where: { planId: draft2027 },
      orderBy: { order: 'asc' },
      take: 2,
    });
    const saved = await savePlanSection(
      {
        associationId: gotland,
        planId: draft2027,
        sectionId: first!.id,
        version: first!.version,
        title: first!.title,
        level: first!.level,
        bodyMarkdown: `${first!.bodyMarkdown}\n\nNytt stycke för 2027.`,
      },
      actor(),
      options(),
    );
    expect(saved.version).toBe(first!.version + 1);
    // The same edit again, from the version read before: stale, with the fresh row.
    const stale = await savePlanSection(
      {
        associationId: gotland,
        planId: draft2027,
        sectionId: first!.id,
        version: first!.version,
        title: 'X',
        level: 1,
        bodyMarkdown: '',
      },
      actor(),
      options(),
    ).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(StaleVersionError);
    expect((stale as StaleVersionError<{ version: number }>).fresh.version).toBe(saved.version);

    await movePlanSection(
      { associationId: gotland, sectionId: second!.id, version: second!.version, direction: 'up' },
      actor(),
      options(),
    );
    const order = await db.prisma.planSection.findMany({
      where: { planId: draft2027 },
      orderBy: { order: 'asc' },
      take: 2,
      select: { id: true },
    });
    expect(order.map((s) => s.id)).toEqual([second!.id, first!.id]);

    const added = await savePlanSection(
      { associationId: gotland, planId: draft2027, title: 'Tillfälligt', level: 2, bodyMarkdown: '' },
      actor(),
      options(),
    );
    await removePlanSection(
      { associationId: gotland, sectionId: added.id, version: added.version },
      actor(),
      options(),
    );
    const actions = (
      await db.prisma.auditLog.findMany({
        where: { associationId: gotland, action: { startsWith: 'plan.section' } },
        orderBy: { id: 'asc' },
      })
    ).map((e) => e.action);
    expect(actions).toEqual(['plan.sectionUpdated', 'plan.sectionMoved', 'plan.sectionAdded', 'plan.sectionRemoved']);
    const update = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'plan.sectionUpdated' } });
    expect(Object.keys((update.data as { before: object }).before)).toEqual(['bodyMarkdown']);
  });

  it('refuses changes to the adopted 2026 plan', async () => {
    const section = await db.prisma.planSection.findFirstOrThrow({ where: { planId: adopted2026 } });
    await expect(
      savePlanSection(
        {
          associationId: gotland,
          planId: adopted2026,
          sectionId: section.id,
          version: section.version,
          title: 'Ändrad',
          level: 1,
          bodyMarkdown: '',
        },
        actor(),
        options(),
      ),
    ).rejects.toBeInstanceOf(LockedError);
    await expect(
      saveGoal(
        {
          associationId: gotland,
          planId: adopted2026,
          level: 'STRUCTURAL',
          text: 'Nytt',
          targetKind: null,
          targetValue: null,
          measure: null,
          financialCheck: null,
        },
        actor(),
        options(),
      ),
    ).rejects.toBeInstanceOf(LockedError);
    await expect(
      saveTargetGroup(
        { associationId: gotland, planId: adopted2026, name: 'Ny', ageMin: null, ageMax: null, priority: 1 },
        actor(),
        options(),
      ),
    ).rejects.toBeInstanceOf(LockedError);
    expect((await db.prisma.planSection.findUniqueOrThrow({ where: { id: section.id } })).title).toBe(section.title);
  });

  it('adds a measurable goal linked to a target group and checks the target value', async () => {
    const group = await db.prisma.targetGroup.findFirstOrThrow({
      where: { planId: draft2027, name: 'Unga vuxna med aktivitetsersättning' },
    });
    const input = {
      associationId: gotland,
      planId: draft2027,
      level: 'INDIVIDUAL' as const,
      text: '40 % av unga vuxna med aktivitetsersättning ska gå vidare till arbete eller studier',
      targetKind: 'PERCENT' as const,
      targetValue: '140',
      indicator: 'Avslut till arbete eller studier',
      measure: 'ENDED_TO_WORK_OR_STUDIES_SHARE' as const,
      financialCheck: null,
      targetGroupIds: [group.id],
    };
    const refused = await saveGoal(input, actor(), options()).catch((e: unknown) => e);
    expect((refused as FieldValidationError).fieldErrors).toEqual({ targetValue: 'En andel kan vara högst 100 %.' });
    const goal = await saveGoal({ ...input, targetValue: '40' }, actor(), options());
    expect([goal.targetValue?.toString(), goal.measure, goal.targetGroups]).toEqual([
      '40',
      'ENDED_TO_WORK_OR_STUDIES_SHARE',
      [{ id: group.id }],
    ]);
  });

  it('gives an intervention its budget as its line in the budget, zero after its end', async () => {
    const intervention = await saveIntervention(
      {
        associationId: gotland,
        name: 'Arbetsgivarnätverk Gotland',
        kind: 'STRUCTURAL',
        status: 'DECIDED',
        startDate: '2027-01-01',
        endDate: '2028-12-31',
        fundingDecisionId: null,
      },
      actor(),
      options(),
    );
    const afterEnd = await saveInterventionBudget(
      {
        associationId: gotland,
        interventionId: intervention.id,
        planId: draft2027,
        amounts: [{ year: 2029, amount: '100 000', version: null }],
      },
      actor(),
      options(),
    ).catch((e: unknown) => e);
    expect((afterEnd as FieldValidationError).fieldErrors).toEqual({
      'amounts.2029': '2029: insatsen slutar 2028, så beloppet ska vara 0 kr.',
    });

    const saved = await saveInterventionBudget(
      {
        associationId: gotland,
        interventionId: intervention.id,
        planId: draft2027,
        amounts: [
          { year: 2027, amount: '250 000', version: null },
          { year: 2028, amount: '300000', version: null },
          { year: 2029, amount: '0', version: null },
        ],
      },
      actor(),
      options(),
    );
    const line = await db.prisma.budgetLine.findUniqueOrThrow({ where: { id: saved.lineId } });
    expect([line.name, line.category, line.type, line.interventionId, line.planId]).toEqual([
      'Arbetsgivarnätverk Gotland',
      'INTERVENTION',
      'COST',
      intervention.id,
      draft2027,
    ]);
    expect(await amountsOf(draft2027, 'Arbetsgivarnätverk Gotland')).toEqual([
      '2027 B 250000',
      '2028 P 300000',
      '2029 P 0',
    ]);

    // The budget editor writes the same cells, under the same end rule.
    const cell2027 = saved.cells.find((c) => c.year === 2027)!;
    await saveBudgetCell(
      {
        associationId: gotland,
        lineId: line.id,
        year: 2027,
        kind: 'BUDGET',
        amount: '275 000',
        version: cell2027.version,
      },
      actor(),
      options(),
    );
    expect(await amountsOf(draft2027, 'Arbetsgivarnätverk Gotland')).toEqual([
      '2027 B 275000',
      '2028 P 300000',
      '2029 P 0',
    ]);
    const refused = await saveBudgetCell(
      {
        associationId: gotland,
        lineId: line.id,
        year: 2029,
        kind: 'PROGNOSIS',
        amount: '5',
        version: saved.cells.find((c) => c.year === 2029)!.version,
      },
      actor(),
      options(),
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FieldValidationError);
    // A stale cell version from the intervention's form is refused.
    await expect(
      saveInterventionBudget(
        {
          associationId: gotland,
          interventionId: intervention.id,
          planId: draft2027,
          amounts: [{ year: 2027, amount: '1', version: cell2027.version }],
        },
        actor(),
        options(),
      ),
    ).rejects.toBeInstanceOf(StaleVersionError);
    // Not in the adopted plan.
    await expect(
      saveInterventionBudget(
        {
          associationId: gotland,
          interventionId: intervention.id,
          planId: adopted2026,
          amounts: [{ year: 2026, amount: '1', version: null }],
        },
        actor(),
        options(),
      ),
    ).rejects.toBeInstanceOf(LockedError);
    expect(await db.prisma.auditLog.count({ where: { action: 'intervention.budgetSaved', entityId: line.id } })).toBe(
      1,
    );

    // Ending the intervention earlier sets the later years to zero in the draft.
    await saveIntervention(
      {
        associationId: gotland,
        interventionId: intervention.id,
        version: intervention.version,
        name: intervention.name,
        kind: 'STRUCTURAL',
        status: 'DECIDED',
        startDate: '2027-01-01',
        endDate: '2027-12-31',
        fundingDecisionId: null,
      },
      actor(),
      options(),
    );
    expect(await amountsOf(draft2027, 'Arbetsgivarnätverk Gotland')).toEqual(['2027 B 275000', '2028 P 0', '2029 P 0']);
  });
});

describe('comparing versions', () => {
  it('lists the changes between last year’s plan and the 2027 draft', async () => {
    const { a, b, comparison } = await getPlanComparison(gotland, { a: null, b: draft2027 }, db.prisma);
    expect([a?.id, b?.id]).toEqual([adopted2026, draft2027]);
    const changed = comparison!.sections.filter((s) => s.change !== 'same');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.diff.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual([
      'Nytt stycke för 2027.',
    ]);
    expect(comparison!.goals.added.map((g) => g.text)).toEqual([
      '40 % av unga vuxna med aktivitetsersättning ska gå vidare till arbete eller studier',
    ]);
    expect(comparison!.interventions.added.map((i) => i.name)).toEqual(['Arbetsgivarnätverk Gotland']);
    expect(comparison!.interventions.removed.map((i) => i.name)).toEqual(['Jobbvägen A/R']);
    const line = (name: string) => comparison!.lines.find((l) => l.name === name)!;
    expect(line('Jobbvägen försteget')).toMatchObject({
      change: 'changed',
      years: expect.arrayContaining([{ year: 2027, before: '1705325', after: '1705325' }]),
    });
    expect(line('Konsulttjänster').change).toBe('removed');
    expect(line('Arbetsgivarnätverk Gotland').change).toBe('added');
  });
});

describe('Sjöbygden’s seeded 2027 draft', () => {
  it('was started from 2026 and has no blocking budget errors', async () => {
    const draft = await db.prisma.plan.findFirstOrThrow({
      where: { associationId: sjobygden, year: 2027 },
      include: { _count: { select: { sections: true, targetGroups: true, goals: true } } },
    });
    expect([draft.title, draft.status, draft.versionNumber]).toEqual(['Verksamhets- och budgetplan 2027', 'DRAFT', 1]);
    expect(draft._count).toEqual({ sections: 3, targetGroups: 2, goals: 6 });
    expect(hasBlockingErrors(await analyzePlanBudget(db.prisma, draft.id))).toBe(false);
    expect(await amountsOf(draft.id, 'Steget vidare')).toEqual([
      '2026 B 2100000',
      '2027 B 2150000',
      '2028 P 0',
      '2029 P 0',
    ]);
  });
});
