import 'server-only';
import type { AmountKind } from '@/domain/budget/budget-columns';
import { checkSums } from '@/domain/budget/import/check-sums';
import { parseBudgetRows } from '@/domain/budget/import/parse-budget-rows';
import type { ImportError, ImportedLine, ParsedBudgetFile } from '@/domain/budget/import/types';
import type { BudgetCategory, BudgetLineType } from '@/domain/budget/types';
import type { BudgetImportTarget } from './budget-import-target';
import { readBudgetFile } from './read-budget-file';

/** The kind an amount is stored with in a plan: budget up to the plan year, prognosis after; outcome stays outcome. */
export function storedKind(kind: AmountKind, year: number, planYear: number): AmountKind {
  if (kind === 'OUTCOME') return kind;
  return year <= planYear ? 'BUDGET' : 'PROGNOSIS';
}

/** What the page shows before anything is written: plain JSON, amounts as decimal strings. */
export interface BudgetImportPreview {
  fileName: string;
  plan: { id: string; year: number; versionNumber: number; title: string; lineCount: number };
  /** Set when the file could not be read at all (format, size, corrupt). */
  fileError: string | null;
  columns: { year: number; kind: AmountKind; storedKind: AmountKind }[];
  lines: {
    row: number;
    name: string;
    type: BudgetLineType;
    category: BudgetCategory;
    outsideTotal: boolean;
    memberName: string | null;
    interventionName: string | null;
    /** Keyed `${kind}:${year}` as in the file. */
    amounts: Record<string, string>;
  }[];
  sums: {
    matched: number;
    mismatches: {
      row: number;
      column: number;
      name: string;
      year: number;
      kind: AmountKind;
      printed: string;
      computed: string;
    }[];
    notChecked: {
      row: number;
      name: string;
      reason: 'UNKNOWN_NAME' | 'FORMULA_WITHOUT_VALUE';
      column: number | null;
      year: number | null;
    }[];
  };
  errors: ImportError[];
}

export interface ParsedImport {
  preview: BudgetImportPreview;
  /** The parsed lines, for the import to write; empty unless the file is clean. */
  lines: ImportedLine[];
}

export const amountKey = (a: { kind: AmountKind; year: number }) => `${a.kind}:${a.year}`;

/** Reads and parses the file against the target plan; writes nothing. */
export async function parseBudgetImport(
  fileName: string,
  bytes: Uint8Array,
  target: BudgetImportTarget,
): Promise<ParsedImport> {
  const read = await readBudgetFile(fileName, bytes);
  const { plan } = target;
  const base = {
    fileName,
    plan: {
      id: plan.id,
      year: plan.year,
      versionNumber: plan.versionNumber,
      title: plan.title,
      lineCount: plan.lineCount,
    },
  };
  if (!read.ok) {
    return {
      preview: {
        ...base,
        fileError: read.message,
        columns: [],
        lines: [],
        sums: { matched: 0, mismatches: [], notChecked: [] },
        errors: [],
      },
      lines: [],
    };
  }
  const parsed: ParsedBudgetFile = parseBudgetRows(read.rows, {
    memberNames: target.members.map((m) => m.name),
    interventionNames: target.interventions.map((i) => i.name),
  });
  const report = checkSums(parsed);
  const preview: BudgetImportPreview = {
    ...base,
    fileError: null,
    columns: parsed.columns.map((c) => ({ ...c, storedKind: storedKind(c.kind, c.year, plan.year) })),
    lines: parsed.lines.map(({ amounts, ...line }) => ({
      ...line,
      amounts: Object.fromEntries(amounts.map((a) => [amountKey(a), a.amount.toString()])),
    })),
    sums: {
      matched: report.matched,
      mismatches: report.mismatches.map((m) => ({
        ...m,
        printed: m.printed.toString(),
        computed: m.computed.toString(),
      })),
      notChecked: report.notChecked,
    },
    errors: parsed.errors,
  };
  return { preview, lines: parsed.errors.length === 0 ? parsed.lines : [] };
}

export function previewHasErrors(preview: BudgetImportPreview): boolean {
  return preview.fileError !== null || preview.errors.length > 0;
}
