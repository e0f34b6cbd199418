import 'server-only';
import { prisma } from '@/server/db/client';

/** A plan's target groups (by priority) and goals (by level and order). */
export async function getGoals(planId: string) {
  const [targetGroups, goals] = await Promise.all([
    prisma.targetGroup.findMany({
      where: { planId },
      orderBy: [{ priority: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, description: true, ageMin: true, ageMax: true, priority: true },
    }),
    prisma.goal.findMany({
      where: { planId },
      orderBy: [{ level: 'asc' }, { order: 'asc' }],
      select: { id: true, level: true, text: true, targetKind: true, targetValue: true, indicator: true },
    }),
  ]);
  return {
    targetGroups,
    // A target is a percentage or a count, not money: read as text for display.
    goals: goals.map((goal) => ({ ...goal, targetValue: goal.targetValue?.toString() ?? null })),
  };
}
