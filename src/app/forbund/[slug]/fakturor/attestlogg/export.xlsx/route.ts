import { attestLogParams, searchParamsOf } from '@/server/attest-log/attest-log-params';
import { exportAttestLogXlsx } from '@/server/attest-log/export-attest-log-xlsx';
import { fileResponse } from '@/server/http/file-response';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const url = new URL(request.url);
  return fileResponse(slug, url, (associationId, actor) =>
    exportAttestLogXlsx(attestLogParams(associationId, searchParamsOf(url)), actor),
  );
}
