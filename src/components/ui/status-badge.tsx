const tones = {
  active: 'bg-accent-50 text-accent-800 ring-accent-100',
  neutral: 'bg-slate-100 text-slate-700 ring-slate-200',
  info: 'bg-sky-50 text-sky-900 ring-sky-100',
  attention: 'bg-amber-50 text-amber-900 ring-amber-200',
  negative: 'bg-red-50 text-red-900 ring-red-200',
} as const;

export type BadgeTone = keyof typeof tones;

export function StatusBadge({ label, tone = 'neutral', testId }: { label: string; tone?: BadgeTone; testId?: string }) {
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ${tones[tone]}`}
      data-testid={testId}
    >
      {label}
    </span>
  );
}
