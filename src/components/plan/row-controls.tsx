'use client';

import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';

/**
 * "Redigera" and "Ta bort" for an existing row, or "Lägg till" where there is none yet; removal asks
 * first (`window.confirm`). `existing` is given for a row that exists; `onOpen` opens the row's form.
 */
export function RowControls({
  className = 'flex flex-wrap gap-1',
  labels,
  onOpen,
  add,
  existing,
  busy,
  message,
}: {
  className?: string;
  labels: { edit: string; add: string; remove: string };
  onOpen: () => void;
  add?: { ariaLabel?: string; testId?: string };
  existing?: { editAriaLabel: string; removeAriaLabel: string; confirmRemove: string; onRemove: () => void };
  busy: boolean;
  message: string | null;
}) {
  return (
    <div className={className}>
      <Button
        variant={existing ? 'secondary' : 'primary'}
        onClick={onOpen}
        data-testid={existing ? undefined : add?.testId}
        aria-label={existing ? existing.editAriaLabel : add?.ariaLabel}
      >
        {existing ? labels.edit : labels.add}
      </Button>
      {existing ? (
        <Button
          variant="danger"
          busy={busy}
          aria-label={existing.removeAriaLabel}
          onClick={() => {
            if (window.confirm(existing.confirmRemove)) existing.onRemove();
          }}
        >
          {labels.remove}
        </Button>
      ) : null}
      <FormError message={message} />
    </div>
  );
}
