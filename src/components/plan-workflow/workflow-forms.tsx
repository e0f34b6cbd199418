'use client';

import { useRouter } from 'next/navigation';
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
import type { ActionResult } from '@/server/kernel/action-result';

const button = 'rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-50';
const primary = `${button} bg-accent-700 text-white hover:bg-accent-800`;
const secondary = `${button} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`;
const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm';

type Result = ActionResult<unknown, unknown>;

/** Runs an action, refreshes the page on success and keeps the refusal's Swedish message (per field when there are fields). */
function useRun() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  async function run(action: () => Promise<Result>, onOk?: () => void): Promise<boolean> {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    const result = await action();
    setBusy(false);
    if (result.ok) {
      onOk?.();
      router.refresh();
      return true;
    }
    if (result.code === 'VALIDATION') setFieldErrors(result.fieldErrors);
    setError(result.code === 'VALIDATION' ? Object.values(result.fieldErrors).join(' ') : result.message);
    return false;
  }
  return { busy, error, fieldErrors, run };
}

function ErrorText({ error, testId }: { error: string | null; testId?: string }) {
  return error ? (
    <p role="alert" className="mt-2 text-sm text-red-700" data-testid={testId}>
      {error}
    </p>
  ) : null;
}

export function MoveButton(props: { slug: string; planId: string; version: number; step: 'sendToPreparation' | 'sendToConsultation' | 'sendToBoard' | 'returnToDraft'; label: string; disabled?: boolean }) {
  const { busy, error, run } = useRun();
  return (
    <div>
      <button
        type="button"
        className={props.step === 'returnToDraft' ? secondary : primary}
        disabled={busy || props.disabled}
        data-testid={`workflow-${props.step}`}
        onClick={() => run(() => movePlanAction(props.slug, { planId: props.planId, version: props.version, step: props.step }))}
      >
        {props.label}
      </button>
      <ErrorText error={error} testId="workflow-error" />
    </div>
  );
}

export function CommentForm(props: { slug: string; planId: string; sections: { id: string; label: string }[] }) {
  const t = messages().planWorkflow.page;
  const id = useId();
  const [sectionId, setSectionId] = useState('');
  const [body, setBody] = useState('');
  const [saved, setSaved] = useState(false);
  const { busy, error, fieldErrors, run } = useRun();
  return (
    <form
      className="grid gap-3"
      data-testid="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void run(
          () => commentPlanAction(props.slug, { planId: props.planId, sectionId: sectionId === '' ? null : sectionId, body }),
          () => {
            setBody('');
            setSaved(true);
          },
        );
      }}
    >
      <div>
        <label htmlFor={`${id}-section`} className="text-sm font-medium">
          {t.commentSection}
        </label>
        <select id={`${id}-section`} className={inputClass} value={sectionId} onChange={(event) => setSectionId(event.target.value)}>
          <option value="">{t.wholePlan}</option>
          {props.sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.label}
            </option>
          ))}
        </select>
        {fieldErrors.sectionId ? <p className="mt-1 text-sm text-red-700">{fieldErrors.sectionId}</p> : null}
      </div>
      <div>
        <label htmlFor={`${id}-body`} className="text-sm font-medium">
          {t.comment}
        </label>
        <textarea id={`${id}-body`} className={inputClass} rows={3} value={body} onChange={(event) => setBody(event.target.value)} aria-invalid={Boolean(fieldErrors.body)} />
        {fieldErrors.body ? <p className="mt-1 text-sm text-red-700">{fieldErrors.body}</p> : null}
      </div>
      <div>
        <button type="submit" className={primary} disabled={busy}>
          {t.commentSubmit}
        </button>
        {saved ? (
          <span role="status" className="ml-3 text-sm text-accent-800">
            {t.commentSaved}
          </span>
        ) : null}
      </div>
      {error && Object.keys(fieldErrors).length === 0 ? <ErrorText error={error} /> : null}
    </form>
  );
}

export function ReplyForm(props: { slug: string; commentId: string; version: number; initial: string | null }) {
  const t = messages().planWorkflow.page;
  const id = useId();
  const [reply, setReply] = useState(props.initial ?? '');
  const { busy, error, run } = useRun();
  return (
    <form
      className="mt-2"
      data-testid="reply-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => replyToCommentAction(props.slug, { commentId: props.commentId, version: props.version, reply }));
      }}
    >
      <label htmlFor={id} className="text-sm font-medium">
        {t.reply}
      </label>
      <textarea id={id} className={inputClass} rows={2} value={reply} onChange={(event) => setReply(event.target.value)} />
      <button type="submit" className={`${secondary} mt-2`} disabled={busy}>
        {t.replySubmit}
      </button>
      <ErrorText error={error} />
    </form>
  );
}

export function SummaryForm(props: { slug: string; planId: string; version: number; initial: string | null }) {
  const t = messages().planWorkflow.page;
  const id = useId();
  const [summary, setSummary] = useState(props.initial ?? '');
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useRun();
  return (
    <form
      data-testid="summary-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void run(() => saveSummaryAction(props.slug, { planId: props.planId, version: props.version, summary }), () => setSaved(true));
      }}
    >
      <label htmlFor={id} className="text-sm font-medium">
        {t.summaryLabel}
      </label>
      <textarea id={id} className={inputClass} rows={5} value={summary} onChange={(event) => setSummary(event.target.value)} />
      <button type="submit" className={`${primary} mt-2`} disabled={busy}>
        {t.summarySubmit}
      </button>
      {saved ? (
        <span role="status" className="ml-3 text-sm text-accent-800">
          {t.saved}
        </span>
      ) : null}
      <ErrorText error={error} />
    </form>
  );
}

export function ConsiderationForm(props: { slug: string; planId: string; conclusionId: string; initial: { text: string; version: number } | null }) {
  const t = messages().planWorkflow.page;
  const id = useId();
  const [text, setText] = useState(props.initial?.text ?? '');
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useRun();
  return (
    <form
      className="mt-2"
      data-testid="consideration-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void run(() => saveConsiderationAction(props.slug, { planId: props.planId, conclusionId: props.conclusionId, text, version: props.initial?.version ?? null }), () => setSaved(true));
      }}
    >
      <label htmlFor={id} className="text-sm font-medium">
        {t.considerationLabel}
      </label>
      <textarea id={id} className={inputClass} rows={2} value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit" className={`${secondary} mt-2`} disabled={busy}>
        {t.considerationSubmit}
      </button>
      {saved ? (
        <span role="status" className="ml-3 text-sm text-accent-800">
          {t.saved}
        </span>
      ) : null}
      <ErrorText error={error} />
    </form>
  );
}

export interface ConclusionFormValue {
  id: string;
  version: number;
  meetingId: string | null;
  question: string;
  conclusion: string;
}

export function ConclusionForm(props: { slug: string; year: number; meetings: { id: string; label: string }[]; value: ConclusionFormValue | null; onDone?: () => void }) {
  const t = messages().planWorkflow.consultation;
  const base = useId();
  const [question, setQuestion] = useState(props.value?.question ?? '');
  const [conclusion, setConclusion] = useState(props.value?.conclusion ?? '');
  const [meetingId, setMeetingId] = useState(props.value?.meetingId ?? props.meetings[0]?.id ?? '');
  const { busy, error, fieldErrors, run } = useRun();
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
      <div>
        <label htmlFor={`${base}-meeting`} className="text-sm font-medium">
          {t.meeting}
        </label>
        <select id={`${base}-meeting`} className={inputClass} value={meetingId} onChange={(event) => setMeetingId(event.target.value)}>
          <option value="">{t.noMeeting}</option>
          {props.meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
        {fieldErrors.meetingId ? <p className="mt-1 text-sm text-red-700">{fieldErrors.meetingId}</p> : null}
      </div>
      <div>
        <label htmlFor={`${base}-question`} className="text-sm font-medium">
          {t.question}
        </label>
        <textarea id={`${base}-question`} className={inputClass} rows={2} value={question} onChange={(event) => setQuestion(event.target.value)} aria-invalid={Boolean(fieldErrors.question)} />
        {fieldErrors.question ? <p className="mt-1 text-sm text-red-700">{fieldErrors.question}</p> : null}
      </div>
      <div>
        <label htmlFor={`${base}-conclusion`} className="text-sm font-medium">
          {t.conclusion}
        </label>
        <textarea id={`${base}-conclusion`} className={inputClass} rows={3} value={conclusion} onChange={(event) => setConclusion(event.target.value)} aria-invalid={Boolean(fieldErrors.conclusion)} />
        {fieldErrors.conclusion ? <p className="mt-1 text-sm text-red-700">{fieldErrors.conclusion}</p> : null}
      </div>
      <div className="flex gap-2">
        <button type="submit" className={primary} disabled={busy}>
          {props.value ? t.save : t.add}
        </button>
        {props.onDone && props.value ? (
          <button type="button" className={secondary} onClick={props.onDone}>
            {t.cancel}
          </button>
        ) : null}
      </div>
      {error && Object.keys(fieldErrors).length === 0 ? <ErrorText error={error} /> : null}
    </form>
  );
}

export function ConclusionRow(props: { slug: string; year: number; meetings: { id: string; label: string }[]; value: ConclusionFormValue; meetingLabel: string | null; mayRecord: boolean }) {
  const t = messages().planWorkflow.consultation;
  const [editing, setEditing] = useState(false);
  const { busy, error, run } = useRun();
  if (editing) {
    return (
      <li className="py-3" data-testid="conclusion">
        <ConclusionForm slug={props.slug} year={props.year} meetings={props.meetings} value={props.value} onDone={() => setEditing(false)} />
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
          <button type="button" className={secondary} onClick={() => setEditing(true)}>
            {t.edit}
          </button>
          <button
            type="button"
            className={secondary}
            disabled={busy}
            onClick={() => {
              if (window.confirm(t.confirmRemove)) void run(() => removeConclusionAction(props.slug, { conclusionId: props.value.id, version: props.value.version }));
            }}
          >
            {t.remove}
          </button>
        </div>
      ) : null}
      <ErrorText error={error} />
    </li>
  );
}
