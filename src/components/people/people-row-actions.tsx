'use client';

import {
  deactivatePersonAction,
  reactivatePersonAction,
  resendInvitationAction,
  revokeInvitationAction,
} from '@/actions/people';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useServerAction } from '@/components/ui/use-server-action';
import { format, messages } from '@/i18n/catalog';

/** Resend or revoke an open invitation. */
export function InvitationActions({
  slug,
  invitationId,
  version,
  email,
}: {
  slug: string;
  invitationId: string;
  version: number;
  email: string;
}) {
  const t = messages().people.settings;
  const action = useServerAction();
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        variant="secondary"
        busy={action.busy}
        testId="resend-invitation"
        onClick={() => void action.run(() => resendInvitationAction(slug, { invitationId, version }))}
      >
        {t.resend}
      </Button>
      <Button
        variant="danger"
        busy={action.busy}
        testId="revoke-invitation"
        onClick={() => {
          if (window.confirm(format(t.revokeConfirm, { email })))
            void action.run(() => revokeInvitationAction(slug, { invitationId, version }));
        }}
      >
        {t.revoke}
      </Button>
      <FormError message={action.message} />
    </div>
  );
}

/** End or give back a person's access to this association. */
export function PersonAccessActions({
  slug,
  personId,
  version,
  name,
  hasAccess,
  canReactivate,
}: {
  slug: string;
  personId: string;
  version: number;
  name: string;
  hasAccess: boolean;
  canReactivate: boolean;
}) {
  const t = messages().people.settings;
  const action = useServerAction();
  return (
    <div className="flex flex-wrap gap-2">
      {hasAccess ? (
        <Button
          variant="danger"
          busy={action.busy}
          testId="deactivate-person"
          onClick={() => {
            if (window.confirm(format(t.deactivateConfirm, { name })))
              void action.run(() => deactivatePersonAction(slug, { personId, version }));
          }}
        >
          {t.deactivate}
        </Button>
      ) : canReactivate ? (
        <Button
          variant="secondary"
          busy={action.busy}
          testId="reactivate-person"
          onClick={() => void action.run(() => reactivatePersonAction(slug, { personId, version }))}
        >
          {t.reactivate}
        </Button>
      ) : null}
      <FormError message={action.message} />
    </div>
  );
}
