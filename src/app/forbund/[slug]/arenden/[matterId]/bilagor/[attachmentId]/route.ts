import { fileResponse } from '@/server/http/file-response';
import { getMatterAttachment } from '@/server/matter/get-matter-attachment';

export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; matterId: string; attachmentId: string }> },
) {
  const { slug, matterId, attachmentId } = await params;
  return fileResponse(slug, new URL(request.url), (associationId, actor) =>
    getMatterAttachment(associationId, matterId, attachmentId, actor),
  );
}
