import { calendarDateIn } from '@/domain/calendar/local-date';
import { chooseDocumentPlan } from '@/domain/plan-document/choose-document-plan';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { fileResponse } from '@/server/http/file-response';
import { exportPlanPdf } from '@/server/plan-document/export-plan-pdf';
import { listDocumentPlans } from '@/server/plan-document/build-plan-document';

/** The plan as a PDF download: `?plan=<id>` or `?ar=YYYY` as on the document page. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const url = new URL(request.url);
  return fileResponse(slug, url, async (associationId, actor) => {
    const plan = chooseDocumentPlan(await listDocumentPlans(associationId), calendarDateIn(new Date()).year, {
      planId: url.searchParams.get('plan'),
      year: parseYearParam(url.searchParams.get('ar') ?? undefined),
    });
    // exportPlanPdf checks plan.read before anything of the plan is read.
    return plan ? exportPlanPdf({ associationId, planId: plan.id }, actor) : null;
  });
}
