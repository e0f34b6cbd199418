import 'server-only';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime } from '@/i18n/dates';
import { contentWidth, createPdfDocument, type PdfDoc } from '@/server/pdf/document';
import { drawPageFooters } from '@/server/pdf/footer';
import { drawTable, type TableRow } from '@/server/pdf/table';
import { pdfText } from '@/server/pdf/text';
import { COLOR, FONT, TYPE } from '@/server/pdf/theme';
import { cellText, isKronorCell, type ReportTable } from '@/domain/report-table/report-table';

const MARGIN = 40;
const ROW_RULE = 0.3;

/** Writes the table into an open document from its current position, breaking pages and repeating the header. */
function drawReportTable(doc: PdfDoc, report: ReportTable) {
  const width = contentWidth(doc);
  const total = report.columns.reduce((sum, column) => sum + column.width, 0);
  const columns = report.columns.map((column) => ({
    width: (column.width / total) * width,
    align: column.align === 'right' ? ('right' as const) : ('left' as const),
  }));
  const bottom = doc.page.height - MARGIN - 10;
  const rows: TableRow[] = report.rows.map((row) => ({
    cells: row.cells.map(cellText),
    bold: row.bold,
    fill: row.highlight ? COLOR.highlight : undefined,
    align: row.cells.map((cell, i) => (isKronorCell(cell) || report.columns[i]?.align === 'right' ? 'right' : 'left')),
    ruleBelow: ROW_RULE,
  }));
  drawTable(doc, {
    left: MARGIN,
    columns,
    header: {
      cells: report.columns.map((column) => column.header),
      bold: true,
      fill: COLOR.shade,
      ruleBelow: ROW_RULE,
    },
    rows,
    size: TYPE.sm,
    ruleColor: COLOR.lightRule,
    bottom,
  });
  if (report.rows.length === 0) {
    doc
      .font(FONT.italic)
      .fontSize(TYPE.sm)
      .fillColor(COLOR.note)
      .text(pdfText(report.emptyText), MARGIN, doc.y + 6, { width });
  }
  doc.x = MARGIN;
  doc.y += 8;
  for (const note of report.notes ?? []) {
    if (doc.y > bottom - 20) doc.addPage();
    doc.font(FONT.regular).fontSize(TYPE.xs).fillColor(COLOR.note).text(pdfText(note), MARGIN, doc.y, { width });
    doc.y += 3;
  }
}

/** The report on A4 pages: title, subtitle, the table (exceptions shaded), notes, time and page numbers. */
export function renderReportPdf(
  report: ReportTable,
  options: { generatedAt: Date; compress?: boolean },
): Promise<Uint8Array> {
  const t = messages().auditDesk.table;
  const { doc, done } = createPdfDocument({
    title: report.title,
    margins: MARGIN,
    landscape: report.landscape,
    compress: options.compress,
  });
  doc.font(FONT.regular).fontSize(TYPE.base).fillColor(COLOR.muted).text(pdfText(report.subtitle), MARGIN, MARGIN);
  doc.moveDown(0.3);
  doc.font(FONT.bold).fontSize(TYPE.xl).fillColor(COLOR.ink).text(pdfText(report.title));
  doc.moveDown(0.6);
  drawReportTable(doc, report);
  const generated = format(t.generated, { time: formatDateTime(options.generatedAt) });
  drawPageFooters(doc, (page, pages) => ({ left: `${generated}  ·  ${format(t.page, { page, pages })}` }));
  doc.end();
  return done;
}
