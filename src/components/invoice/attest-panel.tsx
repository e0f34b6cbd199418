'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { attestInvoiceAction, markInvoicePaidAction, rejectInvoiceAction } from '@/actions/invoices';
import { format, messages } from '@/i18n/catalog';
import type { ActionResult } from '@/server/kernel/action-result';

type Result = ActionResult<unknown, unknown>;
interface Props {
  slug: string;
  invoice: { id: string; version: number; status: 'RECEIVED' | 'ATTESTED' | 'PAID' | 'REJECTED' };
  allowed: boolean;
  explanation: string;
  /** Set for the substitute when stating the chair absent or conflicted would allow the attest. */
  substituteExplanation: string | null;
  aboveLimitRoleName: string;
  mayMarkPaid: boolean;
  today: string;
}

const button = 'rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-50';
const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm';

/** Says plainly whether the signed-in person may attest the invoice and why, with the buttons that apply. */
export function AttestPanel(props: Props) {
  const t = messages().attest.panel;
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [unavailable, setUnavailable] = useState(false);
  const [paidAt, setPaidAt] = useState(props.today);
  const { invoice } = props;
  const base = { invoiceId: invoice.id, version: invoice.version };
  const mayDecide = invoice.status === 'RECEIVED' && (props.allowed || (props.substituteExplanation !== null && unavailable));

  async function run(action: () => Promise<Result>) {
    setBusy(true);
    setError(null);
    const result = await action();
    setBusy(false);
    if (result.ok) router.refresh();
    else setError(result.code === 'VALIDATION' ? Object.values(result.fieldErrors).join(' ') : result.message);
  }

  return (
    <section className="card" aria-labelledby="attest-panel-title" data-testid="attest-panel">
      <h2 id="attest-panel-title" className="text-lg font-semibold">
        {t.title}
      </h2>
      {invoice.status === 'RECEIVED' ? (
        <p className={`mt-2 rounded border-l-4 px-3 py-2 ${props.allowed ? 'border-sky-300 bg-sky-50' : 'border-amber-400 bg-amber-50'}`} data-testid="attest-explanation">
          {unavailable && props.substituteExplanation ? props.substituteExplanation : props.explanation}
        </p>
      ) : null}
      {invoice.status === 'RECEIVED' && props.substituteExplanation ? (
        <div className="mt-3 grid gap-2">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={unavailable} onChange={(event) => setUnavailable(event.target.checked)} data-testid="attest-unavailable" />
            {format(t.aboveLimitUnavailable, { AboveLimit: props.aboveLimitRoleName })}
          </label>
          {unavailable ? (
            <label className="text-sm">
              {t.unavailableNote}
              <textarea className={inputClass} value={note} onChange={(event) => setNote(event.target.value)} rows={2} />
            </label>
          ) : null}
        </div>
      ) : null}
      {mayDecide ? (
        <div className="mt-3 grid gap-3">
          {!unavailable ? (
            <label className="text-sm">
              {t.note}
              <input className={inputClass} value={note} onChange={(event) => setNote(event.target.value)} />
            </label>
          ) : null}
          <div>
            <button
              type="button"
              disabled={busy}
              className={`${button} bg-accent-700 text-white hover:bg-accent-800`}
              data-testid="attest-submit"
              onClick={() => run(() => attestInvoiceAction(props.slug, { ...base, aboveLimitRoleUnavailable: unavailable, note }))}
            >
              {t.attest}
            </button>
          </div>
          <details>
            <summary className="cursor-pointer text-sm font-medium">{t.reject}</summary>
            <label className="mt-2 block text-sm">
              {t.rejectionReason}
              <textarea className={inputClass} value={reason} onChange={(event) => setReason(event.target.value)} rows={2} />
            </label>
            <button
              type="button"
              disabled={busy}
              className={`${button} mt-2 border border-red-700 text-red-800 hover:bg-red-50`}
              data-testid="reject-submit"
              onClick={() => run(() => rejectInvoiceAction(props.slug, { ...base, reason, aboveLimitRoleUnavailable: unavailable }))}
            >
              {t.reject}
            </button>
          </details>
        </div>
      ) : null}
      {invoice.status === 'ATTESTED' && props.mayMarkPaid ? (
        <div className="mt-3 flex flex-wrap items-end gap-2">
          <label className="text-sm">
            {t.paidAt}
            <input type="date" className={inputClass} value={paidAt} onChange={(event) => setPaidAt(event.target.value)} />
          </label>
          <button
            type="button"
            disabled={busy}
            className={`${button} bg-accent-700 text-white hover:bg-accent-800`}
            data-testid="mark-paid-submit"
            onClick={() => run(() => markInvoicePaidAction(props.slug, { ...base, paidAt }))}
          >
            {t.markPaid}
          </button>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-700" data-testid="attest-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
