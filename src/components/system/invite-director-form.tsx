'use client';

import { useState } from 'react';
import { inviteDirectorAction } from '@/actions/system';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Notice } from '@/components/ui/notice';
import { useServerAction } from '@/components/ui/use-server-action';
import { format, messages } from '@/i18n/catalog';

/** Invites an association's director by e-mail (an INVITATION mail with a one-time link). */
export function InviteDirectorForm({ associationId, slug }: { associationId: string; slug: string }) {
  const t = messages().system.inviteDirector;
  const action = useServerAction();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const errors = action.fieldErrors;
  return (
    <form
      className="grid gap-3"
      data-testid={`invite-director-${slug}`}
      onSubmit={(event) => {
        event.preventDefault();
        setSent(null);
        void action.run(
          () => inviteDirectorAction({ associationId, email, name }),
          (data) => {
            setSent(data.email);
            setEmail('');
            setName('');
          },
        );
      }}
    >
      <Field label={t.name} error={errors.name}>
        <Input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} testId="director-name" />
      </Field>
      <Field label={t.email} error={errors.email}>
        <Input
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
          maxLength={254}
          testId="director-email"
        />
      </Field>
      <div>
        <Button type="submit" busy={action.busy} testId="invite-director-submit">
          {t.submit}
        </Button>
      </div>
      {errors.email || errors.name ? null : <FormError message={action.message} />}
      {sent ? <Notice testId="director-invited">{format(t.sent, { email: sent })}</Notice> : null}
    </form>
  );
}
