'use client';

import { useId, useState } from 'react';
import {
  commentPlanAction,
  movePlanAction,
  removeConclusionAction,
  replyToCommentAction,
  saveConclusionAction,
  saveConsiderationAction,
  saveSummaryAction,
} from '@/actions/plan-workflow';
import { messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useServerAction } from '@/components/ui/use-server-action';

export function MoveButton(props: {
  slug: string;
  planId: string;
  version: number;
  step: 'sendToPreparation' | 'sendToConsultation' | 'sendToBoard' | 'returnToDraft';
  label: string;
  disabled?: boolean;
}) {
  const { busy, message, fieldErrors, run } = useServerAction();
  const error = Object.values(fieldErrors).join(' ') || message;
  return (
    <div>
      <Button
        variant={props.step === 'returnToDraft' ? 'secondary' : 'primary'}
        busy={busy}
        disabled={props.disabled}
        data-testid={`workflow-${props.step}`}
        onClick={() =>
          run(() => movePlanAction(props.slug, { planId: props.planId, version: props.version, step: props.step }))
        }
      >
        {props.label}
      </Button>
      <FormError message={error} testId="workflow-error" className="mt-2" />
    </div>
  );
}

export function CommentForm(props: { slug: string; planId: string; sections: { id: string; label: string }[] }) {
  const t = messages().planWorkflow.page;
  const id = useId();
  const [sectionId, setSectionId] = useState('');
  const [body, setBody] = useState('');
  const [saved, setSaved] = useState(false);
  const { busy, message, fieldErrors, run } = useServerAction();
  return (
    <form
      className="grid gap-3"
      data-testid="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void run(
          () =>
            commentPlanAction(props.slug, {
              planId: props.planId,
              sectionId: sectionId === '' ? null : sectionId,
              body,
            }),
          () => {
            setBody('');
            setSaved(true);
          },
        );
      }}
    >
      <ChoiceField
        id={`${id}-section`}
        label={t.commentSection}
        error={fieldErrors.sectionId}
        none={t.wholePlan}
        choices={props.sections}
        value={sectionId}
        onChange={setSectionId}
      />
      <Field id={`${id}-body`} label={t.comment} labelClassName="text-sm font-medium" error={fieldErrors.body}>
        <Textarea rows={3} value={body} onChange={(event) => setBody(event.target.value)} />
      </Field>
      <div>
        <Button type="submit" busy={busy}>
          {t.commentSubmit}
        </Button>
        <SavedNote text={saved ? t.commentSaved : null} />
      </div>
      {Object.keys(fieldErrors).length === 0 ? <FormError message={message} /> : null}
    </form>
  );
}

export function ReplyForm(props: { slug: string; commentId: string; version: number; initial: string | null }) {
  const t = messages().planWorkflow.page;
  const [reply, setReply] = useState(props.initial ?? '');
  const { busy, message, fieldErrors, run } = useServerAction();
  const error = Object.values(fieldErrors).join(' ') || message;
  return (
    <TextForm
      className="mt-2"
      testId="reply-form"
      label={t.reply}
      rows={2}
      value={reply}
      onChange={setReply}
      submitLabel={t.replySubmit}
      submitVariant="secondary"
      busy={busy}
      error={error}
      onSubmit={() => {
        void run(() => replyToCommentAction(props.slug, { commentId: props.commentId, version: props.version, reply }));
      }}
    />
  );
}

export function SummaryForm(props: { slug: string; planId: string; version: number; initial: string | null }) {
  const t = messages().planWorkflow.page;
  const [summary, setSummary] = useState(props.initial ?? '');
  const [saved, setSaved] = useState(false);
  const { busy, message, fieldErrors, run } = useServerAction();
  const error = Object.values(fieldErrors).join(' ') || message;
  return (
    <TextForm
      testId="summary-form"
      label={t.summaryLabel}
      rows={5}
      value={summary}
      onChange={setSummary}
      submitLabel={t.summarySubmit}
      busy={busy}
      saved={saved ? t.saved : null}
      error={error}
      onSubmit={() => {
        setSaved(false);
        void run(
          () => saveSummaryAction(props.slug, { planId: props.planId, version: props.version, summary }),
          () => setSaved(true),
        );
      }}
    />
  );
}

export function ConsiderationForm(props: {
  slug: string;
  planId: string;
  conclusionId: string;
  initial: { text: string; version: number } | null;
}) {
  const t = messages().planWorkflow.page;
  const [text, setText] = useState(props.initial?.text ?? '');
  const [saved, setSaved] = useState(false);
  const { busy, message, fieldErrors, run } = useServerAction();
  const error = Object.values(fieldErrors).join(' ') || message;
  return (
    <TextForm
      className="mt-2"
      testId="consideration-form"
      label={t.considerationLabel}
      rows={2}
      value={text}
      onChange={setText}
      submitLabel={t.considerationSubmit}
      submitVariant="secondary"
      busy={busy}
      saved={saved ? t.saved : null}
      error={error}
      onSubmit={() => {
        setSaved(false);
        void run(
          () =>
            saveConsiderationAction(props.slug, {
              planId: props.planId,
              conclusionId: props.conclusionId,
              text,
              version: props.initial?.version ?? null,
            }),
          () => setSaved(true),
        );
      }}
    />
  );
}

export interface ConclusionFormValue {
  id: string;
  version: number;
  meetingId: string | null;
  question: string;
  conclusion: string;
}

export function ConclusionForm(props: {
  slug: string;
  year: number;
  meetings: { id: string; label: string }[];
  value: ConclusionFormValue | null;
  onDone?: () => void;
}) {
  const t = messages().planWorkflow.consultation;
  const base = useId();
  const [question, setQuestion] = useState(props.value?.question ?? '');
  const [conclusion, setConclusion] = useState(props.value?.conclusion ?? '');
  const [meetingId, setMeetingId] = useState(props.value?.meetingId ?? props.meetings[0]?.id ?? '');
  const { busy, message, fieldErrors, run } = useServerAction();
  return (
    <form
      className="grid gap-3"
      data-testid="conclusion-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(
          () =>
            saveConclusionAction(props.slug, {
              conclusionId: props.value?.id ?? null,
              version: props.value?.version ?? null,
              year: props.year,
              meetingId: meetingId === '' ? null : meetingId,
              question,
              conclusion,
            }),
          () => {
            if (!props.value) {
              setQuestion('');
              setConclusion('');
            }
            props.onDone?.();
          },
        );
      }}
    >
      <ChoiceField
        id={`${base}-meeting`}
        label={t.meeting}
        error={fieldErrors.meetingId}
        none={t.noMeeting}
        choices={props.meetings}
        value={meetingId}
        onChange={setMeetingId}
      />
      <Field
        id={`${base}-question`}
        label={t.question}
        labelClassName="text-sm font-medium"
        error={fieldErrors.question}
      >
        <Textarea rows={2} value={question} onChange={(event) => setQuestion(event.target.value)} />
      </Field>
      <Field
        id={`${base}-conclusion`}
        label={t.conclusion}
        labelClassName="text-sm font-medium"
        error={fieldErrors.conclusion}
      >
        <Textarea rows={3} value={conclusion} onChange={(event) => setConclusion(event.target.value)} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" busy={busy}>
          {props.value ? t.save : t.add}
        </Button>
        {props.onDone && props.value ? (
          <Button variant="secondary" onClick={props.onDone}>
            {t.cancel}
          </Button>
        ) : null}
      </div>
      {Object.keys(fieldErrors).length === 0 ? <FormError message={message} /> : null}
    </form>
  );
}

export function ConclusionRow(props: {
  slug: string;
  year: number;
  meetings: { id: string; label: string }[];
  value: ConclusionFormValue;
  meetingLabel: string | null;
  mayRecord: boolean;
}) {
  const t = messages().planWorkflow.consultation;
  const [editing, setEditing] = useState(false);
  const { busy, message, fieldErrors, run } = useServerAction();
  const error = Object.values(fieldErrors).join(' ') || message;
  if (editing) {
    return (
      <li className="py-3" data-testid="conclusion">
        <ConclusionForm
          slug={props.slug}
          year={props.year}
          meetings={props.meetings}
          value={props.value}
          onDone={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="py-3" data-testid="conclusion">
      <p className="font-medium">{props.value.question}</p>
      <p className="mt-1 whitespace-pre-line text-slate-800">{props.value.conclusion}</p>
      {props.meetingLabel ? <p className="mt-1 text-sm text-slate-600">{props.meetingLabel}</p> : null}
      {props.mayRecord ? (
        <div className="mt-2 flex gap-2">
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t.edit}
          </Button>
          <Button
            variant="secondary"
            busy={busy}
            onClick={() => {
              if (window.confirm(t.confirmRemove))
                void run(() =>
                  removeConclusionAction(props.slug, { conclusionId: props.value.id, version: props.value.version }),
                );
            }}
          >
            {t.remove}
          </Button>
        </div>
      ) : null}
      <FormError message={error} className="mt-2" />
    </li>
  );
}

/** The "saved" note beside a submit button; renders nothing without text. */
function SavedNote({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <span role="status" className="ml-3 text-sm text-accent-800">
      {text}
    </span>
  );
}

/** A labelled select with a "none" choice (the empty value) before the given ones. */
function ChoiceField(props: {
  id: string;
  label: string;
  error: string | undefined;
  none: string;
  choices: { id: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={props.id} label={props.label} labelClassName="text-sm font-medium" error={props.error}>
      <Select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">{props.none}</option>
        {props.choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** One labelled text area with its submit button, the "saved" note (`saved`) and the form's error under it. */
function TextForm(props: {
  testId: string;
  className?: string;
  label: string;
  rows: number;
  value: string;
  onChange: (value: string) => void;
  submitLabel: string;
  submitVariant?: 'secondary';
  busy: boolean;
  saved?: string | null;
  error: string | null;
  onSubmit: () => void;
}) {
  const id = useId();
  return (
    <form
      className={props.className}
      data-testid={props.testId}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <label htmlFor={id} className="text-sm font-medium">
        {props.label}
      </label>
      <Textarea
        id={id}
        rows={props.rows}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <Button type="submit" variant={props.submitVariant} className="mt-2" busy={props.busy}>
        {props.submitLabel}
      </Button>
      <SavedNote text={props.saved ?? null} />
      <FormError message={props.error} className="mt-2" />
    </form>
  );
}
