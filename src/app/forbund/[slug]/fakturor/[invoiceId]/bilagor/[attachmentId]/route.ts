import { getSessionPerson } from '@/server/auth/get-session-person';
import { isAuthorizationError } from '@/server/kernel/authorization-error';
import { loadMembershipBySlug } from '@/server/authz/load-membership';
import { getInvoiceAttachment } from '@/server/invoice/get-attachment';

/** Signed out → sign-in; no role there or no such file → 404; a role that may not read invoices → 403. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; invoiceId: string; attachmentId: string }> },
) {
  const { slug, invoiceId, attachmentId } = await params;
  const person = await getSessionPerson();
  if (!person) return Response.redirect(new URL('/logga-in', request.url), 303);
  const membership = await loadMembershipBySlug(person.id, slug);
  if (!membership) return new Response('Not found', { status: 404 });
  try {
    const file = await getInvoiceAttachment(membership.association.id, invoiceId, attachmentId, {
      personId: person.id,
    });
    if (!file) return new Response('Not found', { status: 404 });
    const body = new Uint8Array(file.data);
    return new Response(body, {
      headers: {
        // The type was checked by its first bytes when stored; nosniff keeps the browser to it.
        'Content-Type': file.mimeType,
        'X-Content-Type-Options': 'nosniff',
        'Content-Length': String(body.byteLength),
        'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (!isAuthorizationError(error)) throw error;
    return new Response(error.code === 'FORBIDDEN' ? 'Forbidden' : 'Not found', {
      status: error.code === 'FORBIDDEN' ? 403 : 404,
    });
  }
}
