import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { format, messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';
import { prisma } from '@/server/db/client';
import { toKronor } from '@/server/money/to-kronor';
import { drawReportTable, pageFooters, pdfDocument, pdfText } from '@/server/report-table/render-report-pdf';

/** Markdown as plain text for the simple PDF: headings, emphasis and link syntax dropped. */
export function plainMarkdown(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1$2')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s*[-*]\s+/gm, '• ')
    .trim();
}

/**
 * The plan as an official PDF: title, status, its sections' text and the year's budget.
 * The one place the public-records export asks for a plan's PDF: when the plan document's own
 * renderer (src/server/plan-document/render-plan-pdf.ts) is merged, this delegates to it.
 */
export async function renderOfficialPlanPdf(planId: string, options: { db?: PrismaClient; now?: Date; compress?: boolean } = {}): Promise<Uint8Array> {
  const db = options.db ?? prisma;
  const t = messages().publicRecords.planPdf;
  const plan = await db.plan.findUniqueOrThrow({
    where: { id: planId },
    select: {
      title: true,
      year: true,
      versionNumber: true,
      status: true,
      adoptedAt: true,
      association: { select: { name: true } },
      sections: { orderBy: { order: 'asc' }, select: { level: true, title: true, bodyMarkdown: true } },
      budgetLines: {
        orderBy: { order: 'asc' },
        select: { name: true, type: true, outsideTotal: true, amounts: { select: { year: true, kind: true, amount: true } } },
      },
    },
  });
  const { doc, done } = pdfDocument(plan.title, { compress: options.compress });
  const width = doc.page.width - 80;
  doc.font('Helvetica').fontSize(10).fillColor('#475569').text(pdfText(plan.association.name));
  doc.moveDown(0.3);
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#000000').text(pdfText(plan.versionNumber > 1 ? `${plan.title} (version ${plan.versionNumber})` : plan.title));
  doc.moveDown(0.3);
  const status = messages().areas.planStatus[plan.status];
  doc.font('Helvetica').fontSize(10).text(pdfText(format(t.status, { status }) + (plan.adoptedAt ? ` · ${format(t.adopted, { date: formatDate(plan.adoptedAt) })}` : '')));
  if (!plan.adoptedAt) doc.moveDown(0.3).font('Helvetica-Bold').fillColor('#b45309').text(pdfText(t.draftWarning)).fillColor('#000000');
  doc.moveDown(1);

  const numbers = [0, 0, 0];
  for (const section of plan.sections) {
    const level = Math.min(Math.max(section.level, 1), 3);
    numbers[level - 1]!++;
    for (let i = level; i < 3; i++) numbers[i] = 0;
    const number = numbers.slice(0, level).join('.');
    doc.font('Helvetica-Bold').fontSize(level === 1 ? 13 : 11).fillColor('#000000').text(pdfText(`${number} ${section.title}`), { width });
    doc.moveDown(0.2);
    const body = plainMarkdown(section.bodyMarkdown);
    if (body) doc.font('Helvetica').fontSize(9.5).text(pdfText(body), { width });
    doc.moveDown(0.6);
  }

  const amountOf = (line: (typeof plan.budgetLines)[number]) => {
    const cell = line.amounts.find((a) => a.year === plan.year && a.kind === 'BUDGET');
    return cell ? toKronor(cell.amount) : null;
  };
  if (plan.budgetLines.length > 0) {
    if (doc.y > doc.page.height - 200) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(13).text(pdfText(format(t.budget, { year: plan.year })));
    doc.moveDown(0.4);
    drawReportTable(doc, {
      fileBase: '',
      title: '',
      subtitle: '',
      columns: [
        { header: t.line, width: 70 },
        { header: t.amount, width: 30, align: 'right' },
      ],
      rows: [
        { cells: [t.income, null], bold: true },
        ...plan.budgetLines.filter((l) => l.type === 'INCOME').map((l) => ({ cells: [l.name, amountOf(l)] })),
        { cells: [t.costs, null], bold: true },
        ...plan.budgetLines.filter((l) => l.type === 'COST').map((l) => ({ cells: [l.name, amountOf(l)] })),
      ],
      emptyText: '',
    });
  }
  pageFooters(doc, options.now ?? new Date());
  doc.end();
  return done;
}
