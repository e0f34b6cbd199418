'use client';

import { useState } from 'react';
import type { MatterStatus } from '@/generated/prisma/enums';
import { allowedMatterEvents, isMatterPreparationEditable } from '@/domain/matter/matter-status';
import { matterStepAction, saveMatterPreparationAction } from '@/actions/matters';
import { messages } from '@/i18n/catalog';
import { FieldError, FormMessage, inputClass, primaryButton, secondaryButton, useAction } from './use-action';

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
  const { pending, message, fieldErrors, run } = useAction();
  const [assessment, setAssessment] = useState(matter.assessment);
  const [proposedDecision, setProposedDecision] = useState(matter.proposedDecision);
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState(false);
  const editable = mayPrepare && isMatterPreparationEditable(matter.status);
  const allowed = allowedMatterEvents(matter.status);
  const dirty = assessment !== matter.assessment || proposedDecision !== matter.proposedDecision;

  const doStep = (which: Step) =>
    run(() => matterStepAction(slug, { step: which, matterId: matter.id, version: matter.version, reason: which === 'return' ? reason : undefined }));

  return (
    <section aria-labelledby="matter-preparation" className="card space-y-4" data-testid="matter-preparation">
      <h2 id="matter-preparation" className="text-lg font-semibold">
        {t.preparation}
      </h2>
      <FormMessage message={message} testId="matter-message" />
      {editable ? (
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(false);
            run(() => saveMatterPreparationAction(slug, { matterId: matter.id, version: matter.version, assessment, proposedDecision }), () => setSaved(true));
          }}
        >
          <div>
            <label htmlFor="matter-assessment" className="block text-sm font-medium">
              {t.labels.assessment}
            </label>
            <textarea id="matter-assessment" rows={6} className={inputClass} value={assessment} onChange={(e) => setAssessment(e.target.value)} />
            <FieldError id="matter-assessment-error" error={fieldErrors.assessment} />
          </div>
          <div>
            <label htmlFor="matter-proposedDecision" className="block text-sm font-medium">
              {t.labels.proposedDecision}
            </label>
            <textarea id="matter-proposedDecision" rows={4} className={inputClass} value={proposedDecision} onChange={(e) => setProposedDecision(e.target.value)} />
            <FieldError id="matter-proposedDecision-error" error={fieldErrors.proposedDecision} />
          </div>
          <div className="flex items-center gap-3">
            <button type="submit" disabled={pending || !dirty} className={primaryButton}>
              {t.savePreparation}
            </button>
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
          <button type="button" disabled={pending} className={primaryButton} onClick={() => doStep('startPreparation')}>
            {t.startPreparation}
          </button>
        ) : null}
        {mayPrepare && allowed.includes('markPrepared') ? (
          <button type="button" disabled={pending || dirty} className={primaryButton} onClick={() => doStep('markPrepared')}>
            {t.markPrepared}
          </button>
        ) : null}
        {mayRaise && allowed.includes('withdraw') ? (
          <button type="button" disabled={pending} className={secondaryButton} onClick={() => doStep('withdraw')}>
            {t.withdraw}
          </button>
        ) : null}
        {mayPrepare && allowed.includes('return') ? (
          <div className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="matter-return-reason" className="block text-xs font-medium text-slate-700">
                {t.labels.returnReason}
              </label>
              <input id="matter-return-reason" className={inputClass} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={fieldErrors.reason ? 'matter-reason-error' : undefined} />
              <FieldError id="matter-reason-error" error={fieldErrors.reason} />
            </div>
            <button type="button" disabled={pending} className={secondaryButton} onClick={() => doStep('return')}>
              {t.returnMatter}
            </button>
          </div>
        ) : null}
      </div>
    </section>
  );
}
