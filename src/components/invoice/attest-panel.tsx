'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { attestInvoiceAction, markInvoicePaidAction, rejectInvoiceAction } from '@/actions/invoices';
import { format, messages } from '@/i18n/catalog';
import type { ActionResult } from '@/server/kernel/action-result';
import { Button } from '@/components/ui/button';
import { controlClass } from '@/components/ui/control-class';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { SUBSTITUTE_REASONS, type SubstituteReason } from '@/domain/attest/who-may-attest';

type Result = ActionResult<unknown, unknown>;
interface Props {
  slug: string;
  invoice: { id: string; version: number; status: 'RECEIVED' | 'ATTESTED' | 'PAID' | 'REJECTED' };
  allowed: boolean;
  explanation: string;
  /** Set for a substitute when stating the one the rule names (director or chair) absent or conflicted would allow the attest. */
  substituteExplanation: string | null;
  /** The one the substitute replaces, capitalized ("Ordföranden", "Förbundschefen"). */
  aboveLimitRoleName: string;
  mayMarkPaid: boolean;
  today: string;
}

/** Says plainly whether the signed-in person may attest the invoice and why, with the buttons that apply. */
export function AttestPanel(props: Props) {
  const t = messages().attest.panel;
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [substituteReason, setSubstituteReason] = useState<'' | SubstituteReason>('');
  const unavailable = substituteReason !== '';
  const [paidAt, setPaidAt] = useState(props.today);
  const { invoice } = props;
  const base = { invoiceId: invoice.id, version: invoice.version };
  const mayDecide =
    invoice.status === 'RECEIVED' && (props.allowed || (props.substituteExplanation !== null && unavailable));

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
        <p
          className={`mt-2 rounded border-l-4 px-3 py-2 ${props.allowed ? 'border-sky-300 bg-sky-50' : 'border-amber-400 bg-amber-50'}`}
          data-testid="attest-explanation"
        >
          {unavailable && props.substituteExplanation ? props.substituteExplanation : props.explanation}
        </p>
      ) : null}
      {invoice.status === 'RECEIVED' && props.substituteExplanation ? (
        <div className="mt-3 grid gap-2">
          <Field label={format(t.aboveLimitUnavailable, { AboveLimit: props.aboveLimitRoleName })}>
            <Select
              value={substituteReason}
              testId="attest-substitute-reason"
              onChange={(event) => setSubstituteReason(event.target.value as '' | SubstituteReason)}
            >
              <option value="">{messages().invoices.labels.none}</option>
              {SUBSTITUTE_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t.substituteReasons[reason]}
                </option>
              ))}
            </Select>
          </Field>
          {unavailable ? (
            <Field label={t.unavailableNote}>
              <Textarea value={note} onChange={(event) => setNote(event.target.value)} rows={2} testId="attest-note" />
            </Field>
          ) : null}
        </div>
      ) : null}
      {mayDecide ? (
        <div className="mt-3 grid gap-3">
          {!unavailable ? (
            <label className="text-sm">
              {t.note}
              <input className={controlClass} value={note} onChange={(event) => setNote(event.target.value)} />
            </label>
          ) : null}
          <div>
            <Button
              disabled={busy}
              data-testid="attest-submit"
              onClick={() =>
                run(() =>
                  attestInvoiceAction(props.slug, { ...base, substituteReason: substituteReason || null, note }),
                )
              }
            >
              {t.attest}
            </Button>
          </div>
          <details>
            <summary className="cursor-pointer text-sm font-medium">{t.reject}</summary>
            <label className="mt-2 block text-sm">
              {t.rejectionReason}
              <textarea
                className={controlClass}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                rows={2}
              />
            </label>
            <Button
              disabled={busy}
              variant="danger"
              className="mt-2"
              data-testid="reject-submit"
              onClick={() =>
                run(() =>
                  rejectInvoiceAction(props.slug, { ...base, reason, substituteReason: substituteReason || null }),
                )
              }
            >
              {t.reject}
            </Button>
          </details>
        </div>
      ) : null}
      {invoice.status === 'ATTESTED' && props.mayMarkPaid ? (
        <div className="mt-3 flex flex-wrap items-end gap-2">
          <label className="text-sm">
            {t.paidAt}
            <input
              type="date"
              className={controlClass}
              value={paidAt}
              onChange={(event) => setPaidAt(event.target.value)}
            />
          </label>
          <Button
            disabled={busy}
            data-testid="mark-paid-submit"
            onClick={() => run(() => markInvoicePaidAction(props.slug, { ...base, paidAt }))}
          >
            {t.markPaid}
          </Button>
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
