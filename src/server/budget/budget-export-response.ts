import 'server-only';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { getSessionPerson } from '@/server/auth/get-session-person';
import { isAuthorizationError } from '@/server/kernel/authorization-error';
import { loadMembershipBySlug } from '@/server/authz/load-membership';
import { findPlan } from '@/server/plan-version/find-plan';
import type { Actor } from '@/server/authz/session-actor';
import type { BudgetExportInput } from './export-budget-csv';
import type { ExportFile } from '@/server/kernel/export-file';

type Exporter = (input: BudgetExportInput, actor: Actor) => Promise<ExportFile>;

const notFound = () => new Response('Not found', { status: 404 });

/**
 * For the export route handlers: the signed-in person's export of `?ar=YYYY&version=N`.
 * Signed out: to the sign-in page. No role in the association, no such association or plan: 404,
 * like the pages. The use case checks budget.read (403 otherwise).
 */
export async function budgetExportResponse(slug: string, url: URL, exporter: Exporter): Promise<Response> {
  const person = await getSessionPerson();
  if (!person) return Response.redirect(new URL('/logga-in', url), 303);
  const membership = await loadMembershipBySlug(person.id, slug);
  if (!membership) return notFound();
  const associationId = membership.association.id;
  const version = url.searchParams.get('version');
  const versionNumber = version && /^\d{1,3}$/.test(version) ? Number(version) : null;
  const year =
    parseYearParam(url.searchParams.get('ar') ?? undefined) ??
    (await findPlan(associationId, calendarDateIn(new Date()).year, null)).plan?.year;
  if (!year) return notFound();
  try {
    const file = await exporter({ associationId, year, versionNumber }, { personId: person.id });
    return new Response(file.body as BodyInit, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (!isAuthorizationError(error)) throw error;
    if (error.code === 'FORBIDDEN') return new Response('Forbidden', { status: 403 });
    return notFound();
  }
}
