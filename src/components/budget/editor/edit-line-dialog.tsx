'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { BudgetSheetLine } from '@/domain/budget/budget-sheet';
import { formatKronor, kronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import { LineFields } from './line-fields';
import { lineFormSchema, type LineFormValues } from './line-form-schema';
import { ModalDialog } from './modal-dialog';
import { Button } from '@/components/ui/button';

function nonZeroAmounts(line: BudgetSheetLine): string[] {
  return Object.values(line.cells)
    .filter((cell) => !kronor(cell.amount).isZero())
    .map((cell) => `${cell.year}: ${formatKronor(cell.amount)}`);
}

interface Props {
  line: BudgetSheetLine;
  onClose: () => void;
  /** Resolves to an error message, or null when saved. */
  onSave: (values: LineFormValues) => Promise<string | null>;
  onRemove: () => Promise<string | null>;
}

/** Rename, regroup, mark outside the total, or remove a line; removing a line with amounts asks first. */
export function EditLineDialog({ line, onClose, onSave, onRemove }: Props) {
  const t = messages().budgetEditor;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<LineFormValues>({
    resolver: zodResolver(lineFormSchema),
    defaultValues: { name: line.name, category: line.category, outsideTotal: line.outsideTotal, note: line.note },
  });
  const amounts = nonZeroAmounts(line);

  const remove = async () => {
    if (amounts.length > 0 && !confirming) return setConfirming(true);
    setError(await onRemove());
  };

  if (confirming) {
    return (
      <ModalDialog
        title={format(t.confirmRemoveTitle, { name: line.name })}
        onClose={onClose}
        testId="budget-confirm-remove"
      >
        <p className="text-sm">{format(t.confirmRemoveBody, { amounts: amounts.join(', ') })}</p>
        {error ? <p className="mt-2 text-sm text-red-700">{error}</p> : null}
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose} autoFocus>
            {messages().common.cancel}
          </Button>
          <Button variant="danger" onClick={() => void remove()} data-testid="budget-confirm-remove-button">
            {t.confirmRemove}
          </Button>
        </div>
      </ModalDialog>
    );
  }

  return (
    <ModalDialog title={format(t.editLineTitle, { name: line.name })} onClose={onClose} testId="budget-edit-line">
      <form
        className="flex flex-col gap-3"
        onSubmit={form.handleSubmit(async (values) => setError(await onSave(values)))}
        noValidate
      >
        <LineFields form={form} type={line.type} idPrefix="budget-edit-line" withNote />
        {error ? (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
        <div className="mt-2 flex flex-wrap justify-between gap-2">
          <Button variant="danger" onClick={() => void remove()} data-testid="budget-line-remove">
            {t.remove}
          </Button>
          <span className="flex gap-2">
            <Button variant="secondary" onClick={onClose}>
              {messages().common.cancel}
            </Button>
            <Button type="submit" disabled={form.formState.isSubmitting}>
              {messages().common.save}
            </Button>
          </span>
        </div>
      </form>
    </ModalDialog>
  );
}
