import type { Metadata } from 'next';
import Link from 'next/link';
import { PlanStepper } from '@/components/plan-workflow/plan-stepper';
import {
  CommentForm,
  ConsiderationForm,
  MoveButton,
  ReplyForm,
  SummaryForm,
} from '@/components/plan-workflow/workflow-forms';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { may } from '@/domain/authz/permissions';
import { isPlanBudgetEditable } from '@/domain/budget/sheet-columns';
import { commentPhaseFor, mayCommentOnPlan } from '@/domain/plan/plan-comments';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { format, messages } from '@/i18n/catalog';
import { formatDate, formatLongDate } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getPlanWorkflow, type WorkflowComment } from '@/server/plan/page-readers/get-plan-workflow';

export const metadata: Metadata = { title: messages().planWorkflow.page.title };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[] }>;
}

/** Section numbers (1, 1.1, 1.1.1) from the levels in order. */
function sectionNumbers(levels: number[]): string[] {
  const counters: number[] = [];
  return levels.map((level) => {
    counters.length = level;
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    for (let i = 0; i < level - 1; i++) counters[i] ??= 1;
    return counters.slice(0, level).join('.');
  });
}

export default async function PlanWorkflowPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association, roles } = await requireAssociationAccess(slug, 'plan.read');
  const year = parseYearParam((await searchParams).ar) ?? undefined;
  const view = await getPlanWorkflow(association.id, { year, now: new Date() });
  const t = messages().planWorkflow;
  const p = t.page;
  const base = `/forbund/${association.slug}`;

  if (!view) {
    return (
      <>
        <PageHeader title={p.title} lead={p.lead} />
        <EmptyState title={p.noPlanTitle} body={p.noPlanBody} testId="workflow-no-plan" />
      </>
    );
  }

  const { plan } = view;
  const maySendOn = may(roles, 'plan.sendOn');
  const mayReply =
    may(roles, 'plan.comment.reply') && plan.lockedAt === null && !['ADOPTED', 'REVISED'].includes(plan.status);
  const editable = may(roles, 'plan.edit') && isPlanBudgetEditable(plan);
  const phase = commentPhaseFor(plan.status);
  const mayComment = mayCommentOnPlan(roles, plan.status);
  const numbers = sectionNumbers(view.sections.map((s) => s.level));
  const sectionLabel = new Map(view.sections.map((s, i) => [s.id, `${numbers[i]} ${s.title}`]));
  const bySection = new Map<string | null, WorkflowComment[]>();
  for (const comment of view.comments)
    bySection.set(comment.sectionId, [...(bySection.get(comment.sectionId) ?? []), comment]);
  const commentedSections: (string | null)[] = [
    ...(bySection.has(null) ? [null] : []),
    ...view.sections.filter((s) => bySection.has(s.id)).map((s) => s.id),
  ];
  const matterNumber = view.planMatter ? `${view.planMatter.year}-${view.planMatter.number}` : '';
  const openMatter = view.planMatter && view.planMatter.status !== 'DECIDED';
  const blocked = view.blockingErrors.length > 0;
  const deadlineText = { deadline: formatLongDate(view.deadline.date), days: Math.abs(view.deadline.daysLeft) };

  const moves: {
    step: 'sendToPreparation' | 'sendToConsultation' | 'sendToBoard' | 'returnToDraft';
    label: string;
    blockable: boolean;
  }[] = [];
  if (plan.status === 'DRAFT') moves.push({ step: 'sendToPreparation', label: p.sendToPreparation, blockable: true });
  if (plan.status === 'IN_PREPARATION')
    moves.push({ step: 'sendToConsultation', label: p.sendToConsultation, blockable: true });
  if (plan.status === 'IN_CONSULTATION' && !openMatter)
    moves.push({ step: 'sendToBoard', label: p.sendToBoard, blockable: true });
  if (['IN_PREPARATION', 'IN_CONSULTATION', 'ON_AGENDA'].includes(plan.status))
    moves.push({ step: 'returnToDraft', label: p.returnToDraft, blockable: false });

  return (
    <>
      <PageHeader title={`${p.title}: ${plan.title}`} lead={p.lead}>
        {view.years.length > 1 ? (
          <nav aria-label={p.yearLabel} className="flex flex-wrap gap-2 text-sm">
            {view.years.map((y) => (
              <Link
                key={y}
                href={`${base}/plan/arbetsgang?ar=${y}`}
                aria-current={y === plan.year ? 'page' : undefined}
                className={y === plan.year ? 'font-semibold underline' : 'underline'}
              >
                {y}
              </Link>
            ))}
          </nav>
        ) : null}
      </PageHeader>

      <section className="card mb-6" aria-labelledby="road-title">
        <h2 id="road-title" className="sr-only">
          {p.stepperLabel}
        </h2>
        <PlanStepper steps={view.steps} />
        <p className="mt-3 text-sm" data-testid="workflow-deadline">
          {plan.adoptedAt
            ? format(view.late ? p.adoptedLate : p.adoptedInTime, {
                date: formatLongDate(plan.adoptedAt),
                deadline: deadlineText.deadline,
              })
            : view.deadline.daysLeft > 0
              ? format(p.deadline, deadlineText)
              : view.deadline.daysLeft === 0
                ? format(p.deadlineToday, deadlineText)
                : format(p.deadlinePassed, deadlineText)}
        </p>
        {view.late ? (
          <p className="mt-2">
            <StatusBadge
              label={format(t.dashboard.adoptedLate, { deadline: deadlineText.deadline })}
              tone="negative"
              testId="adopted-late"
            />
          </p>
        ) : null}
        {plan.status === 'ADOPTED' ? <p className="mt-2 text-sm text-slate-700">{p.locked}</p> : null}
        {view.planMatter ? (
          <p className="mt-2 text-sm" data-testid="plan-matter">
            <Link href={`${base}/arenden`} className="underline">
              {format(
                view.planMatter.status === 'ON_AGENDA'
                  ? p.matterOnAgenda
                  : view.planMatter.status === 'DECIDED'
                    ? p.matterDecided
                    : p.waitingForAgenda,
                { number: matterNumber },
              )}
            </Link>
          </p>
        ) : null}
      </section>

      {maySendOn && moves.length > 0 ? (
        <section className="card mb-6" aria-labelledby="send-on-title" data-testid="send-on">
          <h2 id="send-on-title" className="text-lg font-semibold">
            {p.sendOnTitle}
          </h2>
          {blocked ? (
            <Notice tone="danger" title={p.blockingTitle} testId="blocking-errors">
              <ul className="list-disc pl-5">
                {view.blockingErrors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
              <p className="mt-2">
                <Link href={`${base}/budget?ar=${plan.year}`} className="underline">
                  {p.fixInBudget}
                </Link>
              </p>
            </Notice>
          ) : null}
          <div className="mt-3 flex flex-wrap items-start gap-3">
            {moves.map((move) => (
              <MoveButton
                key={move.step}
                slug={association.slug}
                planId={plan.id}
                version={plan.version}
                step={move.step}
                label={move.label}
                disabled={move.blockable && blocked}
              />
            ))}
          </div>
        </section>
      ) : null}

      <section
        id="synpunkter"
        className="card mb-6 scroll-mt-4"
        aria-labelledby="comments-title"
        data-testid="plan-comments"
      >
        <h2 id="comments-title" className="text-lg font-semibold">
          {p.commentsTitle}
        </h2>
        {phase ? <p className="mt-1 text-sm text-slate-700">{p.commentsLead[phase]}</p> : null}
        {mayComment ? (
          <div className="mt-4 rounded-md border border-slate-200 p-4">
            <h3 className="font-semibold">{p.commentTitle}</h3>
            <CommentForm
              slug={association.slug}
              planId={plan.id}
              sections={view.sections.map((s) => ({ id: s.id, label: sectionLabel.get(s.id)! }))}
            />
          </div>
        ) : null}
        {commentedSections.length === 0 ? (
          <p className="mt-3 text-slate-600">{p.noComments}</p>
        ) : (
          <div className="mt-4 grid gap-5">
            {commentedSections.map((sectionId) => (
              <div key={sectionId ?? 'plan'} data-testid="comment-section">
                <h3 className="font-semibold">{sectionId ? sectionLabel.get(sectionId) : p.wholePlan}</h3>
                <ul className="mt-2 grid gap-3">
                  {bySection.get(sectionId)!.map((comment) => (
                    <li
                      key={comment.id}
                      id={`synpunkt-${comment.id}`}
                      className="scroll-mt-4 rounded-md border border-slate-200 p-3 target:border-accent-600"
                      data-testid="plan-comment"
                    >
                      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                        <StatusBadge
                          label={p.phase[comment.phase]}
                          tone={comment.phase === 'PREPARATION' ? 'info' : 'attention'}
                        />
                        {format(p.by, { name: comment.author, date: formatDate(comment.createdAt) })}
                      </p>
                      <p className="mt-1 whitespace-pre-line">{comment.body}</p>
                      {comment.reply ? (
                        <div className="mt-2 border-l-4 border-accent-100 pl-3" data-testid="comment-reply">
                          <p className="text-sm text-slate-600">
                            {format(p.repliedBy, {
                              name: comment.repliedBy ?? '',
                              date: comment.repliedAt ? formatDate(comment.repliedAt) : '',
                            })}
                          </p>
                          <p className="whitespace-pre-line">{comment.reply}</p>
                        </div>
                      ) : (
                        <p className="mt-2">
                          <StatusBadge label={p.awaitingReply} tone="neutral" />
                        </p>
                      )}
                      {mayReply ? (
                        <ReplyForm
                          slug={association.slug}
                          commentId={comment.id}
                          version={comment.version}
                          initial={comment.reply}
                        />
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </section>

      <section className="card mb-6" aria-labelledby="summary-title" data-testid="consultation-summary">
        <h2 id="summary-title" className="text-lg font-semibold">
          {p.summaryTitle}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{p.summaryLead}</p>
        <div className="mt-3">
          {editable ? (
            <SummaryForm
              slug={association.slug}
              planId={plan.id}
              version={plan.version}
              initial={plan.consultationSummary}
            />
          ) : (
            <p className="whitespace-pre-line">{plan.consultationSummary ?? p.summaryEmpty}</p>
          )}
        </div>
      </section>

      <section className="card mb-6" aria-labelledby="conclusions-title" data-testid="consultation-conclusions">
        <h2 id="conclusions-title" className="text-lg font-semibold">
          {format(p.conclusionsTitle, { year: plan.year - 1 })}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{p.conclusionsLead}</p>
        {view.conclusions.length === 0 ? (
          <p className="mt-3 text-slate-600">{format(p.noConclusions, { year: plan.year - 1 })}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {view.conclusions.map((c) => (
              <li key={c.id} className="py-3" data-testid="conclusion">
                <p className="font-medium">{c.question}</p>
                <p className="mt-1 whitespace-pre-line">{c.conclusion}</p>
                {editable ? (
                  <ConsiderationForm
                    slug={association.slug}
                    planId={plan.id}
                    conclusionId={c.id}
                    initial={c.consideration}
                  />
                ) : (
                  <div className="mt-2 border-l-4 border-slate-200 pl-3">
                    <p className="text-sm font-medium text-slate-700">{p.considerationLabel}</p>
                    <p className="whitespace-pre-line" data-testid="consideration">
                      {c.consideration?.text || p.notConsidered}
                    </p>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 text-sm">
          <Link href={`${base}/plan/medlemssamrad?ar=${plan.year - 1}`} className="underline">
            {t.consultation.title}
          </Link>
        </p>
      </section>
    </>
  );
}
