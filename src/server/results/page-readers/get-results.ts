// Page reader: checks no permission itself. It relies on the results page's requireAssociationAccess(slug,
// 'reports.read') (resultat); buildAnnualReport, which reuses it, checks its own permission first.
import 'server-only';
import type Decimal from 'decimal.js';
import { aggregateQuarter, aggregateYear, endedToWork, type AggregateStats } from '@/domain/results/aggregate';
import { socioEconomicEffect } from '@/domain/results/socio-economic';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/server/db/client';
import { loadGoalOutcomes, type GoalOutcomeRow } from '../goal-outcomes';
import { loadResultsSettings, STATS_SELECT, type ResultsSettings } from '../results-input';
import type { StoredStats } from '../save-participant-stats';

export interface InterventionYear {
  id: string;
  name: string;
  stats: AggregateStats | null;
  toWork: number;
  /** Percent of ended who went to work, two decimals; null without ended. */
  workShare: string | null;
  effect: Decimal;
}

export interface GoalsYear {
  year: number;
  met: number;
  notMet: number;
  open: number;
}

export interface ResultsView {
  year: number;
  years: number[];
  interventions: { id: string; name: string }[];
  intervention: { id: string; name: string } | null;
  rows: StoredStats[];
  quarters: (AggregateStats | null)[];
  yearTotal: AggregateStats | null;
  indicators: { id: string; question: string; answers: number; agreeing: number; note: string; version: number }[];
  /** Indicator questions the year's goals use, offered when entering answers. */
  goalQuestions: string[];
  perIntervention: InterventionYear[];
  settings: ResultsSettings;
  totalToWork: number;
  totalEffect: Decimal;
  goalsPerYear: GoalsYear[];
  /** The year's goals that the statistics or indicators measure. */
  measuredGoals: GoalOutcomeRow[];
}

const PERIOD_ORDER = { YEAR: 0, QUARTER: 1, MONTH: 2 } as const;

function runsIn(intervention: { startDate: Date | null; endDate: Date | null }, year: number): boolean {
  const start = intervention.startDate?.getUTCFullYear() ?? -Infinity;
  const end = intervention.endDate?.getUTCFullYear() ?? Infinity;
  return start <= year && year <= end;
}

/** Everything the results page shows for one year and one intervention (the first of the year's when none is asked for). */
export async function getResults(
  associationId: string,
  options: { year: number; interventionId?: string | null },
  db: PrismaClient = prisma,
): Promise<ResultsView> {
  const { year } = options;
  const [interventions, stats, indicators, settings, planYears] = await Promise.all([
    db.intervention.findMany({
      where: { associationId },
      orderBy: [{ startDate: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, startDate: true, endDate: true },
    }),
    db.participantStats.findMany({ where: { intervention: { associationId } }, select: STATS_SELECT }),
    db.indicatorResult.findMany({
      where: { year, intervention: { associationId } },
      orderBy: { question: 'asc' },
      select: {
        id: true,
        interventionId: true,
        question: true,
        answers: true,
        agreeing: true,
        note: true,
        version: true,
      },
    }),
    loadResultsSettings(db, associationId),
    db.plan.findMany({
      where: { associationId },
      select: { year: true },
      distinct: ['year'],
      orderBy: { year: 'asc' },
    }),
  ]);
  const years = [...new Set([...planYears.map((p) => p.year), ...stats.map((s) => s.year), year])].sort(
    (a, b) => a - b,
  );
  const withStats = new Set(stats.filter((s) => s.year === year).map((s) => s.interventionId));
  const ofYear = interventions
    .filter((i) => runsIn(i, year) || withStats.has(i.id))
    .map(({ id, name }) => ({ id, name }));
  const intervention =
    ofYear.find((i) => i.id === options.interventionId) ??
    interventions.find((i) => i.id === options.interventionId) ??
    ofYear[0] ??
    null;
  const own = intervention ? stats.filter((s) => s.interventionId === intervention.id) : [];

  const perIntervention = ofYear.map((i) => {
    const yearStats = aggregateYear(
      stats.filter((s) => s.interventionId === i.id),
      year,
    );
    const toWork = yearStats ? endedToWork(yearStats) : 0;
    return {
      ...i,
      stats: yearStats,
      toWork,
      workShare: yearStats && yearStats.endedCount > 0 ? ((toWork * 100) / yearStats.endedCount).toFixed(2) : null,
      effect: socioEconomicEffect(toWork, settings.monthly, settings.months),
    };
  });
  const totalToWork = perIntervention.reduce((sum, i) => sum + i.toWork, 0);

  const goalsPerYear: GoalsYear[] = [];
  let goalQuestions: string[] = [];
  let measuredGoals: GoalOutcomeRow[] = [];
  for (const planYear of planYears.map((p) => p.year).filter((y) => y <= year)) {
    const { goals } = await loadGoalOutcomes(db, associationId, planYear);
    if (planYear === year) {
      goalQuestions = [
        ...new Set(
          goals
            .filter((g) => g.measure === 'INDICATOR_SHARE')
            .map((g) => g.indicator)
            .filter((q) => q !== ''),
        ),
      ];
      measuredGoals = goals.filter((g) => g.measure !== null);
    }
    const measurable = goals.filter((g) => g.level !== 'FINANCIAL');
    goalsPerYear.push({
      year: planYear,
      met: measurable.filter((g) => g.outcome === 'MET').length,
      notMet: measurable.filter((g) => g.outcome === 'NOT_MET').length,
      open: measurable.filter((g) => g.outcome === 'NOT_MEASURABLE_YET').length,
    });
  }

  return {
    year,
    years,
    interventions: ofYear,
    intervention: intervention ? { id: intervention.id, name: intervention.name } : null,
    rows: own
      .filter((s) => s.year === year)
      .sort((a, b) => PERIOD_ORDER[a.periodKind] - PERIOD_ORDER[b.periodKind] || a.period - b.period),
    quarters: [1, 2, 3, 4].map((q) => aggregateQuarter(own, year, q)),
    yearTotal: aggregateYear(own, year),
    indicators: intervention
      ? indicators
          .filter((row) => row.interventionId === intervention.id)
          .map((row) => ({
            id: row.id,
            question: row.question,
            answers: row.answers,
            agreeing: row.agreeing,
            note: row.note,
            version: row.version,
          }))
      : [],
    goalQuestions,
    perIntervention,
    settings,
    totalToWork,
    totalEffect: socioEconomicEffect(totalToWork, settings.monthly, settings.months),
    goalsPerYear,
    measuredGoals,
  };
}
