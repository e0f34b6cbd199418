import { format, messages } from '@/i18n/catalog';
import { formatKronor, kronor, type Kronor } from '../money/kronor';
import { groupSubtotals, type GroupSubtotals } from './budget-groups';
import type { BudgetSheet } from './budget-sheet';
import { costDistribution, type CostDistributionYear } from './cost-distribution';
import { equityLimits, type EquityYear } from './equity-limits';
import { checkFundingSplit, type FundingSplitCheck, type SplitKeyProblem } from './funding-split';
import { roomForNewActivities, type RoomForNewYear } from './room-for-new-activities';
import type { YearTotals } from './types';
import { yearTotals } from './year-totals';

export type BudgetRule = 'FUNDING_SPLIT' | 'EQUITY_CAP' | 'EQUITY_FLOOR';

export interface BudgetRuleFinding {
  rule: BudgetRule;
  severity: 'error' | 'warning';
  /** The year the finding concerns; for a split key that cannot be applied, the first column year. */
  year: number;
  message: string;
}

export interface BudgetAnalysis {
  years: number[];
  totals: YearTotals[];
  groups: GroupSubtotals[];
  fundingSplit: FundingSplitCheck;
  equity: EquityYear[];
  costDistribution: CostDistributionYear[];
  roomForNew: RoomForNewYear[];
  findings: BudgetRuleFinding[];
}

export type BudgetAnalysisInput = Pick<BudgetSheet, 'lines' | 'columns' | 'members' | 'settings'>;

/**
 * Every budget rule over the sheet as the editor holds it: each column year's cell of that
 * column's kind (budget or prognosis). Cheap enough to run on every keystroke.
 */
export function analyzeBudget(input: BudgetAnalysisInput): BudgetAnalysis {
  const years = input.columns.map((c) => c.year);
  const kindOf = new Map(input.columns.map((c) => [c.year, c.kind]));
  const lines = input.lines.map((line) => {
    const amounts = new Map<number, Kronor>();
    for (const cell of Object.values(line.cells)) {
      if (kindOf.get(cell.year) === cell.kind) amounts.set(cell.year, kronor(cell.amount));
    }
    return {
      name: line.name,
      type: line.type,
      category: line.category,
      outsideTotal: line.outsideTotal,
      memberId: line.memberId,
      amounts,
    };
  });
  const members = input.members.map((m) => ({
    ...m,
    splitPercent: m.splitPercent === null ? null : kronor(m.splitPercent),
  }));
  const tiers = input.settings.capTiers.map((t) => ({
    upTo: t.upTo === null ? null : kronor(t.upTo),
    percent: kronor(t.percent),
  }));

  const totals = yearTotals(lines, years);
  const fundingSplit = checkFundingSplit(lines, members, input.settings, years);
  const equity = equityLimits(totals, tiers, kronor(input.settings.equityFloor));
  return {
    years,
    totals,
    groups: groupSubtotals(lines, years),
    fundingSplit,
    equity,
    costDistribution: costDistribution(lines, years),
    roomForNew: roomForNewActivities(lines, totals),
    findings: [...splitFindings(fundingSplit, years), ...equityFindings(equity)],
  };
}

/** A funding split that does not hold blocks sending the plan on. */
export function hasBlockingErrors(analysis: Pick<BudgetAnalysis, 'findings'>): boolean {
  return analysis.findings.some((finding) => finding.severity === 'error');
}

function splitFindings(check: FundingSplitCheck, years: readonly number[]): BudgetRuleFinding[] {
  const t = messages().budgetRules.findings;
  const error = (year: number, message: string): BudgetRuleFinding => ({
    rule: 'FUNDING_SPLIT',
    severity: 'error',
    year,
    message,
  });
  const keyProblems =
    years.length === 0 ? [] : check.problems.map((problem) => error(years[0]!, keyProblemMessage(problem)));
  const perYear = check.years.flatMap((y) => [
    ...y.members
      .filter((m) => !m.holds)
      .map((m) =>
        error(
          y.year,
          format(t.fundingSplit, {
            year: y.year,
            member: m.memberName,
            expected: formatKronor(m.expected!),
            actual: formatKronor(m.actual),
          }),
        ),
      ),
    ...y.unlinked.map((u) =>
      error(y.year, format(t.fundingSplitUnlinked, { year: y.year, line: u.name, actual: formatKronor(u.amount) })),
    ),
  ]);
  return [...keyProblems, ...perYear];
}

/** The Swedish message for a municipal split key that cannot be applied. */
export function keyProblemMessage(problem: SplitKeyProblem): string {
  const t = messages().budgetRules.findings;
  switch (problem.kind) {
    case 'POPULATION_MISSING':
      return format(t.fundingSplitPopulationMissing, { member: problem.memberName });
    case 'PERCENT_MISSING':
      return format(t.fundingSplitPercentMissing, { member: problem.memberName });
    case 'PERCENT_SUM':
      return format(t.fundingSplitPercentSum, { sum: problem.sum.toString().replace('.', ',') });
  }
}

function equityFindings(equity: readonly EquityYear[]): BudgetRuleFinding[] {
  const t = messages().budgetRules.findings;
  return equity.flatMap((e) => [
    ...(e.overCap
      ? [
          {
            rule: 'EQUITY_CAP' as const,
            severity: 'warning' as const,
            year: e.year,
            message: format(t.equityCap, {
              year: e.year,
              cap: formatKronor(e.cap),
              equity: formatKronor(e.openingEquity),
            }),
          },
        ]
      : []),
    ...(e.belowFloor
      ? [
          {
            rule: 'EQUITY_FLOOR' as const,
            severity: 'warning' as const,
            year: e.year,
            message: format(t.equityFloor, {
              year: e.year,
              equity: formatKronor(e.closingEquity),
              floor: formatKronor(e.floor),
            }),
          },
        ]
      : []),
  ]);
}
