const tones = {
  info: 'border-sky-300 bg-sky-50 text-sky-950',
  warning: 'border-amber-400 bg-amber-50 text-amber-950',
  danger: 'border-red-400 bg-red-50 text-red-950',
} as const;

/** A box that draws attention; `role="status"` so that assistive technology announces it politely. */
export function Notice({
  tone = 'info',
  title,
  children,
  testId,
}: {
  tone?: keyof typeof tones;
  title?: string;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <div role="status" className={`mb-6 rounded-md border-l-4 px-4 py-3 ${tones[tone]}`} data-testid={testId}>
      {title ? <p className="font-semibold">{title}</p> : null}
      <div className={title ? 'mt-1' : undefined}>{children}</div>
    </div>
  );
}
