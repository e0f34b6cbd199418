'use client';

import { useState } from 'react';
import { recordDecisionAction } from '@/actions/minutes';
import { messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Textarea } from '@/components/ui/textarea';
import { useServerAction } from '@/components/ui/use-server-action';

interface Props {
  slug: string;
  paragraph: {
    id: string;
    number: number;
    version: number;
    decisionText: string;
    concernsPlan: boolean;
    concernsIntervention: boolean;
    hasMatter: boolean;
  };
}

/** Records the paragraph's decision; for a plan paragraph "adopts the plan" is ticked from the start. */
export function DecisionForm({ slug, paragraph }: Props) {
  const t = messages().minutes.decisionForm;
  const { busy, message: error, fieldErrors, run } = useServerAction();
  const [text, setText] = useState(paragraph.decisionText);
  const [outcome, setOutcome] = useState<'DECIDED' | 'RETURNED'>('DECIDED');
  const [returnReason, setReturnReason] = useState('');
  const [adoptsPlan, setAdoptsPlan] = useState(paragraph.concernsPlan);
  const [fundsIntervention, setFundsIntervention] = useState(false);
  const prefix = `decision-${paragraph.id}`;

  return (
    <form
      className="mt-3 grid gap-3 rounded border border-slate-200 p-3"
      aria-label={`${t.title} § ${paragraph.number}`}
      data-testid="decision-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() =>
          recordDecisionAction(slug, {
            paragraphId: paragraph.id,
            version: paragraph.version,
            text,
            outcome,
            returnReason,
            adoptsPlan: outcome === 'DECIDED' && adoptsPlan,
            fundsIntervention: outcome === 'DECIDED' && fundsIntervention,
          }),
        );
      }}
    >
      <h4 className="font-semibold">{t.title}</h4>
      <div>
        <label htmlFor={`${prefix}-text`} className="text-sm font-medium">
          {t.text}
        </label>
        <Textarea
          id={`${prefix}-text`}
          rows={2}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={fieldErrors.text ? `${prefix}-text-error` : undefined}
        />
        <FieldError id={`${prefix}-text-error`} error={fieldErrors.text} />
      </div>
      {paragraph.hasMatter ? (
        <fieldset>
          <legend className="text-sm font-medium">{t.outcome}</legend>
          <div className="mt-1 flex gap-4 text-sm">
            <label className="flex items-center gap-1">
              <input
                type="radio"
                name={`${prefix}-outcome`}
                checked={outcome === 'DECIDED'}
                onChange={() => setOutcome('DECIDED')}
              />
              {t.decided}
            </label>
            <label className="flex items-center gap-1">
              <input
                type="radio"
                name={`${prefix}-outcome`}
                checked={outcome === 'RETURNED'}
                onChange={() => setOutcome('RETURNED')}
              />
              {t.returned}
            </label>
          </div>
        </fieldset>
      ) : null}
      {outcome === 'RETURNED' ? (
        <div>
          <label htmlFor={`${prefix}-reason`} className="text-sm font-medium">
            {t.returnReason}
          </label>
          <Textarea
            id={`${prefix}-reason`}
            rows={2}
            value={returnReason}
            onChange={(event) => setReturnReason(event.target.value)}
          />
          <FieldError id={`${prefix}-reason-error`} error={fieldErrors.returnReason} />
        </div>
      ) : null}
      {outcome === 'DECIDED' && paragraph.concernsPlan ? (
        <div>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={adoptsPlan}
              onChange={(event) => setAdoptsPlan(event.target.checked)}
              data-testid="decision-adopts-plan"
            />
            {t.adoptsPlan}
          </label>
          <FieldError id={`${prefix}-adopts-error`} error={fieldErrors.adoptsPlan} />
        </div>
      ) : null}
      {outcome === 'DECIDED' && paragraph.concernsIntervention ? (
        <div>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={fundsIntervention}
              onChange={(event) => setFundsIntervention(event.target.checked)}
            />
            {t.fundsIntervention}
          </label>
          <FieldError id={`${prefix}-funds-error`} error={fieldErrors.fundsIntervention} />
        </div>
      ) : null}
      <FormError message={error} testId="decision-error" />
      <div>
        <Button type="submit" busy={busy} data-testid="decision-submit">
          {t.submit}
        </Button>
      </div>
    </form>
  );
}
