import { attestLogExportResponse } from '@/server/attest-log/attest-log-export-response';
import { exportAttestLogCsv } from '@/server/attest-log/export-attest-log-csv';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return attestLogExportResponse(slug, new URL(request.url), (filter, actor) => exportAttestLogCsv(filter, actor));
}
