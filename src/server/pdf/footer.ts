import 'server-only';
import { contentWidth, type PdfDoc } from './document';
import { pdfText } from './text';
import { COLOR, FONT, TYPE } from './theme';

/** How far above the page's bottom edge the footer line sits. */
const FOOTER_FROM_BOTTOM = 32;

export interface FooterText {
  /** At the left margin, the whole width when there is no `right`. */
  left: string;
  /** Right-aligned in the right half (e.g. "Sida 2 av 9"). */
  right?: string;
}

/**
 * Writes a footer on one page, below the bottom margin (which is lifted for it, as pdfkit would
 * otherwise open a new page for text there).
 */
export function drawFooter(doc: PdfDoc, footer: FooterText): void {
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  const y = doc.page.height - FOOTER_FROM_BOTTOM;
  doc.font(FONT.regular).fontSize(TYPE.xs).fillColor(COLOR.faint);
  doc.text(pdfText(footer.left), x, y, { width: footer.right === undefined ? width : width / 2, lineBreak: false });
  if (footer.right !== undefined)
    doc.text(pdfText(footer.right), x + width / 2, y, { width: width / 2, align: 'right', lineBreak: false });
  doc.page.margins.bottom = bottom;
}

/**
 * A footer on every page once the content is laid out ("Sida n av m" needs the count), from
 * `footer(page, pages)` with pages counted from 1.
 */
export function drawPageFooters(doc: PdfDoc, footer: (page: number, pages: number) => FooterText): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    drawFooter(doc, footer(i - range.start + 1, range.count));
  }
}
