import 'server-only';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { format, messages } from '@/i18n/catalog';
import { formatLongDate } from '@/i18n/dates';
import { prisma } from '@/server/db/client';
import type { Db } from '@/server/kernel/deps';
import type { PdfDoc } from '@/server/pdf/document';
import { pdfText } from '@/server/pdf/text';
import { A4, COLOR, FONT, TYPE } from '@/server/pdf/theme';
import { loadAssociationRules } from '@/server/settings/load-association-rules';

/** A section drawn into a PDF after the document's own content, at the left margin, `width` wide. */
export type PdfSection = (doc: PdfDoc, area: { left: number; width: number }) => void;

/** A DATE column (UTC midnight) as the calendar day it stores. */
const day = (date: Date) => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });

/**
 * The notice of posting (anslagsbevis, ADR 034) at the end of the locked minutes: the body, the
 * meeting date, the date of adjustment, the dates posted and taken down, where the minutes are kept,
 * and the appeal period. Read from the meeting's NoticeBoardPosting (made when the minutes were locked);
 * without one (minutes locked before postings existed) the section says so.
 */
export async function noticeOfPostingSection(
  associationId: string,
  meeting: { id: string; associationName: string; body: string; startsAt: Date; minutesLockedAt: Date | null },
  options: { db?: Db } = {},
): Promise<PdfSection> {
  const db = options.db ?? prisma;
  const [posting, rules, association] = await Promise.all([
    db.noticeBoardPosting.findUnique({
      where: { meetingId: meeting.id },
      select: { postedOn: true, takeDownOn: true },
    }),
    loadAssociationRules(db, associationId, calendarDateIn(meeting.startsAt).year),
    db.association.findUniqueOrThrow({ where: { id: associationId }, select: { slug: true } }),
  ]);
  const all = messages();
  const t = all.noticeBoard.certificate;
  const body = t.bodies[meeting.body as keyof typeof t.bodies] ?? meeting.body;
  const rows: [string, string][] = [
    [t.body, body],
    [t.meetingDate, formatLongDate(meeting.startsAt)],
    [t.adjustedOn, meeting.minutesLockedAt ? formatLongDate(meeting.minutesLockedAt) : '–'],
    [t.postedOn, posting ? formatLongDate(day(posting.postedOn)) : t.notPosted],
    [t.takeDownOn, posting?.takeDownOn ? formatLongDate(day(posting.takeDownOn)) : '–'],
    [t.keptAt, rules.noticeBoardText?.trim() || format(t.keptAtDefault, { association: meeting.associationName })],
    [t.board, format(t.boardAddress, { slug: association.slug })],
  ];

  return (doc, area) => {
    if (doc.y > A4.height - 320) doc.addPage();
    doc
      .moveDown(1)
      .font(FONT.bold)
      .fontSize(TYPE.lg)
      .fillColor(COLOR.ink)
      .text(pdfText(t.title), area.left, doc.y, { width: area.width });
    doc.moveDown(0.3);
    doc.font(FONT.regular).fontSize(TYPE.base).text(pdfText(t.lead), area.left, doc.y, { width: area.width });
    doc.moveDown(0.3);
    for (const [label, value] of rows) {
      doc
        .font(FONT.bold)
        .text(pdfText(`${label}: `), area.left, doc.y, { width: area.width, continued: true })
        .font(FONT.regular)
        .text(pdfText(value));
    }
    doc.moveDown(0.3);
    doc
      .font(FONT.regular)
      .fillColor(COLOR.note)
      .text(pdfText(all.noticeBoard.appealText), area.left, doc.y, { width: area.width });
    doc.fillColor(COLOR.ink);
  };
}
