import 'server-only';
import PDFDocument from 'pdfkit';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime } from '@/i18n/dates';
import { cellText, isKronorCell, type ReportTable } from './report-table';

const MARGIN = 40;
const FONT_SIZE = 8.5;
const PADDING = 3;
// The characters beyond Latin-1 that Helvetica's WinAnsi encoding has.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Helvetica (WinAnsi) has å ä ö, §, – and the no-break space, but not U+2212 or ≥: plain replacements. */
export function pdfText(text: string): string {
  return text
    .replace(/\u2212/g, '-')
    .replace(/\u2265/g, '>=')
    .replace(/\u2264/g, '<=')
    .replace(/[\u202f\u2009]/g, ' ')
    .replace(/[^\u0000-\u00ff]/gu, (char) => (WIN_ANSI_EXTRA.has(char) ? char : '?'));
}

export function pdfDocument(title: string, options: { landscape?: boolean; compress?: boolean } = {}) {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.landscape ? 'landscape' : 'portrait',
    margin: MARGIN,
    compress: options.compress ?? true,
    bufferPages: true,
    info: { Title: pdfText(title), Author: 'Samplan' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** "Utskrivet … · Sida n av m" at the foot of every page (the document must be made with bufferPages). */
export function pageFooters(doc: PDFKit.PDFDocument, generatedAt: Date) {
  const t = messages().auditDesk.table;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const text = `${format(t.generated, { time: formatDateTime(generatedAt) })}  ·  ${format(t.page, { page: i + 1, pages: range.count })}`;
    doc.font('Helvetica').fontSize(7.5).fillColor('#64748b').text(pdfText(text), MARGIN, doc.page.height - MARGIN + 12, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** Writes the table into an open document from its current position, breaking pages and repeating the header. */
export function drawReportTable(doc: PDFKit.PDFDocument, report: ReportTable) {
  const width = doc.page.width - 2 * MARGIN;
  const total = report.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = report.columns.map((column) => (column.width / total) * width);
  const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const bottom = () => doc.page.height - MARGIN - 10;
  let y = doc.y;

  const rowHeight = (texts: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE);
    return Math.max(...texts.map((text, i) => doc.heightOfString(text || ' ', { width: widths[i]! - 2 * PADDING }))) + 2 * PADDING;
  };
  const drawRow = (texts: string[], options: { bold?: boolean; fill?: string; alignRight?: boolean[] }) => {
    const height = rowHeight(texts, options.bold ?? false);
    if (y + height > bottom()) {
      doc.addPage();
      y = MARGIN;
      drawHeader();
    }
    if (options.fill) doc.rect(MARGIN, y, width, height).fill(options.fill);
    doc.font(options.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE).fillColor('#000000');
    texts.forEach((text, i) => {
      doc.text(text, xs[i]! + PADDING, y + PADDING, { width: widths[i]! - 2 * PADDING, align: options.alignRight?.[i] ? 'right' : 'left' });
    });
    y += height;
    doc.moveTo(MARGIN, y).lineTo(MARGIN + width, y).lineWidth(0.3).strokeColor('#cbd5e1').stroke();
  };
  const headerTexts = report.columns.map((column) => pdfText(column.header));
  const headerAlign = report.columns.map((column) => column.align === 'right');
  function drawHeader() {
    drawRow(headerTexts, { bold: true, fill: '#e2e8f0', alignRight: headerAlign });
  }

  drawHeader();
  if (report.rows.length === 0) {
    doc.font('Helvetica-Oblique').fontSize(FONT_SIZE).fillColor('#334155').text(pdfText(report.emptyText), MARGIN, y + 6, { width });
    y = doc.y;
  }
  for (const row of report.rows) {
    const texts = row.cells.map((cell) => pdfText(cellText(cell)));
    const alignRight = row.cells.map((cell, i) => isKronorCell(cell) || report.columns[i]?.align === 'right');
    drawRow(texts, { bold: row.bold, fill: row.highlight ? '#fde68a' : undefined, alignRight });
  }
  doc.x = MARGIN;
  doc.y = y + 8;
  for (const note of report.notes ?? []) {
    if (doc.y > bottom() - 20) doc.addPage();
    doc.font('Helvetica').fontSize(8).fillColor('#334155').text(pdfText(note), MARGIN, doc.y, { width });
    doc.y += 3;
  }
}

/** The report on A4 pages: title, subtitle, the table (exceptions shaded), notes, time and page numbers. */
export function renderReportPdf(report: ReportTable, options: { generatedAt: Date; compress?: boolean }): Promise<Uint8Array> {
  const { doc, done } = pdfDocument(report.title, { landscape: report.landscape, compress: options.compress });
  doc.font('Helvetica').fontSize(9.5).fillColor('#475569').text(pdfText(report.subtitle), MARGIN, MARGIN);
  doc.moveDown(0.3);
  doc.font('Helvetica-Bold').fontSize(15).fillColor('#000000').text(pdfText(report.title));
  doc.moveDown(0.6);
  drawReportTable(doc, report);
  pageFooters(doc, options.generatedAt);
  doc.end();
  return done;
}
