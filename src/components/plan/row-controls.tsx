'use client';

import { format } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';

/**
 * "Redigera" and "Ta bort" for an existing row, or "Lägg till" where there is none yet; removal asks
 * first (`window.confirm`). `named` holds the row's values for the labels' placeholders
 * (`{ name: group.name }`) and is undefined while there is no row; `onOpen` opens the row's form.
 */
export function RowControls({
  className = 'flex flex-wrap gap-1',
  labels,
  named,
  onOpen,
  onRemove,
  add,
  action,
}: {
  className?: string;
  labels: { edit: string; add: string; remove: string; editNamed: string; removeNamed: string; confirmRemove: string };
  named: Record<string, string> | undefined;
  onOpen: () => void;
  onRemove: () => void;
  add?: { ariaLabel?: string; testId?: string };
  /** The removal's server action state (`useServerAction`). */
  action: { busy: boolean; message: string | null };
}) {
  return (
    <div className={className}>
      <Button
        variant={named ? 'secondary' : 'primary'}
        onClick={onOpen}
        data-testid={named ? undefined : add?.testId}
        aria-label={named ? format(labels.editNamed, named) : add?.ariaLabel}
      >
        {named ? labels.edit : labels.add}
      </Button>
      {named ? (
        <Button
          variant="danger"
          busy={action.busy}
          aria-label={format(labels.removeNamed, named)}
          onClick={() => {
            if (window.confirm(format(labels.confirmRemove, named))) onRemove();
          }}
        >
          {labels.remove}
        </Button>
      ) : null}
      <FormError message={action.message} />
    </div>
  );
}
