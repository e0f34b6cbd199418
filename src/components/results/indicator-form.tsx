'use client';

import { useState } from 'react';
import { saveIndicatorResultAction } from '@/actions/results';
import { messages } from '@/i18n/catalog';
import { FieldError } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { useServerAction } from '@/components/ui/use-server-action';
import { SaveFooter } from '@/components/ui/save-footer';

/** Answers to one indicator question; choosing a stored question fills in its figures. */
export function IndicatorForm(props: {
  slug: string;
  interventionId: string;
  year: number;
  suggestions: string[];
  stored: { question: string; answers: number; agreeing: number; note: string; version: number }[];
}) {
  const t = messages().results.indicators;
  const [question, setQuestion] = useState(props.suggestions[0] ?? '');
  const stored = props.stored.find((s) => s.question === question.trim()) ?? null;
  const [answers, setAnswers] = useState(stored ? String(stored.answers) : '');
  const [agreeing, setAgreeing] = useState(stored ? String(stored.agreeing) : '');
  const [note, setNote] = useState(stored?.note ?? '');
  const { run, busy, message, fieldErrors: errors } = useServerAction();
  const [saved, setSaved] = useState(false);
  const pick = (text: string) => {
    setQuestion(text);
    const s = props.stored.find((row) => row.question === text.trim());
    setAnswers(s ? String(s.answers) : '');
    setAgreeing(s ? String(s.agreeing) : '');
    setNote(s?.note ?? '');
  };
  return (
    <form
      className="grid gap-3"
      data-testid="indicator-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await run(() =>
          saveIndicatorResultAction(props.slug, {
            interventionId: props.interventionId,
            year: props.year,
            question,
            answers: Number(answers || 0),
            agreeing: Number(agreeing || 0),
            note,
            version: stored?.version ?? null,
          }),
        );
        setSaved(result.ok);
      }}
    >
      <div>
        <label htmlFor="indicator-question" className="text-sm font-medium">
          {t.question}
        </label>
        <Input
          id="indicator-question"
          list="indicator-questions"
          value={question}
          onChange={(event) => pick(event.target.value)}
          aria-describedby={errors.question ? 'indicator-question-error' : undefined}
        />
        <datalist id="indicator-questions">
          {[...new Set([...props.suggestions, ...props.stored.map((s) => s.question)])].map((q) => (
            <option key={q} value={q} />
          ))}
        </datalist>
        <FieldError id="indicator-question-error" error={errors.question} />
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="indicator-answers" className="text-sm font-medium">
            {t.answers}
          </label>
          <Input
            id="indicator-answers"
            inputMode="numeric"
            value={answers}
            onChange={(event) => setAnswers(event.target.value)}
          />
          <FieldError id="indicator-answers-error" error={errors.answers} />
        </div>
        <div>
          <label htmlFor="indicator-agreeing" className="text-sm font-medium">
            {t.agreeing}
          </label>
          <Input
            id="indicator-agreeing"
            inputMode="numeric"
            value={agreeing}
            onChange={(event) => setAgreeing(event.target.value)}
          />
          <FieldError id="indicator-agreeing-error" error={errors.agreeing} />
        </div>
      </div>
      <div>
        <label htmlFor="indicator-note" className="text-sm font-medium">
          {t.note}
        </label>
        <Input id="indicator-note" value={note} onChange={(event) => setNote(event.target.value)} />
        <FieldError id="indicator-note-error" error={errors.note} />
      </div>
      <FormError message={message} />
      <SaveFooter saved={saved} savedText={t.saved} busy={busy} label={t.save} />
    </form>
  );
}
