'use client';

/** Opens the browser's print dialog (the page has a print stylesheet). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" data-read-only className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-50" onClick={() => window.print()}>
      {label}
    </button>
  );
}
