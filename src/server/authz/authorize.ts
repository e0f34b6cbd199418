import 'server-only';
import { may, type Action } from '@/domain/authz/permissions';
import { loadRoles, type MembershipOptions } from './load-membership';

/** Whether the person may perform the action in the association (false for any association they have no role in). */
export async function authorize(
  personId: string,
  associationId: string,
  action: Action,
  options: MembershipOptions = {},
): Promise<boolean> {
  return may(await loadRoles(personId, associationId, options), action);
}
