import type { ButtonHTMLAttributes } from 'react';

/**
 * The one place for button looks. `buttonClass` is exported so a link that acts as a button
 * (`<Link className={buttonClass()}>`) looks the same as one.
 */
const variants = {
  primary: 'rounded bg-accent-700 font-semibold text-white hover:bg-accent-800',
  secondary: 'rounded border border-slate-300 bg-white font-medium text-slate-800 hover:bg-slate-50',
  outline: 'rounded border border-accent-700 bg-white font-semibold text-accent-800 hover:bg-accent-50',
  danger: 'rounded border border-red-300 bg-white font-medium text-red-800 hover:bg-red-50',
  // Looks like a link but is an action. At least 24 × 24 px (WCAG 2.5.8) without padding.
  link: 'inline-block min-h-6 text-accent-800 underline hover:text-accent-900',
} as const;

const sizes = {
  // Compact row actions (budget grid): still at least 24 × 24 px (WCAG 2.5.8).
  xs: 'min-h-6 min-w-6 px-1.5 py-0.5 text-xs',
  sm: 'px-2 py-1 text-sm',
  md: 'px-3 py-1.5 text-sm',
  lg: 'px-4 py-2 text-sm',
} as const;

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

export function buttonClass({
  variant = 'primary',
  size = 'md',
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return [
    variants[variant],
    variant === 'link' ? 'text-sm' : sizes[size],
    'disabled:cursor-not-allowed disabled:opacity-50',
    className,
  ]
    .filter(Boolean)
    .join(' ');
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** While a server action runs: disabled, `aria-busy`, and `busyText` (if given) in place of the label. */
  busy?: boolean;
  busyText?: string;
  testId?: string;
}

/** A button; `type="button"` unless told otherwise, so it never submits a form by accident. */
export function Button({
  variant,
  size,
  busy = false,
  busyText,
  testId,
  className,
  type = 'button',
  disabled,
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClass({ variant, size, className })}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      data-testid={testId}
      {...props}
    >
      {busy && busyText ? busyText : children}
    </button>
  );
}
