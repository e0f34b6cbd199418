import Decimal from 'decimal.js';
import { formatKronor, type Kronor } from '@/domain/money/kronor';

/** A cell: text, an amount in kronor (a number in XLSX), or empty. */
export type ReportCell = string | Kronor | null;

export interface ReportColumn {
  header: string;
  /** Relative width in the PDF and characters in XLSX. */
  width: number;
  align?: 'left' | 'right';
}

export interface ReportRow {
  cells: ReportCell[];
  /** An exception the reader must see: shaded in the PDF and XLSX, marked on the page. */
  highlight?: boolean;
  /** A sum or heading row. */
  bold?: boolean;
}

/**
 * One report as a table: what the auditor's desk shows on the page and exports as PDF and XLSX,
 * and what the public-records export's register is. One shape, one renderer for each format.
 */
export interface ReportTable {
  /** File name without extension, e.g. `attestlogg-2026`. */
  fileBase: string;
  title: string;
  /** The association and the period, shown under the title. */
  subtitle: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** Shown instead of rows when there are none. */
  emptyText: string;
  /** Explanations printed below the table. */
  notes?: string[];
  landscape?: boolean;
}

export function isKronorCell(cell: ReportCell): cell is Kronor {
  return cell !== null && typeof cell !== 'string' && Decimal.isDecimal(cell);
}

/** A cell as text: amounts as `2 100 000 kr`. */
export function cellText(cell: ReportCell): string {
  if (cell === null) return '';
  if (isKronorCell(cell)) return formatKronor(cell);
  return cell;
}
