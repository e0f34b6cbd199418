import { format, messages } from '@/i18n/catalog';
import { findPersonalData } from './personal-data-guard';
import { ageBandLabels } from './periods';
import { checkParticipantStats } from './stats-consistency';
import { COUNT_FIELDS, type CountField, type ParticipantStatsRow, type PeriodKind } from './types';

/** The template's and the import's columns, in order. Age band columns come after otherOrUnknown. */
export type ImportColumnKey = 'intervention' | 'period' | CountField | `ageBand${number}` | 'note';

export interface TemplateColumn {
  key: ImportColumnKey;
  header: string;
}

export function templateColumns(ageBandLimits: readonly number[]): TemplateColumn[] {
  const h = messages().results.columns;
  return [
    { key: 'intervention', header: h.intervention },
    { key: 'period', header: h.period },
    { key: 'women', header: h.women },
    { key: 'men', header: h.men },
    { key: 'otherOrUnknown', header: h.otherOrUnknown },
    ...ageBandLabels(ageBandLimits).map((label, i) => ({
      key: `ageBand${i}` as const,
      header: format(h.ageBand, { band: label }),
    })),
    { key: 'newCount', header: h.newCount },
    { key: 'activeCount', header: h.activeCount },
    { key: 'endedCount', header: h.endedCount },
    { key: 'endedWork', header: h.endedWork },
    { key: 'endedStudies', header: h.endedStudies },
    { key: 'endedWageSubsidy', header: h.endedWageSubsidy },
    { key: 'endedMemberService', header: h.endedMemberService },
    { key: 'endedIllness', header: h.endedIllness },
    { key: 'endedOwnWish', header: h.endedOwnWish },
    { key: 'endedOther', header: h.endedOther },
    { key: 'stepMovement', header: h.stepMovement },
    { key: 'note', header: h.note },
  ];
}

/** Period text as the template writes it: "2026-03" (month), "2026-K1" (quarter), "2026" (year). */
export function periodText(kind: PeriodKind, year: number, period: number): string {
  if (kind === 'MONTH') return `${year}-${String(period).padStart(2, '0')}`;
  if (kind === 'QUARTER') return `${year}-K${period}`;
  return String(year);
}

export function parsePeriodText(text: string): { periodKind: PeriodKind; year: number; period: number } | null {
  const cleaned = text.trim().toUpperCase().replace(/\s+/g, '');
  let match = /^(\d{4})-(\d{1,2})$/.exec(cleaned);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { periodKind: 'MONTH', year: Number(match[1]), period: month } : null;
  }
  match = /^(\d{4})-?[KQ]([1-4])$/.exec(cleaned);
  if (match) return { periodKind: 'QUARTER', year: Number(match[1]), period: Number(match[2]) };
  match = /^(\d{4})$/.exec(cleaned);
  if (match) return { periodKind: 'YEAR', year: Number(match[1]), period: 1 };
  return null;
}

/** The template as CSV rows: the header, then one row per intervention and period (counts empty). */
export function templateRows(
  ageBandLimits: readonly number[],
  interventions: readonly string[],
  periods: readonly string[],
): string[][] {
  const columns = templateColumns(ageBandLimits);
  const rows = [columns.map((c) => c.header)];
  for (const name of interventions)
    for (const period of periods) rows.push([name, period, ...columns.slice(2).map(() => '')]);
  return rows;
}

export interface StatsImportError {
  /** 1-based, as a spreadsheet shows them; column null for a whole-row problem. */
  row: number;
  column: number | null;
  message: string;
}

export interface ImportedStats extends ParticipantStatsRow {
  row: number;
  interventionId: string;
  interventionName: string;
}

export type StatsImportResult =
  { ok: true; entries: ImportedStats[] } | { ok: false; errors: StatsImportError[]; entries: ImportedStats[] };

const norm = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Reads statistics rows (first row the header, as in the template; columns may come in any order)
 * for the association's interventions. Rows with every count empty are skipped (an unfilled
 * template row). Every problem is reported with its row and column; the caller writes nothing
 * unless there are none.
 */
export function parseStatsRows(
  rows: readonly (readonly string[])[],
  context: { ageBandLimits: readonly number[]; interventions: readonly { id: string; name: string }[] },
): StatsImportResult {
  const t = messages().results.import;
  const errors: StatsImportError[] = [];
  const entries: ImportedStats[] = [];
  const columns = templateColumns(context.ageBandLimits);
  const header = rows[0] ?? [];
  const position = new Map<ImportColumnKey, number>();
  header.forEach((cell, index) => {
    if (cell.trim() === '') return;
    const column = columns.find((c) => norm(c.header) === norm(cell));
    if (!column) errors.push({ row: 1, column: index + 1, message: format(t.unknownColumn, { header: cell.trim() }) });
    else if (position.has(column.key))
      errors.push({ row: 1, column: index + 1, message: format(t.duplicateColumn, { header: cell.trim() }) });
    else position.set(column.key, index);
  });
  for (const column of columns) {
    if (column.key !== 'note' && !position.has(column.key))
      errors.push({ row: 1, column: null, message: format(t.missingColumn, { header: column.header }) });
  }
  if (errors.length > 0) return { ok: false, errors, entries };

  const byName = new Map(context.interventions.map((i) => [norm(i.name), i]));
  const seen = new Map<string, number>();
  const bandKeys = columns.filter((c) => c.key.startsWith('ageBand')).map((c) => c.key);
  const countKeys = [...COUNT_FIELDS, ...bandKeys] as ImportColumnKey[];

  rows.slice(1).forEach((cells, index) => {
    const rowNumber = index + 2;
    const cell = (key: ImportColumnKey) => (cells[position.get(key)!] ?? '').trim();
    const columnOf = (key: ImportColumnKey) => position.get(key)! + 1;
    if (cells.every((c) => c.trim() === '')) return;
    if (countKeys.every((key) => cell(key) === '')) return;

    const rowErrors: StatsImportError[] = [];
    const intervention = byName.get(norm(cell('intervention')));
    if (!intervention)
      rowErrors.push({
        row: rowNumber,
        column: columnOf('intervention'),
        message: format(t.unknownIntervention, { name: cell('intervention') }),
      });
    const period = parsePeriodText(cell('period'));
    if (!period)
      rowErrors.push({
        row: rowNumber,
        column: columnOf('period'),
        message: format(t.invalidPeriod, { text: cell('period') }),
      });
    const counts: Record<string, number> = {};
    for (const key of countKeys) {
      const text = cell(key).replace(/[\s\u00a0]/g, '');
      if (text === '' || text === '-') counts[key] = 0;
      else if (/^\d{1,7}$/.test(text)) counts[key] = Number(text);
      else rowErrors.push({ row: rowNumber, column: columnOf(key), message: format(t.notACount, { text: cell(key) }) });
    }
    const note = position.has('note') ? cell('note') : '';
    const personal = findPersonalData(note);
    if (personal)
      rowErrors.push({
        row: rowNumber,
        column: columnOf('note'),
        message: messages().results.personalData[personal.kind],
      });
    if (note.length > 1000) rowErrors.push({ row: rowNumber, column: columnOf('note'), message: t.noteTooLong });
    if (rowErrors.length > 0 || !intervention || !period) {
      errors.push(...rowErrors);
      return;
    }
    const key = `${intervention.id}|${period.periodKind}|${period.year}|${period.period}`;
    const earlier = seen.get(key);
    if (earlier) {
      errors.push({ row: rowNumber, column: columnOf('period'), message: format(t.duplicateRow, { row: earlier }) });
      return;
    }
    seen.set(key, rowNumber);
    const stats: ParticipantStatsRow = {
      ...period,
      ...(Object.fromEntries(COUNT_FIELDS.map((field) => [field, counts[field]!])) as Record<CountField, number>),
      ageBandCounts: bandKeys.map((key) => counts[key]!),
      note,
    };
    const problems = checkParticipantStats(stats, context.ageBandLimits);
    for (const problem of problems) {
      const key = (problem.field === 'ageBandCounts' ? bandKeys[0] : problem.field) as ImportColumnKey;
      errors.push({ row: rowNumber, column: position.has(key) ? columnOf(key) : null, message: problem.message });
    }
    if (problems.length === 0)
      entries.push({ ...stats, row: rowNumber, interventionId: intervention.id, interventionName: intervention.name });
  });
  if (errors.length > 0) return { ok: false, errors, entries };
  if (entries.length === 0) return { ok: false, errors: [{ row: 1, column: null, message: t.noRows }], entries };
  return { ok: true, entries };
}
