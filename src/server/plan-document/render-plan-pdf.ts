import 'server-only';
import type { PlanDocument } from '@/domain/plan-document/plan-document';
import { format, messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';
import { createPdfDocument, type PdfDoc } from '@/server/pdf/document';
import { drawPageFooters } from '@/server/pdf/footer';
import { pdfText } from '@/server/pdf/text';
import { COLOR, FONT, TYPE } from '@/server/pdf/theme';
import { BOTTOM, MARGIN, PdfWriter, WIDTH } from './plan-pdf-writer';

type Doc = PdfDoc;

const TOC_LINE = 16;
const INK = COLOR.ink;
const MUTED = COLOR.muted;
const RULE = COLOR.rule;

interface Heading {
  anchor: string;
  page: number;
}

/**
 * The plan as an A4 PDF: a title page with the table of contents (page numbers filled in after the
 * content is laid out: its pages are reserved first, as the number of entries is known), each chapter
 * from a new page, Markdown texts (headings, paragraphs, lists, emphasis, tables, footnotes), the
 * budget tables with the years as columns, "Sida n av m" at the foot of every page. Tables repeat their
 * header row on a new page and never split a row. Helvetica (WinAnsi) prints å ä ö; see pdfText.
 * `compress: false` leaves the text operators readable (tests look for the text).
 */
export function renderPlanPdf(document: PlanDocument, options: { compress?: boolean } = {}): Promise<Uint8Array> {
  const t = messages().planDocument;
  const { doc, done } = createPdfDocument({
    title: document.title,
    author: document.associationName,
    margins: MARGIN,
    compress: options.compress,
  });

  const writer = new PdfWriter(doc);

  // Title block and the room for the table of contents.
  doc
    .font(FONT.regular)
    .fontSize(TYPE.md)
    .fillColor(MUTED)
    .text(pdfText(document.associationName), MARGIN.left, MARGIN.top + 60, { width: WIDTH });
  doc.moveDown(0.5);
  doc.font(FONT.bold).fontSize(TYPE.cover).fillColor(INK).text(pdfText(document.title.toUpperCase()), { width: WIDTH });
  doc.moveDown(0.4);
  const statusLine = document.decidedAt
    ? format(t.decidedOn, { date: formatDate(document.decidedAt) })
    : format(t.notAdopted, { status: messages().areas.planStatus[document.status] });
  doc
    .font(FONT.regular)
    .fontSize(TYPE.md)
    .fillColor(INK)
    .text(pdfText(`${statusLine}, ${format(t.version, { version: document.versionNumber })}`), { width: WIDTH });
  doc.moveDown(2);
  doc.font(FONT.bold).fontSize(TYPE.lg).text(pdfText(t.contents), { width: WIDTH });
  doc.moveDown(0.5);
  const tocStart = doc.y;
  const firstPageLines = Math.floor((BOTTOM - tocStart) / TOC_LINE);
  const laterPageLines = Math.floor((BOTTOM - MARGIN.top) / TOC_LINE);
  const tocPages = 1 + Math.max(0, Math.ceil((document.toc.length - firstPageLines) / laterPageLines));
  for (let i = 1; i < tocPages; i++) doc.addPage();

  // The content.
  const headings: Heading[] = [];
  for (const section of document.sections) {
    if (section.level === 1) writer.newPage();
    headings.push({ anchor: section.anchor, page: writer.pageIndex() });
    writer.sectionHeading(section);
    if (section.bodyMarkdown.trim()) writer.markdown(section.bodyMarkdown);
    for (const part of section.parts) writer.part(part);
  }

  // The table of contents, now that the pages are known.
  const pageOf = new Map(headings.map((h) => [h.anchor, h.page + 1]));
  let page = 0;
  let y = tocStart;
  doc.switchToPage(0);
  for (const entry of document.toc) {
    const limit = page === 0 ? tocStart + firstPageLines * TOC_LINE : MARGIN.top + laterPageLines * TOC_LINE;
    if (y + TOC_LINE > limit + 0.01) {
      page++;
      doc.switchToPage(page);
      y = MARGIN.top;
    }
    const indent = (entry.level - 1) * 16;
    const bold = entry.level === 1;
    const size = bold ? TYPE.md : TYPE.base;
    doc
      .font(bold ? FONT.bold : FONT.regular)
      .fontSize(size)
      .fillColor(INK);
    const numberWidth = 34;
    const pageWidth = 30;
    const titleWidth = WIDTH - indent - numberWidth - pageWidth - 8;
    doc.text(entry.number, MARGIN.left + indent, y, { width: numberWidth, lineBreak: false });
    const title = fitText(doc, pdfText(entry.title), titleWidth);
    doc.text(title, MARGIN.left + indent + numberWidth, y, { width: titleWidth, lineBreak: false, goTo: entry.anchor });
    // Dot leader between the title and the page number.
    const titleEnd = MARGIN.left + indent + numberWidth + doc.widthOfString(title) + 4;
    const numberStart = MARGIN.left + WIDTH - pageWidth;
    if (numberStart - titleEnd > 8) {
      doc
        .save()
        .moveTo(titleEnd, y + size - 2)
        .lineTo(numberStart, y + size - 2)
        .dash(0.5, { space: 2.5 })
        .lineWidth(0.6)
        .strokeColor(RULE)
        .stroke()
        .restore();
    }
    doc.text(String(pageOf.get(entry.anchor) ?? ''), numberStart, y, {
      width: pageWidth,
      align: 'right',
      lineBreak: false,
    });
    y += TOC_LINE;
  }

  drawPageFooters(doc, (page, pages) => ({ left: document.title, right: format(t.pageOf, { page, pages }) }));
  doc.end();
  return done;
}

function fitText(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
