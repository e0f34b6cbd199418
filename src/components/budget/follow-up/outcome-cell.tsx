'use client';

import { useState, useTransition } from 'react';
import { saveOutcomeAction } from '@/actions/follow-up';
import { useHydrated } from '@/components/ui/use-hydrated';
import { formatKronor, parseKronor } from '@/domain/money/kronor';

interface Props {
  slug: string;
  lineId: string;
  month: number;
  label: string;
  /** Stored decimal string, or null for no outcome yet. */
  amount: string | null;
  version: number | null;
  texts: { saved: string; invalidAmount: string };
}

const shown = (amount: string | null) => (amount === null ? '' : formatKronor(amount, { unit: false }));

/** One month's outcome of one line: type, Enter (or leave the field) to save. A stale save shows the stored value. */
export function OutcomeCell({ slug, lineId, month, label, amount, version, texts }: Props) {
  const [stored, setStored] = useState({ amount, version });
  const [value, setValue] = useState(shown(amount));
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const messageId = `outcome-${lineId}-${month}-message`;

  function save() {
    const parsed = parseKronor(value);
    if (parsed === null) return setMessage({ text: texts.invalidAmount, error: true });
    if (stored.amount !== null ? parsed.equals(stored.amount) : value.trim() === '') return;
    startTransition(async () => {
      const result = await saveOutcomeAction(slug, { lineId, month, amount: value, version: stored.version });
      if (result.ok) {
        setStored({ amount: result.data.amount, version: result.data.version });
        setValue(shown(result.data.amount));
        setMessage({ text: texts.saved, error: false });
      } else {
        if (result.code === 'STALE') {
          setStored({ amount: result.fresh?.amount ?? null, version: result.fresh?.version ?? null });
          setValue(shown(result.fresh?.amount ?? null));
        }
        const field = result.code === 'VALIDATION' ? Object.values(result.fieldErrors)[0] : undefined;
        setMessage({ text: field ?? result.message, error: true });
      }
    });
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={message?.error || undefined}
        aria-describedby={message ? messageId : undefined}
        value={value}
        disabled={pending}
        onChange={(event) => setValue(event.target.value)}
        onBlur={save}
        className="w-24 rounded border border-slate-300 px-1.5 py-0.5 text-right tabular-nums focus:border-sky-700 focus:ring-2 focus:ring-sky-700 focus:outline-none aria-invalid:border-red-700"
        data-testid="outcome-cell"
        data-hydrated={hydrated}
      />
      {message ? (
        <span
          id={messageId}
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'block text-xs text-red-800' : 'sr-only'}
        >
          {message.text}
        </span>
      ) : null}
    </form>
  );
}
