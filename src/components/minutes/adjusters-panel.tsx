'use client';

import { useRef, useState } from 'react';
import { approveMinutesAction, chooseAdjustersAction, requestMinutesChangeAction } from '@/actions/minutes';
import { format, messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { Field, FieldError } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { FormError } from '@/components/ui/form-error';
import { Select } from '@/components/ui/select';
import { useServerAction } from '@/components/ui/use-server-action';

interface Props {
  slug: string;
  meetingId: string;
  adjusters: { personId: string; name: string; approvedAtText: string | null }[];
  /** Offered when the signed-in person may write the minutes and nobody has approved yet. */
  candidates: { personId: string; name: string }[] | null;
  /** The signed-in person is a chosen adjuster who has not approved yet and the minutes are ready for adjustment. */
  mayApprove: boolean;
  /** Why a chosen adjuster who has not approved is not offered the approval (not ready yet, absent); null otherwise. */
  approveBlockedReason: string | null;
  /** The content hash the page shows: the approval is bound to it. */
  contentHash: string;
}

/** The two adjusters, their approvals, the choice (office) and the "Justera protokollet" button (the adjuster). */
export function AdjustersPanel({
  slug,
  meetingId,
  adjusters,
  candidates,
  mayApprove,
  approveBlockedReason,
  contentHash,
}: Props) {
  const t = messages().minutes.adjusters;
  const choose = useServerAction();
  const approve = useServerAction();
  const change = useServerAction();
  // Adjusting is a second step: the confirmation with the content hash and the password.
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [requesting, setRequesting] = useState(false);
  const [comment, setComment] = useState('');
  const [changeSent, setChangeSent] = useState(false);
  const [first, setFirst] = useState(adjusters[0]?.personId ?? '');
  const [second, setSecond] = useState(adjusters[1]?.personId ?? '');
  // After approving, the button goes away: focus moves to the panel's heading, not to the page's body.
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <section className="card" aria-labelledby="adjusters-title" data-testid="adjusters-panel">
      <h2 id="adjusters-title" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
        {t.title}
      </h2>
      {adjusters.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t.none}</p>
      ) : (
        <ul className="mt-2 grid gap-1 text-sm" data-testid="adjusters-list">
          {adjusters.map((adjuster) => (
            <li key={adjuster.personId}>
              <span className="font-medium">{adjuster.name}</span>:{' '}
              {adjuster.approvedAtText ? format(t.approvedAt, { time: adjuster.approvedAtText }) : t.notApproved}
            </li>
          ))}
        </ul>
      )}
      {candidates ? (
        <form
          className="mt-3 grid gap-2"
          data-testid="adjusters-form"
          onSubmit={(event) => {
            event.preventDefault();
            void choose.run(() =>
              chooseAdjustersAction(slug, { meetingId, personIds: [first, second].filter(Boolean) }),
            );
          }}
        >
          {(
            [
              ['adjuster-first', t.first, first, setFirst],
              ['adjuster-second', t.second, second, setSecond],
            ] as const
          ).map(([id, label, value, set]) => (
            <div key={id}>
              <label htmlFor={id} className="text-sm font-medium">
                {label}
              </label>
              <Select id={id} value={value} onChange={(event) => set(event.target.value)}>
                <option value="">{t.choosePlaceholder}</option>
                {candidates.map((candidate) => (
                  <option key={candidate.personId} value={candidate.personId}>
                    {candidate.name}
                  </option>
                ))}
              </Select>
            </div>
          ))}
          <FieldError id="adjusters-error-field" error={choose.fieldErrors.personIds} />
          <FormError message={choose.fieldErrors.personIds ? null : choose.message} testId="adjusters-error" />
          <div>
            <Button type="submit" busy={choose.busy} data-testid="adjusters-submit">
              {t.choose}
            </Button>
          </div>
        </form>
      ) : null}
      {approveBlockedReason ? (
        <p className="mt-4 border-t border-slate-200 pt-3 text-sm" data-testid="approve-blocked">
          {approveBlockedReason}
        </p>
      ) : null}
      {mayApprove ? (
        <div className="mt-4 border-t border-slate-200 pt-3" data-testid="approve-panel">
          <p className="text-sm">{t.approveLead}</p>
          {!confirming ? (
            <div className="mt-2 flex flex-wrap gap-2">
              <Button data-testid="approve-minutes" onClick={() => setConfirming(true)}>
                {t.approve}
              </Button>
              <Button variant="secondary" data-testid="request-change" onClick={() => setRequesting(true)}>
                {t.requestChange}
              </Button>
            </div>
          ) : (
            <form
              className="mt-2 grid gap-2 rounded border border-slate-300 p-3"
              role="group"
              aria-labelledby="approve-confirm-title"
              data-testid="approve-confirm"
              onSubmit={(event) => {
                event.preventDefault();
                void approve.run(
                  () => approveMinutesAction(slug, { meetingId, contentHash, password }),
                  () => {
                    setConfirming(false);
                    setPassword('');
                    headingRef.current?.focus();
                  },
                );
              }}
            >
              <h3 id="approve-confirm-title" className="font-semibold">
                {t.confirmTitle}
              </h3>
              <p className="text-sm break-all">{format(t.confirmLead, { hash: contentHash })}</p>
              <Field label={t.password} error={approve.fieldErrors.password}>
                <Input
                  type="password"
                  autoComplete="current-password"
                  autoFocus
                  value={password}
                  onChange={(event) => setPassword(event.target.value)}
                  testId="approve-password"
                />
              </Field>
              <FormError message={approve.message} testId="approve-error" />
              <div className="flex gap-2">
                <Button type="submit" busy={approve.busy} data-testid="approve-confirm-submit">
                  {t.confirm}
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  {t.cancel}
                </Button>
              </div>
            </form>
          )}
          {requesting ? (
            <form
              className="mt-3 grid gap-2"
              data-testid="change-request-form"
              onSubmit={(event) => {
                event.preventDefault();
                void change.run(
                  () => requestMinutesChangeAction(slug, { meetingId, comment }),
                  () => {
                    setRequesting(false);
                    setComment('');
                    setChangeSent(true);
                  },
                );
              }}
            >
              <Field label={t.changeComment} error={change.fieldErrors.comment}>
                <Textarea value={comment} rows={3} onChange={(event) => setComment(event.target.value)} />
              </Field>
              <FormError message={change.fieldErrors.comment ? null : change.message} testId="change-request-error" />
              <div>
                <Button type="submit" busy={change.busy} data-testid="change-request-submit">
                  {t.sendChangeRequest}
                </Button>
              </div>
            </form>
          ) : null}
          {changeSent ? (
            <p className="mt-2 text-sm" role="status">
              {t.changeRequested}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
