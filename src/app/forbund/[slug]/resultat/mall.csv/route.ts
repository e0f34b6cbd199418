import { calendarDateIn } from '@/domain/calendar/local-date';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { fileResponse } from '@/server/http/file-response';
import { buildStatsTemplate } from '@/server/results/stats-template';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const url = new URL(request.url);
  const year = parseYearParam(url.searchParams.get('ar') ?? undefined) ?? calendarDateIn(new Date()).year;
  return fileResponse(slug, url, (associationId, actor) =>
    buildStatsTemplate({ associationId, year, format: 'csv' }, actor),
  );
}
