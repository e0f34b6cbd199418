import 'server-only';
import { getSessionPerson } from '@/server/auth/get-session-person';
import { isAuthorizationError } from '@/server/authz/authorization-error';
import { loadMembershipBySlug } from '@/server/authz/load-membership';
import type { Actor } from '@/server/authz/session-actor';
import type { ExportFile } from '@/server/budget/export-budget-csv';
import { attestLogParams, searchParamsOf } from './attest-log-params';
import type { AttestLogFilter } from './get-attest-log';

type Exporter = (filter: AttestLogFilter, actor: Actor) => Promise<ExportFile>;

/** Signed out: to sign-in. No role in the association (or no such one): 404. Not allowed: 403. */
export async function attestLogExportResponse(slug: string, url: URL, exporter: Exporter): Promise<Response> {
  const person = await getSessionPerson();
  if (!person) return Response.redirect(new URL('/logga-in', url), 303);
  const membership = await loadMembershipBySlug(person.id, slug);
  if (!membership) return new Response('Not found', { status: 404 });
  try {
    const file = await exporter(attestLogParams(membership.association.id, searchParamsOf(url)), { personId: person.id });
    return new Response(file.body as BodyInit, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (!isAuthorizationError(error)) throw error;
    return new Response(error.code === 'FORBIDDEN' ? 'Forbidden' : 'Not found', { status: error.code === 'FORBIDDEN' ? 403 : 404 });
  }
}
