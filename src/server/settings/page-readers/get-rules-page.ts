import 'server-only';
import { yearsGoverned } from '@/domain/settings/association-rules';
import { prisma } from '@/server/db/client';
import { loadAssociationRules, type RulesForYear } from '../load-association-rules';

export interface RulesPage {
  year: number;
  rules: RulesForYear;
  /** Version of the row stored for exactly `year` (null: saving creates it). */
  versionForYear: number | null;
  /** Every stored change, oldest first, with the years it governs. */
  history: { from: number; to: number | null }[];
}

/** Inställningar → Regler for one year: the rules in force, where they come from, and the stored changes. */
export async function getRulesPage(associationId: string, year: number): Promise<RulesPage> {
  const [rules, rows] = await Promise.all([
    loadAssociationRules(prisma, associationId, year),
    prisma.associationRules.findMany({
      where: { associationId },
      orderBy: { effectiveFromYear: 'asc' },
      select: { effectiveFromYear: true, version: true },
    }),
  ]);
  const years = rows.map((r) => r.effectiveFromYear);
  return {
    year,
    rules,
    versionForYear: rows.find((r) => r.effectiveFromYear === year)?.version ?? null,
    history: years.map((from) => yearsGoverned(from, years)),
  };
}
