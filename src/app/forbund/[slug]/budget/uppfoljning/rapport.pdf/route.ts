import { calendarDateIn } from '@/domain/calendar/local-date';
import { buildFollowUpReport } from '@/server/follow-up-report/build-follow-up-report';
import { fileResponse } from '@/server/http/file-response';

const today = () => {
  const { year, month, day } = calendarDateIn(new Date());
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const url = new URL(request.url);
  const date = url.searchParams.get('datum') || today();
  return fileResponse(slug, url, (associationId, actor) => buildFollowUpReport({ associationId, date }, actor));
}
