import { fileResponse } from '@/server/http/file-response';
import { getAgendaAttachment } from '@/server/meeting/get-agenda-attachment';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  return fileResponse(slug, new URL(request.url), (associationId, actor) =>
    getAgendaAttachment(associationId, id, actor),
  );
}
