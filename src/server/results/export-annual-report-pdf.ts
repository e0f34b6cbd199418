import 'server-only';
import { format, messages } from '@/i18n/catalog';
import type { Actor } from '@/server/authz/session-actor';
import { buildAnnualReport } from './build-annual-report';
import { renderAnnualReportPdf } from './render-annual-report-pdf';
import type { ExportFile } from '@/server/kernel/export-file';
import type { UseCaseDeps } from '@/server/kernel/deps';

/** The year's verksamhetsberättelse as a PDF (reports.read). */
export async function exportAnnualReportPdf(
  input: { associationId: string; year: number },
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<ExportFile> {
  const data = await buildAnnualReport(input, actor, deps);
  const body = await renderAnnualReportPdf(data, { compress: deps.compress, generatedAt: deps.now });
  return {
    fileName: format(messages().results.report.fileName, { slug: data.association.slug, year: data.year }),
    contentType: 'application/pdf',
    body,
  };
}
