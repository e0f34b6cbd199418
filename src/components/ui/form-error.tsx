/**
 * The form-level message (a refusal that belongs to no single field), announced with `role="alert"`.
 * Renders nothing without a message.
 */
export function FormError({
  message,
  testId = 'form-message',
  className,
}: {
  message: string | null | undefined;
  testId?: string;
  className?: string;
}) {
  if (!message) return null;
  return (
    <p
      role="alert"
      className={['rounded border-l-4 border-red-400 bg-red-50 px-3 py-2 text-sm text-red-950', className]
        .filter(Boolean)
        .join(' ')}
      data-testid={testId}
    >
      {message}
    </p>
  );
}
