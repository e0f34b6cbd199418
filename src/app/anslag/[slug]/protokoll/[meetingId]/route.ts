import { publicFileResponse } from '@/server/http/public-file-response';
import { publicMinutesPdf } from '@/server/minutes/public-minutes-pdf';

/** Posted minutes as a PDF on the public notice board (no sign-in, ADR 034); 404 unless posted. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; meetingId: string }> }) {
  const { slug, meetingId } = await params;
  return publicFileResponse(await publicMinutesPdf({ slug, meetingId }));
}
