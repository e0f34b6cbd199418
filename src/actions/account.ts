'use server';

import { personAction } from '@/server/http/person-action';
import { publicAction } from '@/server/http/public-action';
import { acceptInvitation } from '@/server/people/accept-invitation';
import { changePassword } from '@/server/people/change-password';
import { requestPasswordReset } from '@/server/people/request-password-reset';
import { resetPassword } from '@/server/people/reset-password';

export const changePasswordAction = personAction(changePassword, { revalidate: [] });

// Public by nature (PUBLIC_ACTIONS in e2e/shared/action-args.ts): the link's token, or nothing, is the proof.
export const acceptInvitationAction = publicAction((input: Parameters<typeof acceptInvitation>[0]) =>
  acceptInvitation(input),
);
export const resetPasswordAction = publicAction((input: Parameters<typeof resetPassword>[0]) => resetPassword(input));
export const requestPasswordResetAction = publicAction(
  (input: Parameters<typeof requestPasswordReset>[0]) => requestPasswordReset(input),
  { select: () => ({}) },
);
