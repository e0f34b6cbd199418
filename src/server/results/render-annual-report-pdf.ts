import 'server-only';
import { formatKronor, type Kronor } from '@/domain/money/kronor';
import { measuredText, outcomeDetail, targetText } from '@/domain/results/describe';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime, formatLongDate } from '@/i18n/dates';
import { createPdfDocument } from '@/server/pdf/document';
import { pdfText } from '@/server/pdf/text';
import { A4, COLOR, FONT, TYPE } from '@/server/pdf/theme';
import type { AnnualReportData } from './build-annual-report';

const MARGIN = 50;
const WIDTH = A4.width - 2 * MARGIN;

function amount(value: Kronor): string {
  return pdfText(formatKronor(value));
}

/** Markdown reduced to paragraphs of plain text: the PDF shows the words, not the marks. */
function plainParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .replace(/^#{1,6}\s+/gm, '')
        .replace(/^\s*[-*+]\s+/gm, '• ')
        .replace(/[*_`]+/g, '')
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
        .trim(),
    )
    .filter(Boolean);
}

/**
 * The verksamhetsberättelse as a flowing A4 document (pages break by themselves): what was
 * planned, what was done, goals met, the socio-economic model, the economy, the written parts.
 * `compress: false` keeps the text operators readable for tests.
 */
export function renderAnnualReportPdf(
  data: AnnualReportData,
  options: { compress?: boolean; generatedAt?: Date } = {},
): Promise<Uint8Array> {
  const t = messages().results;
  const r = t.report;
  const title = format(r.title, { year: data.year });
  const { doc, done } = createPdfDocument({ title, margins: MARGIN, compress: options.compress });

  const heading = (text: string) => {
    doc
      .moveDown(0.8)
      .font(FONT.bold)
      .fontSize(TYPE.lg)
      .fillColor(COLOR.ink)
      .text(pdfText(text), MARGIN, undefined, { width: WIDTH });
    doc.moveDown(0.3);
  };
  const subheading = (text: string) => {
    doc
      .moveDown(0.4)
      .font(FONT.bold)
      .fontSize(TYPE.md)
      .fillColor(COLOR.ink)
      .text(pdfText(text), MARGIN, undefined, { width: WIDTH });
  };
  const body = (text: string, color: string = COLOR.text) => {
    doc
      .font(FONT.regular)
      .fontSize(TYPE.base)
      .fillColor(color)
      .text(pdfText(text), MARGIN, undefined, { width: WIDTH });
  };
  const bullet = (text: string) => {
    doc
      .font(FONT.regular)
      .fontSize(TYPE.base)
      .fillColor(COLOR.text)
      .text(pdfText(`•  ${text}`), MARGIN + 8, undefined, { width: WIDTH - 8 });
  };
  const narrative = (markdown: string) => {
    for (const paragraph of plainParagraphs(markdown)) {
      body(paragraph);
      doc.moveDown(0.4);
    }
  };

  doc
    .font(FONT.regular)
    .fontSize(TYPE.base)
    .fillColor(COLOR.muted)
    .text(pdfText(data.association.name), MARGIN, MARGIN);
  doc.font(FONT.bold).fontSize(TYPE.xxl).fillColor(COLOR.ink).text(pdfText(title), MARGIN, undefined, { width: WIDTH });
  if (data.preliminary) {
    doc
      .moveDown(0.2)
      .font(FONT.bold)
      .fontSize(TYPE.md)
      .fillColor(COLOR.warning)
      .text(pdfText(`${r.preliminary.toUpperCase()}: ${r.preliminaryNote}`), { width: WIDTH });
  }

  if (data.narrative.introduction) {
    heading(r.narrative.introduction);
    narrative(data.narrative.introduction);
  }

  heading(r.planned);
  if (data.plan) {
    body(
      format(r.plannedLead, {
        plan: data.plan.title,
        date: data.plan.adoptedAt ? formatLongDate(data.plan.adoptedAt) : '–',
      }),
    );
    for (const area of data.plan.focusAreas) bullet(area);
  } else body(r.plannedNotAdopted);

  heading(r.done);
  subheading(r.interventions);
  for (const i of data.interventions) {
    const s = i.stats;
    bullet(
      s
        ? `${i.name}: ${s.activeCount} ${t.columns.activeCount.toLowerCase()}, ${s.newCount} ${t.columns.newCount.toLowerCase()}, ${s.endedCount} ${t.columns.endedCount.toLowerCase()}, ${i.toWork} ${t.columns.endedWork.toLowerCase().replace('avslutade ', '')}${i.workShare ? ` (${Math.round(Number(i.workShare))} %)` : ''}`
        : `${i.name}: ${t.stats.empty}`,
    );
  }
  subheading(r.participants);
  body(
    `${data.participants.active} ${t.columns.activeCount.toLowerCase()}, ${data.participants.newCount} ${t.columns.newCount.toLowerCase()}, ${data.participants.ended} ${t.columns.endedCount.toLowerCase()}; ${data.participants.toWork} ${t.socio.personsToWork.toLowerCase()}.`,
  );
  if (data.indicators.length > 0) {
    subheading(r.indicators);
    for (const i of data.indicators)
      bullet(
        `${i.question}: ${i.share ?? '–'} % ${t.indicators.agreeing.toLowerCase()} (${format(t.goals.baseAnswers, { count: i.answers })})`,
      );
  }

  heading(r.goals);
  const counts = { met: 0, notMet: 0, open: 0 };
  for (const goal of data.goals)
    counts[goal.outcome === 'MET' ? 'met' : goal.outcome === 'NOT_MET' ? 'notMet' : 'open']++;
  body(format(t.goals.summary, counts));
  for (const goal of data.goals) {
    const measured = measuredText(goal);
    const parts = [
      `${t.goals.outcomeLabel[goal.outcome]}${goal.manual ? ` (${t.goals.manual})` : ''}`,
      goal.targetKind && goal.targetKind !== 'YES_NO' ? `${t.goals.target}: ${targetText(goal)}` : null,
      measured ? `${t.goals.outcome}: ${measured}` : outcomeDetail(goal),
    ].filter(Boolean);
    doc.moveDown(0.3);
    doc
      .font(FONT.bold)
      .fontSize(TYPE.base)
      .fillColor(COLOR.ink)
      .text(pdfText(goal.text), MARGIN, undefined, { width: WIDTH });
    body(parts.join('. '));
    if (goal.note) body(goal.note, COLOR.muted);
  }

  heading(r.socio);
  body(
    format(t.socio.formula, {
      persons: data.socio.toWork,
      monthly: amount(data.socio.monthly),
      months: data.socio.months,
      effect: amount(data.socio.effect),
    }),
  );
  body(t.socio.model, COLOR.muted);

  heading(r.economy);
  if (data.economy) {
    const e = data.economy;
    const month = e.throughMonth === 0 ? '–' : `${t.months[e.throughMonth - 1]} ${data.year}`;
    body(format(r.throughMonth, { month }));
    const row = (label: string, f: { budget: Kronor; outcomeToDate: Kronor; forecast: Kronor }) =>
      bullet(
        `${label}: ${r.column.budget.toLowerCase()} ${amount(f.budget)}, ${r.column.outcome.toLowerCase()} ${amount(f.outcomeToDate)}, ${r.column.forecast.toLowerCase()} ${amount(f.forecast)}`,
      );
    const fr = messages().followUpReport;
    row(fr.totalIncome, e.followUp.income);
    row(fr.totalCosts, e.followUp.costs);
    row(fr.result, e.followUp.result);
    if (e.closingEquity && e.floor && e.cap) {
      subheading(r.equity);
      body(format(r.equityLine, { closing: amount(e.closingEquity), floor: amount(e.floor), cap: amount(e.cap) }));
      body(
        e.closingEquity.greaterThan(e.cap)
          ? r.equityOverCap
          : e.closingEquity.lessThan(e.floor)
            ? r.equityBelowFloor
            : r.equityWithin,
      );
    }
    if (e.costDistribution?.percents) {
      subheading(r.costDistribution);
      const p = e.costDistribution.percents;
      for (const key of ['individual', 'structural', 'administration', 'new'] as const)
        bullet(`${r.share[key]}: ${p[key].toFixed(0)} % (${amount(e.costDistribution.amounts[key])})`);
    }
  } else body(format(r.noAdoptedPlan, { year: data.year }));

  if (data.narrative.reflections) {
    heading(r.narrative.reflections);
    narrative(data.narrative.reflections);
  }
  heading(r.nextYear);
  if (data.narrative.nextYear) narrative(data.narrative.nextYear);
  body(format(r.inputToPlan, { year: data.year + 1 }), COLOR.muted);

  doc
    .moveDown(1.5)
    .font(FONT.regular)
    .fontSize(TYPE.xs)
    .fillColor(COLOR.faint)
    .text(
      pdfText(format(r.generated, { time: formatDateTime(options.generatedAt ?? new Date()) })),
      MARGIN,
      undefined,
      { width: WIDTH },
    );
  doc.end();
  return done;
}
