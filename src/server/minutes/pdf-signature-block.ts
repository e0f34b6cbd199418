import 'server-only';
import type { Minutes } from './page-readers/get-minutes';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime } from '@/i18n/dates';
import type { PdfDoc } from '@/server/pdf/document';
import { pdfText } from '@/server/pdf/text';
import { A4, COLOR, FONT, TYPE } from '@/server/pdf/theme';

/**
 * The minutes PDF's closing signature block (ADR 033): the chair and the secretary by name, each
 * adjuster with the time of their approval, and the SHA-256 of the content they approved. Drawn
 * at the current position, on a new page when it would not fit.
 */
export function drawSignatureBlock(doc: PdfDoc, minutes: Minutes, layout: { margin: number; width: number }): void {
  const t = messages().minutes.pdf;
  const { margin, width } = layout;
  const lines = 2 + minutes.adjusters.length;
  if (doc.y > A4.height - margin - 60 - lines * 42) doc.addPage();
  doc.moveDown(1.2);
  doc.font(FONT.bold).fontSize(TYPE.lg).fillColor(COLOR.ink).text(pdfText(t.signatures), margin, doc.y, { width });
  doc.moveDown(0.4);

  const signature = (role: string, name: string, note?: string) => {
    doc.moveDown(0.8);
    const y = doc.y;
    doc
      .moveTo(margin, y)
      .lineTo(margin + width / 2, y)
      .strokeColor(COLOR.muted)
      .lineWidth(0.5)
      .stroke();
    doc
      .font(FONT.regular)
      .fontSize(TYPE.base)
      .fillColor(COLOR.ink)
      .text(pdfText(`${role}: ${name}${note ? `, ${note}` : ''}`), margin, y + 3, { width });
  };
  signature(t.signatureChair, minutes.meeting.chairName ?? t.notGiven);
  signature(t.signatureSecretary, minutes.meeting.secretaryName ?? t.notGiven);
  for (const adjuster of minutes.adjusters) {
    signature(
      t.signatureAdjuster,
      adjuster.name,
      format(t.signatureAdjusted, { time: adjuster.approvedAt ? formatDateTime(adjuster.approvedAt) : t.notGiven }),
    );
  }
  const hash = minutes.adjusters.find((adjuster) => adjuster.contentHash)?.contentHash ?? minutes.contentHash;
  doc.moveDown(1);
  doc
    .font(FONT.regular)
    .fontSize(TYPE.sm)
    .fillColor(COLOR.muted)
    .text(pdfText(format(t.signatureHash, { hash })), margin, doc.y, { width });
}
