'use client';

import { useState } from 'react';
import { endBoardSeatTermAction, endRoleTermAction } from '@/actions/board';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { useServerAction } from '@/components/ui/use-server-action';
import { messages } from '@/i18n/catalog';

/** Ends a seat's or a role's term on a chosen last day (inclusive). */
export function EndTermForm(props: {
  slug: string;
  target: { kind: 'seat'; seatId: string } | { kind: 'role'; roleAssignmentId: string };
  version: number;
  defaultDay: string;
  testId: string;
}) {
  const t = messages().board.endTerm;
  const [to, setTo] = useState(props.defaultDay);
  const { run, busy, message, fieldErrors } = useServerAction();
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      data-testid={props.testId}
      onSubmit={(event) => {
        event.preventDefault();
        const { target, version } = props;
        if (target.kind === 'seat')
          void run(() => endBoardSeatTermAction(props.slug, { seatId: target.seatId, version, to }));
        else void run(() => endRoleTermAction(props.slug, { roleAssignmentId: target.roleAssignmentId, version, to }));
      }}
    >
      <Field label={t.label} error={fieldErrors.to} labelClassName="block text-xs font-medium">
        <Input type="date" value={to} onChange={(event) => setTo(event.target.value)} testId="end-term-day" />
      </Field>
      <Button type="submit" size="sm" variant="secondary" busy={busy}>
        {t.submit}
      </Button>
      {message && !fieldErrors.to ? <FormError message={message} className="w-full" /> : null}
    </form>
  );
}
