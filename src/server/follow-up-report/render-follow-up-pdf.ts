import 'server-only';
import type { FollowUp, FollowUpFigures, FollowUpLine } from '@/domain/budget/follow-up';
import { formatKronor, type Kronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime, formatLongDate } from '@/i18n/dates';
import { createPdfDocument } from '@/server/pdf/document';
import { drawFooter } from '@/server/pdf/footer';
import { pdfText } from '@/server/pdf/text';
import { A4, COLOR, FONT, TYPE } from '@/server/pdf/theme';

export interface FollowUpReportData {
  associationName: string;
  /** The report's date, YYYY-MM-DD. */
  date: string;
  plan: { year: number; versionNumber: number };
  followUp: FollowUp;
  /** Opening equity as budgeted for the year; null when the plan has no equity line. */
  openingEquity: Kronor | null;
  generatedAt: Date;
}

const MARGIN = 40;
const NAME_WIDTH = 215;
const AMOUNT_WIDTH = (A4.width - 2 * MARGIN - NAME_WIDTH) / 4;
// Space kept below the table for totals, the equity note and the footer.
const RESERVED_BELOW_TABLE = 190;

function amount(value: Kronor, signed = false): string {
  const text = pdfText(formatKronor(value));
  return signed && value.isPositive() && !value.isZero() ? `+${text}` : text;
}

function throughMonthText(throughMonth: number, year: number): string {
  const t = messages().budgetFollowUp;
  return throughMonth === 0 ? t.noMonth : `${t.months[throughMonth - 1]} ${year}`;
}

function dateOf(isoDate: string) {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return formatLongDate({ year, month, day });
}

/**
 * The economic follow-up on one A4 page: per budget line the year's budget, outcome to date,
 * forecast and deviation; totals; an equity note; the time it was made. The row height shrinks
 * with the number of lines so that a long budget still fits on the page.
 * `compress: false` leaves the text operators readable (tests look for the line names).
 */
export function renderFollowUpPdf(data: FollowUpReportData, options: { compress?: boolean } = {}): Promise<Uint8Array> {
  const t = messages().followUpReport;
  const { doc, done } = createPdfDocument({
    title: format(t.pdfTitle, { date: data.date }),
    margins: MARGIN,
    compress: options.compress,
  });

  const { followUp } = data;
  const income = followUp.lines.filter((line) => line.type === 'INCOME');
  const costs = followUp.lines.filter((line) => line.type === 'COST');
  const rowCount = followUp.lines.length + 4 + 2; // lines, 2 headings + 2 sums, column header + result
  let y = MARGIN;

  doc.font(FONT.regular).fontSize(TYPE.base).fillColor(COLOR.muted).text(pdfText(data.associationName), MARGIN, y);
  y += 16;
  doc
    .font(FONT.bold)
    .fontSize(TYPE.xl)
    .fillColor(COLOR.ink)
    .text(pdfText(format(t.pdfTitle, { date: dateOf(data.date) })), MARGIN, y);
  y += 24;
  doc.font(FONT.regular).fontSize(TYPE.sm).fillColor(COLOR.note);
  doc.text(
    pdfText(
      format(t.pdfLead, {
        year: data.plan.year,
        version: data.plan.versionNumber,
        month: throughMonthText(data.followUp.throughMonth, data.plan.year),
      }),
    ),
    MARGIN,
    y,
    { width: A4.width - 2 * MARGIN },
  );
  y = doc.y + 10;

  const available = A4.height - MARGIN - y - RESERVED_BELOW_TABLE;
  const rowHeight = Math.max(8, Math.min(14, available / rowCount));
  const fontSize = Math.min(9, rowHeight - 2.5);

  const cells = (name: string, values: string[], bold = false) => {
    doc
      .font(bold ? FONT.bold : FONT.regular)
      .fontSize(fontSize)
      .fillColor(COLOR.ink);
    doc.text(pdfText(name), MARGIN, y, { width: NAME_WIDTH - 6, height: rowHeight, ellipsis: true, lineBreak: false });
    values.forEach((value, i) =>
      doc.text(pdfText(value), MARGIN + NAME_WIDTH + i * AMOUNT_WIDTH, y, {
        width: AMOUNT_WIDTH - 2,
        align: 'right',
        lineBreak: false,
      }),
    );
    y += rowHeight;
  };
  const rule = (weight = 0.5) => {
    doc
      .moveTo(MARGIN, y - 1.5)
      .lineTo(A4.width - MARGIN, y - 1.5)
      .lineWidth(weight)
      .strokeColor(COLOR.rule)
      .stroke();
  };
  const figures = (f: FollowUpFigures) => [
    amount(f.budget),
    amount(f.outcomeToDate),
    amount(f.forecast),
    amount(f.deviation, true),
  ];
  const lineRow = (line: FollowUpLine) =>
    cells(line.outsideTotal ? `${line.name} ${t.outsideTotal}` : line.name, figures(line));

  cells(t.line, [t.budget, t.outcome, t.forecast, t.deviation], true);
  rule(1);
  cells(t.income, [], true);
  income.forEach(lineRow);
  rule();
  cells(t.totalIncome, figures(followUp.income), true);
  y += rowHeight / 2;
  cells(t.costs, [], true);
  costs.forEach(lineRow);
  rule();
  cells(t.totalCosts, figures(followUp.costs), true);
  y += rowHeight / 2;
  rule(1);
  cells(t.result, figures(followUp.result), true);

  y += 14;
  doc.font(FONT.regular).fontSize(TYPE.sm).fillColor(COLOR.note);
  if (data.openingEquity) {
    const closing = data.openingEquity.plus(followUp.result.forecast);
    doc.text(
      pdfText(format(t.equityLine, { equity: amount(data.openingEquity), closing: amount(closing) })),
      MARGIN,
      y,
      { width: A4.width - 2 * MARGIN },
    );
    y = doc.y + 4;
  }
  doc.text(pdfText(t.equityNote), MARGIN, y, { width: A4.width - 2 * MARGIN });

  drawFooter(doc, { left: format(t.footer, { time: formatDateTime(data.generatedAt) }) });
  doc.end();
  return done;
}
