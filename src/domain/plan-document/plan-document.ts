import { format, messages } from '@/i18n/catalog';
import type { Kronor } from '../money/kronor';
import type { BudgetColumn, BudgetSheetLine } from '../budget/budget-sheet';
import { budgetTables, lineAmounts, columnLabel, type BudgetTable, type PlanBudgetInput } from './budget-tables';
import { nextChapterNumber, numberSections, sectionAnchor } from './numbering';

export type GoalLevel = 'INDIVIDUAL' | 'STRUCTURAL' | 'FINANCIAL';
export const GOAL_LEVELS: readonly GoalLevel[] = ['INDIVIDUAL', 'STRUCTURAL', 'FINANCIAL'];
export type InterventionStatus = 'PROPOSED' | 'DECIDED' | 'RUNNING' | 'ENDED';
export type PlanStatus = 'DRAFT' | 'IN_PREPARATION' | 'IN_CONSULTATION' | 'ON_AGENDA' | 'ADOPTED' | 'REVISED';

export interface PlanDocumentInput {
  associationName: string;
  plan: { id: string; year: number; versionNumber: number; title: string; status: PlanStatus; decidedAt: Date | null };
  sections: readonly { id: string; order: number; level: number; title: string; bodyMarkdown: string }[];
  budget: PlanBudgetInput;
  goals: readonly {
    id: string;
    level: GoalLevel;
    order: number;
    text: string;
    targetKind: 'PERCENT' | 'COUNT' | 'YES_NO' | null;
    targetValue: string | null;
    indicator: string;
  }[];
  interventions: readonly PlanDocumentIntervention[];
}

/** An intervention as the plan document describes it. */
export interface PlanDocumentIntervention {
  id: string;
  name: string;
  status: InterventionStatus;
  startDate: Date | null;
  endDate: Date | null;
  description: string;
  implementationPlan: string;
  responsibleMembers: readonly string[];
  targetGroups: readonly string[];
}

export interface DocumentGoal {
  id: string;
  text: string;
  /** `Målvärde: 75 %` or null when the goal has no target value. */
  target: string | null;
  indicator: string;
}

export interface DocumentIntervention extends PlanDocumentIntervention {
  /** The intervention's budget line in this plan: one amount per budget column; null when it has no line. */
  budget: { columns: (BudgetColumn & { label: string })[]; amounts: (Kronor | null)[] } | null;
}

/** What a section holds besides its own text: generated from the data, never typed. */
export type DocumentPart =
  | { kind: 'budget'; tables: BudgetTable[] }
  | { kind: 'goals'; level: GoalLevel; goals: DocumentGoal[] }
  | { kind: 'intervention'; intervention: DocumentIntervention }
  | { kind: 'empty'; text: string };

export interface DocumentSection {
  number: string;
  level: 1 | 2 | 3;
  title: string;
  anchor: string;
  bodyMarkdown: string;
  /** Whether the section is the plan's own text (PlanSection) or added by the document from the data. */
  generated: boolean;
  parts: DocumentPart[];
}

export interface TocEntry {
  number: string;
  level: 1 | 2 | 3;
  title: string;
  anchor: string;
}

export interface PlanDocument {
  associationName: string;
  title: string;
  year: number;
  versionNumber: number;
  status: PlanStatus;
  decidedAt: Date | null;
  sections: DocumentSection[];
  toc: TocEntry[];
  /** The budget tables (also found in the budget section's parts). */
  budget: { income: BudgetTable; costs: BudgetTable };
}

const BUDGET_TITLE = /budget/i;
const SHOWN_INTERVENTIONS: readonly InterventionStatus[] = ['DECIDED', 'RUNNING'];

/** Whether the intervention's period (open ends count as open) overlaps the year. */
export function runsIn(intervention: { startDate: Date | null; endDate: Date | null }, year: number): boolean {
  const starts = intervention.startDate?.getUTCFullYear() ?? -Infinity;
  const ends = intervention.endDate?.getUTCFullYear() ?? Infinity;
  return starts <= year && ends >= year;
}

function goalTarget(goal: PlanDocumentInput['goals'][number]): string | null {
  const t = messages().planDocument;
  if (goal.targetKind === 'YES_NO') return t.targetYesNo;
  if (!goal.targetKind || goal.targetValue === null) return null;
  const value = goal.targetValue.replace(/\.0+$/, '').replace('.', ',');
  return format(t.target, { value: goal.targetKind === 'PERCENT' ? `${value} %` : value });
}

/**
 * The whole plan as one document: the plan's sections numbered from their order and level
 * (1, 1.1, 1.1.1), then chapters the document adds from the data: goals by level, and the
 * decided and running interventions with their budget per year from their budget line. The
 * budget tables (years as columns) go at the end of the last chapter whose title speaks of the
 * budget (the 2026 plan's "BUDGETPLAN FÖR ÅR 2026"), or in a budget chapter of their own at the end.
 * Every amount comes from the budget lines through the budget rules.
 */
export function planDocument(input: PlanDocumentInput): PlanDocument {
  const t = messages().planDocument;
  const ordered = [...input.sections].sort((a, b) => a.order - b.order);
  const numbers = numberSections(ordered);
  const sections: DocumentSection[] = ordered.map((section, i) => ({
    number: numbers[i]!.number,
    level: numbers[i]!.level,
    title: section.title,
    anchor: sectionAnchor(numbers[i]!.number),
    bodyMarkdown: section.bodyMarkdown,
    generated: false,
    parts: [],
  }));
  let chapter = nextChapterNumber(numbers);
  const generated = (number: string, level: 1 | 2 | 3, title: string, parts: DocumentPart[]): DocumentSection => ({
    number,
    level,
    title,
    anchor: sectionAnchor(number),
    bodyMarkdown: '',
    generated: true,
    parts,
  });

  const tables = budgetTables(input.budget);
  const budgetPart: DocumentPart = { kind: 'budget', tables: [tables.income, tables.costs] };
  const budgetChapterIndex = sections.findLastIndex((s) => s.level === 1 && BUDGET_TITLE.test(s.title));
  if (budgetChapterIndex >= 0) {
    // At the end of the chapter: after its last section, if it has any.
    let last = budgetChapterIndex;
    while (last + 1 < sections.length && sections[last + 1]!.level > 1) last++;
    sections[last]!.parts.push(budgetPart);
  }

  // Goals by level.
  const goalsNumber = String(chapter++);
  const goalSections = [generated(goalsNumber, 1, format(t.goalsChapter, { year: input.plan.year }), [])];
  GOAL_LEVELS.forEach((level, i) => {
    const goals = input.goals
      .filter((goal) => goal.level === level)
      .sort((a, b) => a.order - b.order)
      .map((goal) => ({ id: goal.id, text: goal.text, target: goalTarget(goal), indicator: goal.indicator }));
    const parts: DocumentPart[] =
      goals.length > 0 ? [{ kind: 'goals', level, goals }] : [{ kind: 'empty', text: t.noGoals }];
    goalSections.push(generated(`${goalsNumber}.${i + 1}`, 2, messages().areas.goalLevel[level], parts));
  });

  // Decided and running interventions, with their line in this plan.
  const interventionsNumber = String(chapter++);
  const columns = input.budget.columns.map((column) => ({ ...column, label: columnLabel(column) }));
  const lineOf = new Map<string, BudgetSheetLine>();
  for (const line of input.budget.lines)
    if (line.interventionId && !lineOf.has(line.interventionId)) lineOf.set(line.interventionId, line);
  const shown = input.interventions.filter(
    (i) => SHOWN_INTERVENTIONS.includes(i.status) && (lineOf.has(i.id) || runsIn(i, input.plan.year)),
  );
  const interventionSections = [
    generated(
      interventionsNumber,
      1,
      t.interventionsChapter,
      shown.length === 0 ? [{ kind: 'empty', text: t.noInterventions }] : [],
    ),
    ...shown.map((intervention, i) => {
      const line = lineOf.get(intervention.id);
      const document: DocumentIntervention = {
        ...intervention,
        budget: line ? { columns, amounts: lineAmounts(line, columns) } : null,
      };
      return generated(`${interventionsNumber}.${i + 1}`, 2, intervention.name, [
        { kind: 'intervention', intervention: document },
      ]);
    }),
  ];

  sections.push(...goalSections, ...interventionSections);
  if (budgetChapterIndex < 0) {
    sections.push(generated(String(chapter++), 1, format(t.budgetChapter, { year: input.plan.year }), [budgetPart]));
  }

  return {
    associationName: input.associationName,
    title: input.plan.title,
    year: input.plan.year,
    versionNumber: input.plan.versionNumber,
    status: input.plan.status,
    decidedAt: input.plan.status === 'ADOPTED' || input.plan.status === 'REVISED' ? input.plan.decidedAt : null,
    sections,
    toc: sections.map(({ number, level, title, anchor }) => ({ number, level, title, anchor })),
    budget: { income: tables.income, costs: tables.costs },
  };
}

/** The section that holds the budget tables. */
export function budgetSection(document: PlanDocument): DocumentSection {
  return document.sections.find((s) => s.parts.some((p) => p.kind === 'budget'))!;
}
