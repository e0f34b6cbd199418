import 'server-only';
import { may, type Action } from '@/domain/authz/permissions';
import type { Role } from '@/domain/authz/roles';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { loadRoles, type MembershipOptions } from './load-membership';

/**
 * For use cases: throws AuthorizationError unless the person may perform the action in the association.
 * UNAUTHENTICATED without a person, NOT_FOUND without a role there, FORBIDDEN when the roles do not allow it.
 * Returns the person's roles there.
 */
export async function assertPermission(
  personId: string | null | undefined,
  associationId: string,
  action: Action,
  options: MembershipOptions = {},
): Promise<Role[]> {
  if (!personId) throw new AuthorizationError('UNAUTHENTICATED');
  // An undefined associationId would drop the filter in Prisma and match any of the person's roles.
  if (typeof associationId !== 'string' || associationId === '') throw new AuthorizationError('NOT_FOUND');
  const roles = await loadRoles(personId, associationId, options);
  if (roles.length === 0) throw new AuthorizationError('NOT_FOUND');
  if (!may(roles, action)) throw new AuthorizationError('FORBIDDEN');
  return roles;
}
