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

/**
 * Save and (when `onCancel` is given) cancel side by side, at the end of an editor form:
 * `<SaveCancelRow busy={action.busy} saveLabel={common.save} cancelLabel={common.cancel} onCancel={onDone} testId="goal-save" />`.
 */
export function SaveCancelRow({
  busy,
  saveLabel,
  cancelLabel,
  onCancel,
  testId,
}: {
  busy: boolean;
  saveLabel: ReactNode;
  cancelLabel: ReactNode;
  onCancel?: () => void;
  /** The save button's `data-testid`. */
  testId?: string;
}) {
  return (
    <div className="flex gap-2">
      <Button type="submit" size="lg" busy={busy} data-testid={testId}>
        {saveLabel}
      </Button>
      {onCancel ? (
        <Button variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
      ) : null}
    </div>
  );
}
