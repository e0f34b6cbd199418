'use client';

import { useId, useRef } from 'react';
import type { ActionResult } from '@/server/kernel/action-result';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useServerAction } from '@/components/ui/use-server-action';

/** A small upload form: the file plus hidden ids, sent as FormData to a server action. */
export function AttachmentUpload<F>({
  label,
  submit,
  hidden,
  upload,
  testId,
}: {
  label: string;
  submit: string;
  hidden: Record<string, string>;
  upload: (form: FormData) => Promise<ActionResult<unknown, F>>;
  testId?: string;
}) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { busy, message, fieldErrors, run } = useServerAction();
  const error = message ? (Object.values(fieldErrors)[0] ?? message) : null;
  return (
    <form
      ref={formRef}
      className="mt-2 flex flex-wrap items-end gap-2"
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        for (const [key, value] of Object.entries(hidden)) data.set(key, value);
        void run(
          () => upload(data),
          () => formRef.current?.reset(),
        );
      }}
    >
      <div>
        <label htmlFor={id} className="block text-xs font-medium text-slate-700">
          {label}
        </label>
        <input
          id={id}
          name="file"
          type="file"
          accept="application/pdf,image/png,image/jpeg,.docx,.xlsx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="mt-1 block text-sm"
        />
      </div>
      <Button type="submit" busy={busy} variant="secondary">
        {submit}
      </Button>
      <div className="w-full">
        <FormError message={error} />
      </div>
    </form>
  );
}
