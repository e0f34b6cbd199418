import type { Tx } from './seed-helpers';

/** Seeded indicator questions: the plan's goals name them (Goal.indicator = IndicatorResult.question). */
export const READY_QUESTION = 'NNS indikatorenkät: Känner du dig mer redo att arbeta eller studera än tidigare?';
export const USEFUL_QUESTION = 'NNS indikatorenkät: Har du fått stöd som är till nytta för dig?';
export const STEP_GOAL_TEXT =
  'Minst 30 % av deltagarna i de individinriktade insatserna ska göra en stegförflyttning mot arbete eller studier';

type Quarter = {
  women: number;
  men: number;
  otherOrUnknown: number;
  ageBandCounts: [number, number, number];
  newCount: number;
  activeCount: number;
  ended: Partial<
    Record<
      | 'endedWork'
      | 'endedStudies'
      | 'endedWageSubsidy'
      | 'endedMemberService'
      | 'endedIllness'
      | 'endedOwnWish'
      | 'endedOther',
      number
    >
  >;
  stepMovement: number;
  note?: string;
};

// Quarters 1–3 of 2026; the fourth is reported after the year (the e2e test stores its own Q4).
const FORSTEGET: Quarter[] = [
  {
    women: 14,
    men: 10,
    otherOrUnknown: 1,
    ageBandCounts: [3, 9, 13],
    newCount: 6,
    activeCount: 25,
    ended: { endedWork: 1, endedStudies: 1, endedWageSubsidy: 1, endedMemberService: 1 },
    stepMovement: 4,
  },
  {
    women: 15,
    men: 11,
    otherOrUnknown: 1,
    ageBandCounts: [4, 10, 13],
    newCount: 6,
    activeCount: 27,
    ended: { endedWork: 2, endedWageSubsidy: 1, endedMemberService: 1, endedIllness: 1 },
    stepMovement: 3,
  },
  {
    women: 14,
    men: 11,
    otherOrUnknown: 1,
    ageBandCounts: [3, 10, 13],
    newCount: 4,
    activeCount: 26,
    ended: { endedWork: 2, endedStudies: 1, endedWageSubsidy: 1, endedOwnWish: 1, endedOther: 1 },
    stepMovement: 3,
    note: 'Sommaren gav färre nya deltagare.',
  },
];
const UNG_VUX: Quarter[] = [
  {
    women: 8,
    men: 9,
    otherOrUnknown: 1,
    ageBandCounts: [10, 8, 0],
    newCount: 5,
    activeCount: 18,
    ended: { endedWork: 1, endedStudies: 2 },
    stepMovement: 3,
  },
  {
    women: 9,
    men: 10,
    otherOrUnknown: 1,
    ageBandCounts: [11, 9, 0],
    newCount: 5,
    activeCount: 20,
    ended: { endedWork: 1, endedStudies: 1, endedMemberService: 1, endedOwnWish: 1 },
    stepMovement: 3,
  },
  {
    women: 9,
    men: 9,
    otherOrUnknown: 1,
    ageBandCounts: [10, 9, 0],
    newCount: 3,
    activeCount: 19,
    ended: { endedWork: 2, endedStudies: 1, endedOther: 1 },
    stepMovement: 2,
  },
];

/**
 * FinsamGotland's follow-up of 2026: participant statistics per quarter (1–3) for the running
 * individual interventions, the indicator survey's answers, and measures on the plan's goals so
 * the goals report shows real outcomes (81 % of 42 feel more ready: met; 71 % found the support
 * useful: not met; step-movement 30 %: not met before Q4). The plan (p. 176) sets the individual
 * goals as step-movement towards work or studies; that goal is added here with its measure.
 */
export async function seedFinsamGotlandResults(tx: Tx, associationId: string): Promise<void> {
  const plan = await tx.plan.findFirstOrThrow({
    where: { associationId, year: 2026, status: 'ADOPTED' },
    select: { id: true },
  });
  const interventions = await tx.intervention.findMany({ where: { associationId }, select: { id: true, name: true } });
  const idOf = (prefix: string) => interventions.find((i) => i.name.startsWith(prefix))!.id;
  const forsteget = idOf('Jobbvägen – Försteget');
  const ungVux = idOf('Ung Vux');

  for (const [interventionId, quarters] of [
    [forsteget, FORSTEGET],
    [ungVux, UNG_VUX],
  ] as const) {
    for (const [index, q] of quarters.entries()) {
      const endedCount = Object.values(q.ended).reduce((sum, n) => sum + n, 0);
      const { ended, ...counts } = q;
      await tx.participantStats.create({
        data: { interventionId, periodKind: 'QUARTER', year: 2026, period: index + 1, ...counts, ...ended, endedCount },
      });
    }
  }

  await tx.indicatorResult.createMany({
    data: [
      { interventionId: forsteget, year: 2026, question: READY_QUESTION, answers: 22, agreeing: 18 },
      { interventionId: ungVux, year: 2026, question: READY_QUESTION, answers: 20, agreeing: 16 },
      { interventionId: forsteget, year: 2026, question: USEFUL_QUESTION, answers: 22, agreeing: 16 },
      { interventionId: ungVux, year: 2026, question: USEFUL_QUESTION, answers: 20, agreeing: 14 },
    ],
  });

  const goals = await tx.goal.findMany({
    where: { planId: plan.id },
    select: { id: true, level: true, text: true, indicator: true, order: true },
  });
  for (const goal of goals) {
    if (goal.indicator === READY_QUESTION || goal.indicator === USEFUL_QUESTION)
      await tx.goal.update({ where: { id: goal.id }, data: { measure: 'INDICATOR_SHARE' } });
  }
  await tx.goal.create({
    data: {
      planId: plan.id,
      level: 'INDIVIDUAL',
      order: Math.max(...goals.map((g) => g.order)) + 1,
      text: STEP_GOAL_TEXT,
      targetKind: 'PERCENT',
      targetValue: '30',
      indicator: 'Stegförflyttning enligt deltagarstatistiken',
      measure: 'STEP_MOVEMENT_SHARE',
      interventions: { connect: [{ id: forsteget }, { id: ungVux }] },
    },
  });
  const structure = goals.find((g) => g.level === 'STRUCTURAL' && g.text.startsWith('Etablerad flerparts'));
  if (structure) {
    await tx.goalEvaluation.create({
      data: {
        goalId: structure.id,
        year: 2026,
        outcome: 'MET',
        note: 'Gemensamma kartläggningar med parterna genomförda under våren; strukturen har träffats varje månad.',
      },
    });
  }
}
