'use client';

import { useEffect, useRef } from 'react';

/** A native modal `<dialog>`: focus is trapped and Escape closes it, by the browser. */
export function ModalDialog({
  title,
  onClose,
  children,
  testId,
}: {
  title: string;
  onClose: () => void;
  children: React.ReactNode;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    // No close() on cleanup: its close event would end the dialog when React re-runs effects.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="budget-dialog-title"
      onClose={onClose}
      data-testid={testId}
      className="m-auto w-full max-w-md rounded-lg border border-slate-300 bg-white p-5 shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id="budget-dialog-title" className="mb-4 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
