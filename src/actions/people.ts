'use server';

import { associationAction } from '@/server/http/association-action';
import { deactivatePerson } from '@/server/people/deactivate-person';
import { invitePerson } from '@/server/people/invite-person';
import { reactivatePerson } from '@/server/people/reactivate-person';
import { resendInvitation } from '@/server/people/resend-invitation';
import { revokeInvitation } from '@/server/people/revoke-invitation';

const revalidate = ['/installningar/personer'];

export const invitePersonAction = associationAction(invitePerson, { revalidate, select: () => ({}) });
export const resendInvitationAction = associationAction(resendInvitation, { revalidate });
export const revokeInvitationAction = associationAction(revokeInvitation, { revalidate });
export const deactivatePersonAction = associationAction(deactivatePerson, { revalidate: [''] });
export const reactivatePersonAction = associationAction(reactivatePerson, { revalidate: [''] });
