import 'server-only';
import { format, messages } from '@/i18n/catalog';
import type { Actor } from '@/server/authz/session-actor';
import type { ExportFile } from '@/server/budget/export-budget-csv';
import type { PrismaClient } from '@/generated/prisma/client';
import { buildAnnualReport } from './build-annual-report';
import { renderAnnualReportPdf } from './render-annual-report-pdf';

/** The year's verksamhetsberättelse as a PDF (reports.read). */
export async function exportAnnualReportPdf(input: { associationId: string; year: number }, actor: Actor, deps: { db?: PrismaClient; now?: Date; compress?: boolean } = {}): Promise<ExportFile> {
  const data = await buildAnnualReport(input, actor, deps);
  const body = await renderAnnualReportPdf(data, { compress: deps.compress, generatedAt: deps.now });
  return { fileName: format(messages().results.report.fileName, { slug: data.association.slug, year: data.year }), contentType: 'application/pdf', body };
}
