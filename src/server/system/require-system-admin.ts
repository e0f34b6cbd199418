import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { RETURN_PARAM } from '@/domain/auth/return-path';
import { getSessionPerson, type SessionPerson } from '@/server/auth/get-session-person';
import { isAuthorizationError } from '@/server/kernel/authorization-error';
import { assertSystemAdmin } from './assert-system-admin';

/**
 * For the /system pages: signed out → the sign-in page, back to `back` afterwards; signed in but
 * not a system administrator → 403, as for a missing permission in an association.
 */
export async function requireSystemAdmin(back: string): Promise<SessionPerson> {
  const person = await getSessionPerson();
  if (!person) redirect(`/logga-in?${RETURN_PARAM}=${encodeURIComponent(back)}`);
  try {
    await assertSystemAdmin(person.id);
  } catch (error) {
    if (isAuthorizationError(error) && error.code === 'FORBIDDEN') forbidden();
    if (isAuthorizationError(error)) redirect(`/logga-in?${RETURN_PARAM}=${encodeURIComponent(back)}`);
    throw error;
  }
  return person;
}
