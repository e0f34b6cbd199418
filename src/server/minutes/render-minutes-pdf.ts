import 'server-only';
import type { Minutes } from './page-readers/get-minutes';
import type { PdfSection } from './notice-of-posting-pdf';
import { paragraphLabel } from '@/domain/minutes/paragraph-numbering';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime, formatLongDate } from '@/i18n/dates';
import { createPdfDocument } from '@/server/pdf/document';
import { drawPageFooters } from '@/server/pdf/footer';
import { pdfText } from '@/server/pdf/text';
import { drawSignatureBlock } from './pdf-signature-block';
import { A4, COLOR, FONT, TYPE } from '@/server/pdf/theme';

const MARGIN = 50;
const WIDTH = A4.width - 2 * MARGIN;

/**
 * The locked minutes as a PDF: header, attendance (with who served for whom), the § paragraphs
 * with discussion, decision and votes, the adjusters' approvals with time, and a "Justerat" footer
 * on every page. `compress: false` leaves the text readable for tests.
 */
export function renderMinutesPdf(
  minutes: Minutes,
  options: { compress?: boolean; sections?: PdfSection[] } = {},
): Promise<Uint8Array> {
  const all = messages();
  const t = all.minutes.pdf;
  const { meeting } = minutes;
  const body = all.areas.meetingBody[meeting.body];
  const date = formatLongDate(meeting.startsAt);
  const { doc, done } = createPdfDocument({
    title: `${t.title}: ${body} ${date}`,
    margins: MARGIN,
    compress: options.compress,
  });

  const heading = (text: string, size: number = TYPE.lg) => {
    doc
      .moveDown(0.8)
      .font(FONT.bold)
      .fontSize(size)
      .fillColor(COLOR.ink)
      .text(pdfText(text), MARGIN, doc.y, { width: WIDTH });
    doc.moveDown(0.2);
  };
  const paragraph = (text: string, options: { bold?: boolean; color?: string; indent?: number } = {}) => {
    doc
      .font(options.bold ? FONT.bold : FONT.regular)
      .fontSize(TYPE.base)
      .fillColor(options.color ?? COLOR.ink)
      .text(pdfText(text), MARGIN + (options.indent ?? 0), doc.y, { width: WIDTH - (options.indent ?? 0) });
  };

  doc
    .font(FONT.regular)
    .fontSize(TYPE.base)
    .fillColor(COLOR.muted)
    .text(pdfText(meeting.associationName), MARGIN, MARGIN);
  doc
    .moveDown(0.3)
    .font(FONT.bold)
    .fontSize(TYPE.xl)
    .fillColor(COLOR.ink)
    .text(pdfText(`${t.title}: ${format(t.heading, { body, date })}`), { width: WIDTH });
  doc.moveDown(0.3);
  paragraph(format(t.meta, { time: formatDateTime(meeting.startsAt), location: meeting.location || '–' }), {
    color: COLOR.note,
  });
  paragraph(format(t.chair, { name: meeting.chairName ?? t.notGiven }));
  paragraph(format(t.secretary, { name: meeting.secretaryName ?? t.notGiven }));

  heading(t.present);
  const present = minutes.attendance.filter((row) => row.present);
  const voting = present
    .filter((row) => row.voter)
    .map((row) =>
      row.servingForName ? format(t.servingFor, { name: row.name, absent: row.servingForName }) : row.name,
    );
  const deputies = present.filter((row) => !row.voter && row.seatKind === 'DEPUTY').map((row) => row.name);
  const others = present
    .filter((row) => !row.voter && row.seatKind !== 'DEPUTY')
    .map((row) => (row.coOpted ? `${row.name} (${all.minutes.attendance.coOpted.toLowerCase()})` : row.name));
  // Absent ordinary members (and others called); a deputy who did not serve is not absent.
  const absent = minutes.attendance.filter((row) => !row.present && row.seatKind !== 'DEPUTY').map((row) => row.name);
  for (const [label, list] of [
    [t.voting, voting],
    [t.deputiesPresent, deputies],
    [t.others, others],
    [t.absent, absent],
  ] as const) {
    if (list.length === 0) continue;
    paragraph(`${label}: `, { bold: true });
    paragraph(list.join(', '), { indent: 12 });
    doc.moveDown(0.2);
  }

  heading(t.paragraphs);
  for (const p of minutes.paragraphs) {
    doc.moveDown(0.5);
    if (doc.y > A4.height - MARGIN - 90) doc.addPage();
    doc
      .font(FONT.bold)
      .fontSize(TYPE.md)
      .fillColor(COLOR.ink)
      .text(pdfText(`${paragraphLabel(p.number)}  ${p.title}`), MARGIN, doc.y, { width: WIDTH });
    const links = [
      p.matter ? format(t.matterLink, { year: p.matter.year, number: p.matter.number, title: p.matter.title }) : null,
      p.plan ? `${all.minutes.paragraphs.plan.toLowerCase()} ${p.plan.title}` : null,
      p.intervention ? `${all.minutes.paragraphs.intervention.toLowerCase()} ${p.intervention.name}` : null,
    ].filter((link): link is string => link !== null);
    if (links.length > 0) paragraph(format(t.links, { links: links.join('; ') }), { color: COLOR.muted });
    if (p.corrects) {
      paragraph(
        format(all.minutes.paragraphs.corrects, {
          number: p.corrects.number,
          year: p.corrects.year,
          meeting: `${p.corrects.meeting.title} ${formatLongDate(p.corrects.meeting.startsAt)}`,
        }),
        { color: COLOR.muted },
      );
    }
    if (p.discussion.trim()) {
      doc.moveDown(0.2);
      paragraph(p.discussion.trim());
    }
    const decision = p.decision?.text ?? p.decisionText;
    if (decision.trim()) {
      doc.moveDown(0.2);
      paragraph(`${t.decision}`, { bold: true });
      paragraph(decision.trim());
    }
    if (p.tally) {
      doc.moveDown(0.2);
      paragraph(
        format(t.votes, {
          summary: format(all.minutes.paragraphs.votesSummary, {
            for: p.tally.for,
            against: p.tally.against,
            abstain: p.tally.abstain,
          }),
        }),
      );
      for (const choice of ['FOR', 'AGAINST', 'ABSTAIN'] as const) {
        const names = p.votes.filter((vote) => vote.choice === choice).map((vote) => vote.person.name);
        if (names.length > 0)
          paragraph(format(t.votesDetail, { choice: all.minutes.choice[choice], names: names.join(', ') }), {
            indent: 12,
          });
      }
      for (const vote of p.votes) {
        if (vote.reservation)
          paragraph(format(t.reservation, { name: vote.person.name, text: vote.reservation }), { indent: 12 });
      }
    }
  }

  heading(t.adjusters);
  for (const adjuster of minutes.adjusters) {
    paragraph(
      format(t.adjusterLine, {
        name: adjuster.name,
        time: adjuster.approvedAt ? formatDateTime(adjuster.approvedAt) : '–',
      }),
    );
  }

  drawSignatureBlock(doc, minutes, { margin: MARGIN, width: WIDTH });
  // Sections other files add after the minutes' own content (the notice of posting, ADR 034).
  for (const section of options.sections ?? []) section(doc, { left: MARGIN, width: WIDTH });

  const lockedAt = meeting.minutesLockedAt ? formatDateTime(meeting.minutesLockedAt) : '–';
  drawPageFooters(doc, (page, pages) => ({
    left: format(t.footer, {
      time: lockedAt,
      association: meeting.associationName,
      body: body.toLowerCase(),
      date,
      page,
      pages,
    }),
  }));
  doc.end();
  return done;
}
