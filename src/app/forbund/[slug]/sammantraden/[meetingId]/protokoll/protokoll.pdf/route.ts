import { fileResponse } from '@/server/file-response';
import { buildMinutesPdf, MinutesNotLockedError } from '@/server/minutes/build-minutes-pdf';

/** The locked minutes as a PDF; 409 with a Swedish message while they are not locked. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; meetingId: string }> }) {
  const { slug, meetingId } = await params;
  try {
    return await fileResponse(slug, new URL(request.url), (associationId, actor) => buildMinutesPdf({ associationId, meetingId }, actor), 'attachment');
  } catch (error) {
    if (error instanceof MinutesNotLockedError) return new Response(error.message, { status: 409, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    throw error;
  }
}
