'use client';

import { useState } from 'react';
import type { MatterStatus } from '@/generated/prisma/enums';
import { allowedMatterEvents, isMatterPreparationEditable } from '@/domain/matter/matter-status';
import { matterStepAction, saveMatterPreparationAction } from '@/actions/matters';
import { messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { Field, FieldError } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { useServerAction } from '@/components/ui/use-server-action';

type Step = 'startPreparation' | 'markPrepared' | 'withdraw' | 'return';

interface Props {
  slug: string;
  matter: { id: string; status: MatterStatus; version: number; assessment: string; proposedDecision: string };
  mayPrepare: boolean;
  mayRaise: boolean;
}

/** The preparation group's assessment and proposal, and the buttons for the matter's next steps. */
export function MatterPreparation({ slug, matter, mayPrepare, mayRaise }: Props) {
  const t = messages().governance.matters;
  const { busy, message, fieldErrors, run } = useServerAction();
  const [assessment, setAssessment] = useState(matter.assessment);
  const [proposedDecision, setProposedDecision] = useState(matter.proposedDecision);
  const [reason, setReason] = useState('');
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
        reason: which === 'return' ? reason : undefined,
      }),
    );

  return (
    <section aria-labelledby="matter-preparation" className="card space-y-4" data-testid="matter-preparation">
      <h2 id="matter-preparation" className="text-lg font-semibold">
        {t.preparation}
      </h2>
      <FormError message={message} testId="matter-message" />
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
        {mayRaise && allowed.includes('withdraw') ? (
          <Button busy={busy} variant="secondary" onClick={() => doStep('withdraw')}>
            {t.withdraw}
          </Button>
        ) : null}
        {mayPrepare && allowed.includes('return') ? (
          <div className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="matter-return-reason" className="block text-xs font-medium text-slate-700">
                {t.labels.returnReason}
              </label>
              <Input
                id="matter-return-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                aria-describedby={fieldErrors.reason ? 'matter-reason-error' : undefined}
              />
              <FieldError id="matter-reason-error" error={fieldErrors.reason} />
            </div>
            <Button busy={busy} variant="secondary" onClick={() => doStep('return')}>
              {t.returnMatter}
            </Button>
          </div>
        ) : null}
      </div>
    </section>
  );
}
