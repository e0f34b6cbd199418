import 'server-only';
import type { PdfDoc } from './document';
import { pdfText } from './text';
import { COLOR, FONT } from './theme';

export interface TableColumn {
  width: number;
  align?: 'left' | 'right';
}

export interface TableRow {
  cells: readonly string[];
  bold?: boolean;
  /** Shading behind the row. */
  fill?: string;
  /** Per-cell alignment where it differs from the column's (a kronor cell in a text column). */
  align?: readonly ('left' | 'right')[];
  /** Weight of a rule above the row; none when absent. */
  ruleAbove?: number;
  /** Weight of the rule below the row; none when absent. */
  ruleBelow?: number;
}

export interface TableOptions {
  /** The table's left edge; the right one follows from the column widths. */
  left: number;
  columns: readonly TableColumn[];
  /** Repeated at the top of every page the table continues on. */
  header: TableRow;
  rows: readonly TableRow[];
  size: number;
  ruleColor: string;
  /** The lowest y a row may reach; a row that would pass it opens a new page. */
  bottom: number;
  /** A bold line above the header, kept on the same page as the header and the first row. */
  title?: { text: string; size: number };
  padding?: number;
}

/** The height of one row: its tallest cell plus padding. */
export function tableRowHeight(
  doc: PdfDoc,
  columns: readonly TableColumn[],
  row: TableRow,
  size: number,
  padding = 3,
): number {
  doc.font(row.bold ? FONT.bold : FONT.regular).fontSize(size);
  return (
    Math.max(
      ...columns.map((column, i) =>
        doc.heightOfString(pdfText(row.cells[i] ?? '') || ' ', { width: column.width - 2 * padding }),
      ),
    ) +
    2 * padding
  );
}

/**
 * A table from the current position: the title, header and first row kept together, the header
 * repeated on each new page, and rows that never split across pages (a row that does not fit opens
 * a new page first). Leaves `doc.y` below the last row.
 */
export function drawTable(doc: PdfDoc, table: TableOptions): void {
  const padding = table.padding ?? 3;
  const left = table.left;
  const right = left + table.columns.reduce((sum, column) => sum + column.width, 0);
  const heightOf = (row: TableRow) => tableRowHeight(doc, table.columns, row, table.size, padding);
  const rule = (y: number, weight: number) =>
    doc.moveTo(left, y).lineTo(right, y).lineWidth(weight).strokeColor(table.ruleColor).stroke();
  const drawRow = (row: TableRow) => {
    const height = heightOf(row);
    const y = doc.y;
    if (row.fill)
      doc
        .rect(left, y, right - left, height)
        .fillColor(row.fill)
        .fill();
    doc
      .font(row.bold ? FONT.bold : FONT.regular)
      .fontSize(table.size)
      .fillColor(COLOR.ink);
    let x = left;
    table.columns.forEach((column, i) => {
      const text = pdfText(row.cells[i] ?? '');
      if (text)
        doc.text(text, x + padding, y + padding, {
          width: column.width - 2 * padding,
          align: row.align?.[i] ?? column.align ?? 'left',
        });
      x += column.width;
    });
    if (row.ruleAbove) rule(y, row.ruleAbove);
    if (row.ruleBelow) rule(y + height, row.ruleBelow);
    doc.x = doc.page.margins.left;
    doc.y = y + height;
  };

  const titleHeight = table.title ? table.title.size * 1.6 + 4 : 0;
  const first = table.rows[0];
  if (doc.y + titleHeight + heightOf(table.header) + (first ? heightOf(first) : 0) > table.bottom) doc.addPage();
  if (table.title) {
    doc
      .font(FONT.bold)
      .fontSize(table.title.size)
      .fillColor(COLOR.ink)
      .text(pdfText(table.title.text), left, doc.y, { width: right - left });
    doc.moveDown(0.2);
  }
  drawRow(table.header);
  for (const row of table.rows) {
    if (doc.y + heightOf(row) > table.bottom) {
      doc.addPage();
      drawRow(table.header);
    }
    drawRow(row);
  }
}
