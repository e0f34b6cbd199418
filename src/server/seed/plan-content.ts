import type { AuditAction } from '@/domain/audit/audit-actions';
import { hasBlockingErrors } from '@/domain/budget/analyze-budget';
import { copyPlanToYear } from '@/server/plan-version/copy-plan-to-year';
import { analyzePlanBudget } from '@/server/plan/plan-budget-analysis';
import type { Tx } from './seed-helpers';

/**
 * Sjöbygden's plan content (target groups, focus areas, goals on its 2026 plan) and its 2027 draft,
 * started from 2026 the way the director does it ("Starta plan 2027", copyPlanToYear). The draft
 * must have no blocking budget errors: the governance demo sends it on to the board.
 */
export async function seedSjobygdenPlanContent(
  tx: Tx,
  associationId: string,
  directorId: string,
): Promise<{ draft2027: string }> {
  const plan = await tx.plan.findFirstOrThrow({ where: { associationId, year: 2026 }, select: { id: true } });
  const interventions = await tx.intervention.findMany({ where: { associationId }, select: { id: true, name: true } });
  const intervention = (name: string) => interventions.find((i) => i.name === name)!.id;

  await tx.focusArea.createMany({
    data: [
      {
        title: 'Unga vuxna som varken arbetar eller studerar',
        description: 'Gemensam kartläggning och snabbare övergång till arbete eller studier.',
      },
      {
        title: 'Långvarig sjukskrivning',
        description: 'Samsyn mellan parterna om arbetsförmåga och stöd tillbaka till arbete.',
      },
    ].map((area, order) => ({ planId: plan.id, order, ...area })),
  });
  const youngAdults = await tx.targetGroup.create({
    data: {
      planId: plan.id,
      name: 'Unga vuxna 19–29 år',
      ageMin: 19,
      ageMax: 29,
      priority: 1,
      description: 'Unga vuxna som varken arbetar eller studerar och behöver stöd från flera parter.',
      rationale: 'Gruppen växer i alla fyra kommunerna enligt parternas statistik.',
      interventions: { connect: [{ id: intervention('Ung framtid') }] },
    },
  });
  const longSick = await tx.targetGroup.create({
    data: {
      planId: plan.id,
      name: 'Personer med långvarig sjukskrivning',
      ageMin: 20,
      ageMax: 64,
      priority: 2,
      description: 'Sjukskrivna i mer än ett år som behöver samordnad rehabilitering.',
      rationale: 'Prioriterat av medlemssamrådet 2025.',
      interventions: { connect: [{ id: intervention('Steget vidare') }] },
    },
  });
  const goals = [
    {
      level: 'INDIVIDUAL',
      text: '70 % av deltagarna ska uppleva sig mer redo att arbeta eller studera',
      targetKind: 'PERCENT',
      targetValue: '70',
      measure: 'INDICATOR_SHARE',
      indicator: 'NNS indikatorenkät: Känner du dig mer redo att arbeta eller studera än tidigare?',
      groups: [youngAdults.id, longSick.id],
      links: ['Steget vidare', 'Ung framtid'],
    },
    {
      level: 'INDIVIDUAL',
      text: '35 % av de avslutade deltagarna ska gå till arbete eller studier',
      targetKind: 'PERCENT',
      targetValue: '35',
      measure: 'ENDED_TO_WORK_OR_STUDIES_SHARE',
      indicator: 'Avslut till arbete eller studier',
      groups: [youngAdults.id],
      links: ['Ung framtid'],
    },
    {
      level: 'STRUCTURAL',
      text: 'Gemensam rutin för samordnad kartläggning i alla fyra kommunerna',
      targetKind: 'YES_NO',
      targetValue: null,
      measure: null,
      indicator: '',
      groups: [],
      links: [],
    },
    {
      level: 'FINANCIAL',
      text: 'Verksamheten ska bedrivas inom den budgetram som styrelsen beslutar',
      financialCheck: 'WITHIN_BUDGET',
      groups: [],
      links: [],
    },
    { level: 'FINANCIAL', text: 'Förbundet får inte ta upp lån', financialCheck: 'NO_LOANS', groups: [], links: [] },
    {
      level: 'FINANCIAL',
      text: 'Eget kapital ska vara högst 20 % av medlemsbidragen',
      financialCheck: 'EQUITY_AT_MOST_CAP',
      groups: [],
      links: [],
    },
  ] as const;
  for (const [order, goal] of goals.entries()) {
    const { groups, links, ...fields } = goal;
    await tx.goal.create({
      data: {
        planId: plan.id,
        order,
        ...fields,
        targetGroups: { connect: groups.map((id) => ({ id })) },
        interventions: { connect: links.map((name) => ({ id: intervention(name) })) },
      },
    });
  }

  const { planId } = await copyPlanToYear(tx, { sourcePlanId: plan.id, year: 2027, personId: directorId });
  const analysis = await analyzePlanBudget(tx, planId);
  if (hasBlockingErrors(analysis)) {
    throw new Error(
      `Sjöbygden 2027 draft has blocking budget errors: ${analysis.findings.map((f) => f.message).join(' | ')}`,
    );
  }
  await tx.auditLog.create({
    data: {
      associationId,
      personId: directorId,
      action: 'plan.nextYearStarted' satisfies AuditAction,
      entityType: 'Plan',
      entityId: planId,
      data: { after: { year: 2027, sourcePlanId: plan.id, seeded: true } },
    },
  });
  return { draft2027: planId };
}
