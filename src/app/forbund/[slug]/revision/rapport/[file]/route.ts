import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { exportAuditReport } from '@/server/audit-desk/get-audit-desk';
import { fileResponse } from '@/server/http/file-response';

/** `/forbund/<slug>/revision/rapport/<report>.pdf|.xlsx?ar=YYYY`: one report of the auditor's desk. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params;
  const url = new URL(request.url);
  const match = /^([a-z-]+)\.(pdf|xlsx)$/.exec(file);
  return fileResponse(slug, url, async (associationId, actor) => {
    if (!match) return null;
    return exportAuditReport(
      {
        associationId,
        year: parseYearParam(url.searchParams.get('ar') ?? undefined),
        report: match[1]!,
        format: match[2] as 'pdf' | 'xlsx',
      },
      actor,
    );
  });
}
