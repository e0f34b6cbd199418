/** Always a download (never shown in the app's origin), with no caching. */
export function caughtMailFileResponse(
  file: { fileName: string; contentType: string; body: Uint8Array } | null,
): Response {
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(file.body as BodyInit, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.body.byteLength),
      'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'Cache-Control': 'no-store',
    },
  });
}
