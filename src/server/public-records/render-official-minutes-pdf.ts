import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { format, messages } from '@/i18n/catalog';
import { formatDate, formatDateTime } from '@/i18n/dates';
import { prisma } from '@/server/db/client';
import { pageFooters, pdfDocument, pdfText } from '@/server/report-table/render-report-pdf';

/**
 * A meeting's minutes as an official PDF: when and where, who attended (serving for whom),
 * the numbered paragraphs with their decisions, and the adjusters. The one place the
 * public-records export asks for minutes: when the minutes' own renderer
 * (src/server/minutes/render-minutes-pdf.ts) is merged, this delegates to it.
 */
export async function renderOfficialMinutesPdf(meetingId: string, options: { db?: PrismaClient; now?: Date; compress?: boolean } = {}): Promise<Uint8Array> {
  const db = options.db ?? prisma;
  const t = messages().publicRecords.minutesPdf;
  const meeting = await db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      body: true,
      title: true,
      startsAt: true,
      location: true,
      status: true,
      association: { select: { name: true } },
      attendance: { where: { status: 'PRESENT' }, select: { coOpted: true, person: { select: { name: true } }, servingFor: { select: { person: { select: { name: true } } } } } },
      paragraphs: { orderBy: { number: 'asc' }, select: { number: true, title: true, discussion: true, decisionText: true } },
      adjusters: { select: { approvedAt: true, person: { select: { name: true } } } },
    },
  });
  const { doc, done } = pdfDocument(`${t.heading} ${meeting.title}`, { compress: options.compress });
  const width = doc.page.width - 80;
  doc.font('Helvetica').fontSize(10).fillColor('#475569').text(pdfText(meeting.association.name));
  doc.moveDown(0.3);
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#000000').text(pdfText(`${t.heading}: ${meeting.title} ${formatDate(meeting.startsAt)}`));
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(10).text(pdfText(format(t.when, { time: formatDateTime(meeting.startsAt) })));
  if (meeting.location) doc.text(pdfText(format(t.where, { place: meeting.location })));
  if (meeting.status !== 'MINUTES_LOCKED') doc.moveDown(0.3).font('Helvetica-Bold').fillColor('#b45309').text(pdfText(t.draftWarning)).fillColor('#000000');
  doc.moveDown(0.8);

  doc.font('Helvetica-Bold').fontSize(11).text(pdfText(t.present));
  const present = [...meeting.attendance]
    .sort((a, b) => a.person.name.localeCompare(b.person.name, 'sv'))
    .map((a) => {
      const notes = [a.servingFor ? `${t.servingFor} för ${a.servingFor.person.name}` : null, a.coOpted ? t.coOpted : null].filter(Boolean);
      return notes.length ? `${a.person.name} (${notes.join(', ')})` : a.person.name;
    });
  doc.font('Helvetica').fontSize(9.5).text(pdfText(present.join(', ')), { width });
  doc.moveDown(0.8);

  for (const paragraph of meeting.paragraphs) {
    if (doc.y > doc.page.height - 120) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(11).text(pdfText(`§ ${paragraph.number} ${paragraph.title}`), { width });
    if (paragraph.discussion.trim()) doc.font('Helvetica').fontSize(9.5).text(pdfText(paragraph.discussion.trim()), { width });
    if (paragraph.decisionText.trim()) {
      doc.moveDown(0.2).font('Helvetica-Bold').fontSize(9.5).text(pdfText(`${t.decision}: `), { continued: true, width });
      doc.font('Helvetica').text(pdfText(paragraph.decisionText.trim()), { width });
    }
    doc.moveDown(0.6);
  }

  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(11).text(pdfText(t.adjusters));
  for (const adjuster of meeting.adjusters) {
    doc.font('Helvetica').fontSize(9.5).text(pdfText(`${adjuster.person.name}, ${adjuster.approvedAt ? format(t.approved, { date: formatDate(adjuster.approvedAt) }) : t.notApproved}`));
  }
  pageFooters(doc, options.now ?? new Date());
  doc.end();
  return done;
}
