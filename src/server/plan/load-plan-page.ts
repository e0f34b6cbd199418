import 'server-only';
import { may, type Action } from '@/domain/authz/permissions';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { findPlan } from '@/server/plan-version/find-plan';
import { getPlanContent } from './page-readers/get-plan-content';

/** What the plan's pages share: access, the plan of `?ar=` (latest version) and its content, and whether the person may edit it. */
export async function loadPlanPage(slug: string, ar: string | string[] | undefined, editAction: Action = 'plan.edit') {
  const { association, roles } = await requireAssociationAccess(slug, 'plan.read');
  const choice = await findPlan(association.id, calendarDateIn(new Date()).year, parseYearParam(ar));
  const content = choice.plan ? await getPlanContent(association.id, choice.plan.id) : null;
  return {
    association,
    roles,
    years: choice.years,
    content,
    canEdit: content !== null && content.editable && may(roles, editAction),
  };
}
