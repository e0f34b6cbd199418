'use client';

import { useRef, useState } from 'react';
import { approveMinutesAction, chooseAdjustersAction } from '@/actions/minutes';
import { format, messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Select } from '@/components/ui/select';
import { useServerAction } from '@/components/ui/use-server-action';

interface Props {
  slug: string;
  meetingId: string;
  adjusters: { personId: string; name: string; approvedAtText: string | null }[];
  /** Offered when the signed-in person may write the minutes and nobody has approved yet. */
  candidates: { personId: string; name: string }[] | null;
  /** The signed-in person is a chosen adjuster who has not approved yet. */
  mayApprove: boolean;
}

/** The two adjusters, their approvals, the choice (office) and the "Justera protokollet" button (the adjuster). */
export function AdjustersPanel({ slug, meetingId, adjusters, candidates, mayApprove }: Props) {
  const t = messages().minutes.adjusters;
  const choose = useServerAction();
  const approve = useServerAction();
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
      {mayApprove ? (
        <div className="mt-4 border-t border-slate-200 pt-3">
          <p className="text-sm">{t.approveLead}</p>
          <FormError message={approve.message} testId="approve-error" />
          <Button
            busy={approve.busy}
            className="mt-2"
            data-testid="approve-minutes"
            onClick={() =>
              void approve.run(
                () => approveMinutesAction(slug, { meetingId }),
                () => headingRef.current?.focus(),
              )
            }
          >
            {t.approve}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
