import 'server-only';
import { getSessionPerson } from '@/server/auth/get-session-person';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { loadMembershipBySlug } from './load-membership';

/** Who performs a use case. Server actions take it from the session; tests pass it directly. */
export interface Actor {
  personId: string;
}

/**
 * For server actions: the signed-in person and the association named by the slug.
 * Throws AuthorizationError UNAUTHENTICATED without a session, NOT_FOUND when the person holds
 * no role there (or no such association). The use case then checks the action itself.
 */
export async function sessionActor(slug: string): Promise<{ associationId: string; actor: Actor }> {
  const person = await getSessionPerson();
  if (!person) throw new AuthorizationError('UNAUTHENTICATED');
  const membership = await loadMembershipBySlug(person.id, slug);
  if (!membership) throw new AuthorizationError('NOT_FOUND');
  return { associationId: membership.association.id, actor: { personId: person.id } };
}

/**
 * For person-scoped server actions (personAction): the signed-in person, whatever their roles.
 * Throws AuthorizationError UNAUTHENTICATED without a session. What the use case then may touch
 * is the actor's own rows only (their mail preferences), so no association permission applies.
 */
export async function signedInActor(): Promise<Actor> {
  const person = await getSessionPerson();
  if (!person) throw new AuthorizationError('UNAUTHENTICATED');
  return { personId: person.id };
}
