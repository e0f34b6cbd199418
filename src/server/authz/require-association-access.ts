import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { may, type Action } from '@/domain/authz/permissions';
import type { Role } from '@/domain/authz/roles';
import { getSessionPerson, type SessionPerson } from '@/server/auth/get-session-person';
import { loadMembershipBySlug, type AssociationRef } from './load-membership';

export interface AssociationAccess {
  person: SessionPerson;
  association: AssociationRef;
  roles: Role[];
}

/**
 * For pages under /forbund/[slug]. No session: to the sign-in page. No role in that association,
 * or no such association: 404, the same answer either way. A role that does not allow the action: 403.
 */
export const requireAssociationAccess = cache(
  async (slug: string, action: Action = 'association.read'): Promise<AssociationAccess> => {
    const person = await getSessionPerson();
    if (!person) redirect('/logga-in');
    const membership = await loadMembershipBySlug(person.id, slug);
    if (!membership) notFound();
    if (!may(membership.roles, action)) forbidden();
    return { person, ...membership };
  },
);
