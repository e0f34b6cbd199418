import 'server-only';
import { z } from 'zod';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { nextMatterStatus } from '@/domain/matter/matter-status';
import { decisionEffectiveAt } from '@/domain/minutes/decision-date';
import { nextPlanStatus } from '@/domain/plan/plan-workflow';
import { format, messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import type { Prisma } from '@/generated/prisma/client';
import { loadQuorum } from '@/server/meeting/load-quorum';
import { adoptPlanByDecision } from '@/server/plan/plan-workflow-hooks';
import { loadAssociationRules } from '@/server/settings/load-association-rules';
import { ConflictError, FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import {
  assertMeetingDayHasCome,
  findParagraph,
  inMinutesTransaction,
  isUniqueViolation,
  openMinutes,
  quorumMessage,
} from './minutes-context';
import { voidStaleApprovals } from '@/server/minutes-adjustment/void-stale-approvals';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const t = () => messages().minutes.errors;

const schema = z.object({
  associationId: id,
  paragraphId: id,
  /** The paragraph's version the form was showing. */
  version,
  text: z
    .string({ error: () => t().decisionTextRequired })
    .trim()
    .min(1, { error: () => t().decisionTextRequired })
    .max(20_000, { error: () => t().textTooLong }),
  /** DECIDED: the matter is decided. RETURNED: it is sent back (återremiss) for more preparation. */
  outcome: z.enum(['DECIDED', 'RETURNED']).default('DECIDED'),
  returnReason: z.string().trim().max(5_000).default(''),
  /** The decision adopts the paragraph's plan (the plan of its PLAN matter, or the plan it links). */
  adoptsPlan: z.boolean().default(false),
  /** The decision funds the paragraph's intervention (its own link, or the matter's). */
  fundsIntervention: z.boolean().default(false),
});

export type RecordDecisionInput = z.input<typeof schema>;

export interface RecordedDecision {
  decisionId: string;
  matterStatus: string | null;
  planAdopted: { planId: string; late: boolean } | null;
  interventionFunded: string | null;
  /** ADR 034: when the decision takes effect; null until the minutes are locked (the association's rule). */
  effectiveAt: Date | null;
}

/**
 * Records the decision of a paragraph. Only once the meeting's day has come (Swedish calendar day)
 * and in a meeting with quorum. The decision is dated the meeting (decidedAt = startsAt). In the same
 * transaction: the matter becomes DECIDED (or RETURNED), the plan is adopted when the decision says so
 * (only the board adopts), and a funded intervention gets the decision as its funding decision. When
 * the association's rule says decisions need adjusted minutes (ADR 034), the decision has no
 * effectiveAt yet: the plan is adopted and the intervention DECIDED when the minutes are locked
 * (onMinutesLocked), not now.
 */
export async function recordDecision(
  input: RecordDecisionInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<RecordedDecision> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  await assertPermission(actor.personId, parsed.associationId, 'minutes.write', { db, now });
  if (parsed.outcome === 'RETURNED' && !parsed.returnReason)
    throw new FieldValidationError({ returnReason: t().returnReasonRequired });
  if (parsed.outcome === 'RETURNED' && parsed.adoptsPlan)
    throw new FieldValidationError({ adoptsPlan: t().adoptsPlanReturned });

  try {
    return await inMinutesTransaction(db, async (tx) => {
      const paragraph = await findParagraph(tx, parsed.associationId, parsed.paragraphId);
      const meeting = await openMinutes(tx, parsed.associationId, paragraph.meetingId);
      assertMeetingDayHasCome(meeting.startsAt, now);
      if (paragraph.decision) throw new ConflictError(t().decisionExists);
      if (paragraph.version !== parsed.version) {
        throw new StaleVersionError({
          version: paragraph.version,
          title: paragraph.title,
          discussion: paragraph.discussion,
          decisionText: paragraph.decisionText,
        });
      }

      const quorum = await loadQuorum(tx, meeting.id);
      if (!quorum.hasQuorum) throw new ConflictError(quorumMessage(t().noQuorum, quorum));

      const matter = paragraph.matterId
        ? await tx.matter.findFirst({
            where: { id: paragraph.matterId, associationId: parsed.associationId },
            select: {
              id: true,
              kind: true,
              status: true,
              planId: true,
              interventionId: true,
              returnReason: true,
              version: true,
            },
          })
        : null;
      const planId = paragraph.planId ?? (matter?.kind === 'PLAN' ? matter.planId : null);
      const interventionId = paragraph.interventionId ?? matter?.interventionId ?? null;
      if (parsed.adoptsPlan && !planId) throw new FieldValidationError({ adoptsPlan: t().adoptsPlanWithoutPlan });
      if (parsed.adoptsPlan && meeting.body !== 'BOARD')
        throw new FieldValidationError({ adoptsPlan: t().adoptsPlanNotBoard });
      if (parsed.fundsIntervention && !interventionId)
        throw new FieldValidationError({ fundsIntervention: t().fundsWithoutIntervention });

      const rules = await loadAssociationRules(tx, parsed.associationId, calendarDateIn(meeting.startsAt).year);
      const effectiveAt = decisionEffectiveAt({
        decidedAt: meeting.startsAt,
        needsAdjustedMinutes: rules.decisionsNeedAdjustedMinutes,
        minutesLockedAt: meeting.minutesLockedAt,
      });
      const pendingPlanId = parsed.adoptsPlan && planId && effectiveAt === null ? planId : null;
      if (pendingPlanId) await assertPlanAdoptable(tx, parsed.associationId, pendingPlanId);

      const decision = await tx.decision.create({
        data: {
          associationId: parsed.associationId,
          meetingId: meeting.id,
          paragraphId: paragraph.id,
          matterId: matter?.id ?? null,
          text: parsed.text,
          decidedAt: meeting.startsAt,
          effectiveAt,
          pendingPlanId,
        },
      });
      await tx.minutesParagraph.update({
        where: { id: paragraph.id },
        data: { decisionText: parsed.text, version: { increment: 1 } },
      });
      await writeAuditEntry(tx, {
        associationId: parsed.associationId,
        personId: actor.personId,
        action: 'minutes.decisionRecorded',
        entityType: 'Decision',
        entityId: decision.id,
        data: {
          after: {
            paragraphId: paragraph.id,
            meetingId: meeting.id,
            matterId: matter?.id ?? null,
            text: parsed.text,
            outcome: parsed.outcome,
            decidedAt: meeting.startsAt.toISOString(),
            effectiveAt: effectiveAt?.toISOString() ?? null,
            pendingPlanId,
            votingPresent: quorum.votingPresent,
            required: quorum.required,
          },
        },
      });

      let matterStatus: string | null = null;
      if (matter) {
        const next = nextMatterStatus(matter.status, parsed.outcome === 'RETURNED' ? 'return' : 'decide');
        if (!next)
          throw new ConflictError(
            format(t().matterTransition, { status: messages().areas.matterStatus[matter.status] }),
          );
        const returnReason = parsed.outcome === 'RETURNED' ? parsed.returnReason : undefined;
        const updated = await tx.matter.updateMany({
          where: { id: matter.id, status: matter.status },
          data: { status: next, returnReason, version: { increment: 1 } },
        });
        if (updated.count !== 1)
          throw new ConflictError(
            format(t().matterTransition, { status: messages().areas.matterStatus[matter.status] }),
          );
        await writeAuditEntry(tx, {
          associationId: parsed.associationId,
          personId: actor.personId,
          action: parsed.outcome === 'RETURNED' ? 'matter.returned' : 'matter.decided',
          entityType: 'Matter',
          entityId: matter.id,
          data: {
            before: { status: matter.status, ...(returnReason ? { returnReason: matter.returnReason } : {}) },
            after: { status: next, ...(returnReason ? { returnReason } : {}) },
            decisionId: decision.id,
          },
        });
        matterStatus = next;
      }

      let planAdopted: RecordedDecision['planAdopted'] = null;
      if (parsed.adoptsPlan && planId && !pendingPlanId) {
        const { late } = await adoptPlanByDecision(tx, {
          associationId: parsed.associationId,
          planId,
          decisionId: decision.id,
          decidedAt: decision.decidedAt,
          personId: actor.personId,
          now,
        });
        planAdopted = { planId, late };
      }

      let interventionFunded: string | null = null;
      if (parsed.fundsIntervention && interventionId) {
        const intervention = await tx.intervention.findFirstOrThrow({
          where: { id: interventionId, associationId: parsed.associationId },
          select: { id: true, status: true, fundingDecisionId: true },
        });
        // Not yet in effect (ADR 034): the link is recorded, the intervention becomes DECIDED at the lock.
        const status = intervention.status === 'PROPOSED' && effectiveAt !== null ? 'DECIDED' : intervention.status;
        await tx.intervention.update({
          where: { id: intervention.id },
          data: { fundingDecisionId: decision.id, status, version: { increment: 1 } },
        });
        await writeAuditEntry(tx, {
          associationId: parsed.associationId,
          personId: actor.personId,
          action: 'intervention.fundingDecided',
          entityType: 'Intervention',
          entityId: intervention.id,
          data: {
            before: { fundingDecisionId: intervention.fundingDecisionId, status: intervention.status },
            after: { fundingDecisionId: decision.id, status },
          },
        });
        interventionFunded = intervention.id;
      }
      await voidStaleApprovals(tx, meeting.id, actor.personId);
      return { decisionId: decision.id, matterStatus, planAdopted, interventionFunded, effectiveAt };
    });
  } catch (error) {
    // Two people recording the same paragraph's decision at once: the second meets the unique paragraphId.
    if (isUniqueViolation(error)) throw new ConflictError(t().decisionExists);
    throw error;
  }
}

/** A plan adopted once the decision takes effect must be adoptable now (on the agenda), else the lock would fail. */
async function assertPlanAdoptable(tx: Prisma.TransactionClient, associationId: string, planId: string) {
  const plan = await tx.plan.findFirst({ where: { id: planId, associationId }, select: { status: true } });
  const pw = messages().planWorkflow;
  if (!plan) throw new ConflictError(pw.errors.planNotFound);
  if (!nextPlanStatus(plan.status, 'adopt'))
    throw new ConflictError(format(pw.errors.illegalTransition, { status: pw.status[plan.status] }));
}
