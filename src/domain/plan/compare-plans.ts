import { columnKind } from '../budget/sheet-columns';
import { diffText, hasChanges, type DiffPart } from './text-diff';

export interface SnapshotSection {
  level: number;
  title: string;
  bodyMarkdown: string;
}

export interface SnapshotLine {
  name: string;
  type: 'INCOME' | 'COST';
  amounts: readonly { year: number; kind: 'BUDGET' | 'PROGNOSIS' | 'OUTCOME'; amount: string }[];
}

/** What the comparison reads of a plan version. Sections and goals in their order. */
export interface PlanSnapshot {
  year: number;
  sections: readonly SnapshotSection[];
  goals: readonly { level: 'INDIVIDUAL' | 'STRUCTURAL' | 'FINANCIAL'; text: string }[];
  interventions: readonly { id: string; name: string }[];
  lines: readonly SnapshotLine[];
}

export type ChangeKind = 'same' | 'changed' | 'added' | 'removed';

export interface SectionChange {
  title: string;
  change: ChangeKind;
  /** Word diff of the body (and the title, when it changed, as the first line). */
  diff: DiffPart[];
}

export interface AmountChange {
  year: number;
  before: string | null;
  after: string | null;
}

export interface LineChange {
  name: string;
  type: 'INCOME' | 'COST';
  change: ChangeKind;
  /** Every year either version holds an amount for, with the amount of that version's column kind. */
  years: AmountChange[];
}

export interface PlanComparison {
  sections: SectionChange[];
  lines: LineChange[];
  goals: { added: PlanSnapshot['goals'][number][]; removed: PlanSnapshot['goals'][number][] };
  interventions: { added: { id: string; name: string }[]; removed: { id: string; name: string }[] };
}

const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** A line's amount per year, of the kind the plan's column for that year holds (budget up to the plan year). */
function amountsByYear(line: SnapshotLine, planYear: number): Map<number, string> {
  const result = new Map<number, string>();
  for (const a of line.amounts) if (a.kind === columnKind(planYear, a.year)) result.set(a.year, a.amount);
  return result;
}

function sameAmount(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Number(a) === Number(b);
}

/**
 * Compares two versions of a plan (or a plan with last year's): sections matched by title (else
 * taken as removed and added), budget lines by name and type, goals by level and text,
 * interventions by id. `a` is the earlier, `b` the later version.
 */
export function comparePlans(a: PlanSnapshot, b: PlanSnapshot): PlanComparison {
  // Sections: walk b in order; a's sections with no match in b are removed.
  const unmatchedA = [...a.sections];
  const sections: SectionChange[] = [];
  for (const section of b.sections) {
    const index = unmatchedA.findIndex((s) => normal(s.title) === normal(section.title));
    if (index === -1) {
      sections.push({ title: section.title, change: 'added', diff: diffText('', section.bodyMarkdown) });
      continue;
    }
    const [old] = unmatchedA.splice(index, 1);
    const diff = diffText(old!.bodyMarkdown, section.bodyMarkdown);
    const titleChanged = old!.title !== section.title;
    sections.push({
      title: section.title,
      change: hasChanges(diff) || titleChanged ? 'changed' : 'same',
      diff: titleChanged ? [...diffText(`${old!.title}\n`, `${section.title}\n`), ...diff] : diff,
    });
  }
  for (const old of unmatchedA)
    sections.push({ title: old.title, change: 'removed', diff: diffText(old.bodyMarkdown, '') });

  const key = (line: SnapshotLine) => `${line.type}:${normal(line.name)}`;
  const linesA = new Map(a.lines.map((line) => [key(line), line]));
  const linesB = new Map(b.lines.map((line) => [key(line), line]));
  const lines: LineChange[] = [];
  const compareLine = (lineA: SnapshotLine | undefined, lineB: SnapshotLine | undefined) => {
    const before = lineA ? amountsByYear(lineA, a.year) : new Map<number, string>();
    const after = lineB ? amountsByYear(lineB, b.year) : new Map<number, string>();
    const years = [...new Set([...before.keys(), ...after.keys()])].sort((x, y) => x - y);
    const cells = years.map((year) => ({ year, before: before.get(year) ?? null, after: after.get(year) ?? null }));
    const change: ChangeKind = !lineA
      ? 'added'
      : !lineB
        ? 'removed'
        : cells.every((c) => sameAmount(c.before, c.after))
          ? 'same'
          : 'changed';
    const line = (lineB ?? lineA)!;
    lines.push({ name: line.name, type: line.type, change, years: cells });
  };
  for (const [k, lineB] of linesB) compareLine(linesA.get(k), lineB);
  for (const [k, lineA] of linesA) if (!linesB.has(k)) compareLine(lineA, undefined);

  const goalKey = (goal: PlanSnapshot['goals'][number]) => `${goal.level}:${normal(goal.text)}`;
  const goalsA = new Set(a.goals.map(goalKey));
  const goalsB = new Set(b.goals.map(goalKey));
  const idsA = new Set(a.interventions.map((i) => i.id));
  const idsB = new Set(b.interventions.map((i) => i.id));
  return {
    sections,
    lines,
    goals: {
      added: b.goals.filter((g) => !goalsA.has(goalKey(g))),
      removed: a.goals.filter((g) => !goalsB.has(goalKey(g))),
    },
    interventions: {
      added: b.interventions.filter((i) => !idsA.has(i.id)),
      removed: a.interventions.filter((i) => !idsB.has(i.id)),
    },
  };
}
