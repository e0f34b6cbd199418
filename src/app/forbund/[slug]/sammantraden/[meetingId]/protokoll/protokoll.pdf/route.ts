import { fileResponse } from '@/server/http/file-response';
import { buildMinutesPdf } from '@/server/minutes/build-minutes-pdf';

/** The locked minutes as a PDF; 409 with a Swedish message while they are not locked (MinutesNotLockedError). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; meetingId: string }> }) {
  const { slug, meetingId } = await params;
  return fileResponse(
    slug,
    new URL(request.url),
    (associationId, actor) => buildMinutesPdf({ associationId, meetingId }, actor),
    'attachment',
  );
}
