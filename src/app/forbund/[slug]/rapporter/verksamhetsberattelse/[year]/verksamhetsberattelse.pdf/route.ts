import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { fileResponse } from '@/server/http/file-response';
import { exportAnnualReportPdf } from '@/server/results/export-annual-report-pdf';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; year: string }> }) {
  const { slug, year: yearText } = await params;
  const url = new URL(request.url);
  const year = parseYearParam(yearText);
  if (year === null) return new Response('Not found', { status: 404 });
  return fileResponse(slug, url, (associationId, actor) => exportAnnualReportPdf({ associationId, year }, actor));
}
