'use client';

import { Button } from '@/components/ui/button';

/** Opens the browser's print dialog (the page has a print stylesheet). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" size="sm" data-read-only onClick={() => window.print()}>
      {label}
    </Button>
  );
}
