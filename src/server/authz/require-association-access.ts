import 'server-only';
import { headers } from 'next/headers';
import { forbidden, notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { REQUEST_PATH_HEADER, RETURN_PARAM, safeReturnPath } from '@/domain/auth/return-path';
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
 * For pages under /forbund/[slug]. No session: to the sign-in page, which returns here after
 * signing in (a link in a mail opens the item). No role in that association,
 * or no such association: 404, the same answer either way. A role that does not allow the action: 403.
 */
export const requireAssociationAccess = cache(
  async (slug: string, action: Action = 'association.read'): Promise<AssociationAccess> => {
    const person = await getSessionPerson();
    if (!person) {
      const back = safeReturnPath((await headers()).get(REQUEST_PATH_HEADER));
      redirect(back ? `/logga-in?${RETURN_PARAM}=${encodeURIComponent(back)}` : '/logga-in');
    }
    const membership = await loadMembershipBySlug(person.id, slug);
    if (!membership) notFound();
    if (!may(membership.roles, action)) forbidden();
    return { person, ...membership };
  },
);
