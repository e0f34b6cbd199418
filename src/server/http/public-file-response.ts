import 'server-only';
import type { ExportFile } from '@/server/kernel/export-file';

/**
 * A public document (the notice board's PDFs, ADR 034) as a response: 404 when there is none, else the
 * file inline. No session is read; the security headers come from src/proxy.ts as for every response.
 */
export function publicFileResponse(file: ExportFile | null): Response {
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(file.body as BodyInit, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.body.byteLength),
      'Content-Disposition': `inline; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'Cache-Control': 'no-cache',
    },
  });
}
