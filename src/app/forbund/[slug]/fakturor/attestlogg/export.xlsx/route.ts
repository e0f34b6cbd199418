import { attestLogExportResponse } from '@/server/attest-log/attest-log-export-response';
import { exportAttestLogXlsx } from '@/server/attest-log/export-attest-log-xlsx';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return attestLogExportResponse(slug, new URL(request.url), (filter, actor) => exportAttestLogXlsx(filter, actor));
}
