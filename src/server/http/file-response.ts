import 'server-only';
import { getSessionPerson } from '@/server/auth/get-session-person';
import { isAuthorizationError } from '@/server/kernel/authorization-error';
import { loadMembershipBySlug } from '@/server/authz/load-membership';
import type { Actor } from '@/server/authz/session-actor';
import { ConflictError } from '@/server/kernel/use-case-errors';
import { ZodError } from 'zod';
import type { ExportFile } from '@/server/kernel/export-file';

type Producer = (associationId: string, actor: Actor) => Promise<ExportFile | null>;

/**
 * For file route handlers under /forbund/[slug]: signed out → sign-in; no role there (or no such
 * association, or no such file) → 404; not allowed → 403; bad input → 400; a ConflictError (no adopted
 * budget, minutes not locked yet) → 409 with its Swedish message.
 */
export async function fileResponse(
  slug: string,
  url: URL,
  produce: Producer,
  disposition: 'attachment' | 'inline' = 'attachment',
): Promise<Response> {
  const person = await getSessionPerson();
  if (!person) return Response.redirect(new URL('/logga-in', url), 303);
  const membership = await loadMembershipBySlug(person.id, slug);
  if (!membership) return new Response('Not found', { status: 404 });
  try {
    const file = await produce(membership.association.id, { personId: person.id });
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(file.body as BodyInit, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.body.byteLength),
        'Content-Disposition': `${disposition}; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof ConflictError)
      return new Response(error.message, { status: 409, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    if (error instanceof ZodError) return new Response('Bad request', { status: 400 });
    if (!isAuthorizationError(error)) throw error;
    return new Response(error.code === 'FORBIDDEN' ? 'Forbidden' : 'Not found', {
      status: error.code === 'FORBIDDEN' ? 403 : 404,
    });
  }
}
