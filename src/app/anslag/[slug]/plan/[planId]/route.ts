import { publicFileResponse } from '@/server/http/public-file-response';
import { publicPlanPdf } from '@/server/plan-document/public-plan-pdf';

/** A published adopted plan as a PDF on the public notice board (no sign-in, ADR 034); 404 unless published. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; planId: string }> }) {
  const { slug, planId } = await params;
  return publicFileResponse(await publicPlanPdf({ slug, planId }));
}
