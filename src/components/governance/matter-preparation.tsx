'use client';

import { useState } from 'react';
import type { MatterStatus } from '@/generated/prisma/enums';
import type { ConflictOfInterest } from '@/domain/matter/matter-rights';
import { allowedMatterEvents, isMatterPreparationEditable } from '@/domain/matter/matter-status';
import { matterStepAction, saveMatterPreparationAction } from '@/actions/matters';
import { format, messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { Field, FieldError } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Notice } from '@/components/ui/notice';
import { Textarea } from '@/components/ui/textarea';
import { useServerAction } from '@/components/ui/use-server-action';

type Step = 'startPreparation' | 'markPrepared' | 'withdraw';

interface Props {
  slug: string;
  matter: { id: string; status: MatterStatus; version: number; assessment: string; proposedDecision: string };
  mayPrepare: boolean;
  /** The person raised it, or the office (ADR 036). */
  mayWithdraw: boolean;
  /** The reader's conflict of interest (jäv) in preparing it, and the member that raised it. */
  conflict: ConflictOfInterest | null;
  memberName: string | null;
}

/**
 * The preparation group's assessment and proposal, and the buttons for the matter's next steps.
 * Sending back (återremiss) is the board's decision in the minutes, not a button here (ADR 036).
 */
export function MatterPreparation({ slug, matter, mayPrepare, mayWithdraw, conflict, memberName }: Props) {
  const t = messages().governance.matters;
  const { busy, message, fieldErrors, run } = useServerAction();
  const [assessment, setAssessment] = useState(matter.assessment);
  const [proposedDecision, setProposedDecision] = useState(matter.proposedDecision);
  const [conflictConfirmed, setConflictConfirmed] = useState(false);
  const [saved, setSaved] = useState(false);
  const editable = mayPrepare && isMatterPreparationEditable(matter.status);
  const allowed = allowedMatterEvents(matter.status);
  const dirty = assessment !== matter.assessment || proposedDecision !== matter.proposedDecision;

  const doStep = (which: Step) =>
    run(() =>
      matterStepAction(slug, {
        step: which,
        matterId: matter.id,
        version: matter.version,
      }),
    );

  return (
    <section aria-labelledby="matter-preparation" className="card space-y-4" data-testid="matter-preparation">
      <h2 id="matter-preparation" className="text-lg font-semibold">
        {t.preparation}
      </h2>
      <FormError message={message} testId="matter-message" />
      {mayPrepare && conflict ? (
        <Notice tone="warning" testId="matter-conflict-warning">
          {format(t.conflictWarning[conflict], { member: memberName ?? '' })}
        </Notice>
      ) : null}
      {editable ? (
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(false);
            void run(
              () =>
                saveMatterPreparationAction(slug, {
                  matterId: matter.id,
                  version: matter.version,
                  assessment,
                  proposedDecision,
                  conflictConfirmed,
                }),
              () => setSaved(true),
            );
          }}
        >
          <Field id="matter-assessment" label={t.labels.assessment} error={fieldErrors.assessment}>
            <Textarea rows={6} value={assessment} onChange={(e) => setAssessment(e.target.value)} />
          </Field>
          <Field id="matter-proposedDecision" label={t.labels.proposedDecision} error={fieldErrors.proposedDecision}>
            <Textarea rows={4} value={proposedDecision} onChange={(e) => setProposedDecision(e.target.value)} />
          </Field>
          {conflict ? (
            <div>
              <label className="flex items-center gap-2 text-sm font-medium">
                <input
                  type="checkbox"
                  checked={conflictConfirmed}
                  onChange={(event) => setConflictConfirmed(event.target.checked)}
                  aria-describedby={fieldErrors.conflictConfirmed ? 'matter-conflict-error' : undefined}
                />
                {t.labels.conflictConfirmed}
              </label>
              <FieldError id="matter-conflict-error" error={fieldErrors.conflictConfirmed} />
            </div>
          ) : null}
          <div className="flex items-center gap-3">
            <Button type="submit" busy={busy} disabled={!dirty}>
              {t.savePreparation}
            </Button>
            {saved && !dirty ? (
              <span role="status" className="text-sm text-slate-600">
                {t.saved}
              </span>
            ) : null}
          </div>
        </form>
      ) : (
        <dl className="space-y-3">
          <div>
            <dt className="text-sm font-medium text-slate-600">{t.labels.assessment}</dt>
            <dd className="whitespace-pre-wrap" data-testid="matter-assessment">
              {matter.assessment || t.noAssessment}
            </dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600">{t.labels.proposedDecision}</dt>
            <dd className="whitespace-pre-wrap" data-testid="matter-proposal">
              {matter.proposedDecision || t.noProposal}
            </dd>
          </div>
        </dl>
      )}

      <div className="flex flex-wrap items-end gap-2 border-t border-slate-200 pt-4">
        {mayPrepare && allowed.includes('startPreparation') ? (
          <Button busy={busy} onClick={() => doStep('startPreparation')}>
            {t.startPreparation}
          </Button>
        ) : null}
        {mayPrepare && allowed.includes('markPrepared') ? (
          <Button busy={busy} disabled={dirty} onClick={() => doStep('markPrepared')}>
            {t.markPrepared}
          </Button>
        ) : null}
        {mayWithdraw && allowed.includes('withdraw') ? (
          <Button busy={busy} variant="secondary" onClick={() => doStep('withdraw')}>
            {t.withdraw}
          </Button>
        ) : null}
        {mayPrepare && allowed.includes('return') ? (
          <p className="text-sm text-slate-600" data-testid="matter-return-by-board">
            {t.returnByBoard}
          </p>
        ) : null}
      </div>
    </section>
  );
}
