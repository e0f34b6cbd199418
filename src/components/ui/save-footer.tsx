import type { ReactNode } from 'react';
import { Button } from './button';

/** The polite "saved" line after a successful save (`role="status"`); renders nothing while `show` is false. */
export function SavedStatus({ show, children }: { show: boolean; children: ReactNode }) {
  if (!show) return null;
  return (
    <p role="status" className="text-sm text-green-800">
      {children}
    </p>
  );
}

/**
 * The end of a simple save form: the "saved" status (while `saved`) and the submit button
 * (`busy` while the action runs): `<SaveFooter saved={saved} savedText={t.saved} busy={busy} label={t.save} />`.
 */
export function SaveFooter({
  saved,
  savedText,
  busy,
  label,
}: {
  saved: boolean;
  savedText: ReactNode;
  busy?: boolean;
  label: ReactNode;
}) {
  return (
    <>
      <SavedStatus show={saved}>{savedText}</SavedStatus>
      <div>
        <Button type="submit" busy={busy}>
          {label}
        </Button>
      </div>
    </>
  );
}
