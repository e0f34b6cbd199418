import 'server-only';
import { z } from 'zod';
import { isPlanBudgetEditable } from '@/domain/budget/sheet-columns';
import { decisionDateRefusal } from '@/domain/minutes/decision-date';
import { format, messages } from '@/i18n/catalog';
import { formatLongDate } from '@/i18n/dates';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { changedFields, plainFields } from '@/server/plan/changed-fields';
import { idList, optionalText, requiredText } from '@/server/plan/plan-content-input';
import { FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { loadOwned } from '@/server/kernel/load-owned';
import { INTERVENTION_FIELDS_SELECT } from './intervention-fields';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => messages().planContent.fields.dateInvalid })
  .nullable();

const schema = z.object({
  associationId: id,
  interventionId: id.optional(),
  version: version.optional(),
  name: requiredText(200),
  kind: z.enum(['INDIVIDUAL', 'STRUCTURAL']),
  status: z.enum(['PROPOSED', 'DECIDED', 'RUNNING', 'ENDED']),
  description: optionalText(4000),
  startDate: isoDate,
  endDate: isoDate,
  implementationPlan: optionalText(4000),
  fundingDecisionId: id.nullable(),
  responsibleMemberIds: idList,
  targetGroupIds: idList,
});

const SELECT = {
  ...INTERVENTION_FIELDS_SELECT,
  responsibleMembers: { select: { id: true } },
  targetGroups: { select: { id: true } },
} as const;
const FIELDS = [
  'name',
  'kind',
  'status',
  'description',
  'startDate',
  'endDate',
  'implementationPlan',
  'fundingDecisionId',
  'responsibleMemberIds',
  'targetGroupIds',
];

const toDate = (text: string | null) => (text === null ? null : new Date(`${text}T00:00:00.000Z`));

/**
 * Adds an intervention (insats) or saves one at the version it was read. An end date earlier than
 * before sets the amounts after the end year to zero in its budget lines of plans still editable
 * (an ended intervention has no money after it ends); the audit entry names the lines.
 */
export async function saveIntervention(input: z.input<typeof schema>, actor: Actor, options: UseCaseDeps = {}) {
  const parsed = schema.parse(input);
  const t = messages().planContent.fields;
  if (parsed.startDate && parsed.endDate && parsed.startDate > parsed.endDate)
    throw new FieldValidationError({ endDate: t.endBeforeStart });
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'intervention.edit', { db });
  const { associationId, interventionId } = parsed;
  const fields = {
    name: parsed.name,
    kind: parsed.kind,
    status: parsed.status,
    description: parsed.description,
    startDate: toDate(parsed.startDate),
    endDate: toDate(parsed.endDate),
    implementationPlan: parsed.implementationPlan,
    fundingDecisionId: parsed.fundingDecisionId,
  };

  return db.$transaction(async (tx) => {
    const [decision, members, groups] = await Promise.all([
      parsed.fundingDecisionId
        ? tx.decision.findFirst({
            where: { id: parsed.fundingDecisionId, associationId },
            select: { meeting: { select: { startsAt: true } } },
          })
        : Promise.resolve(null),
      tx.member.count({ where: { id: { in: parsed.responsibleMemberIds }, associationId } }),
      tx.targetGroup.count({ where: { id: { in: parsed.targetGroupIds }, plan: { associationId } } }),
    ]);
    if (parsed.fundingDecisionId && !decision) throw new FieldValidationError({ fundingDecisionId: t.unknownDecision });
    // A decision exists from its meeting, never before it (ADR 034).
    if (decision && decisionDateRefusal(decision.meeting.startsAt, options.now ?? new Date()))
      throw new FieldValidationError({
        fundingDecisionId: format(messages().minutes.errors.meetingNotHeld, {
          date: formatLongDate(decision.meeting.startsAt),
        }),
      });
    if (members !== new Set(parsed.responsibleMemberIds).size)
      throw new FieldValidationError({ responsibleMemberIds: t.unknownMember });
    if (groups !== new Set(parsed.targetGroupIds).size)
      throw new FieldValidationError({ targetGroupIds: t.unknownTargetGroup });
    const links = (ids: string[]) => ids.map((linkId) => ({ id: linkId }));
    const flat = (
      row: { responsibleMembers: { id: string }[]; targetGroups: { id: string }[] } & Record<string, unknown>,
    ) => ({
      ...row,
      responsibleMemberIds: row.responsibleMembers.map((m) => m.id).sort(),
      targetGroupIds: row.targetGroups.map((g) => g.id).sort(),
    });

    if (!interventionId) {
      const created = await tx.intervention.create({
        data: {
          associationId,
          ...fields,
          responsibleMembers: { connect: links(parsed.responsibleMemberIds) },
          targetGroups: { connect: links(parsed.targetGroupIds) },
        },
        select: SELECT,
      });
      await writeAuditEntry(tx, {
        associationId,
        personId: actor.personId,
        action: 'intervention.added',
        entityType: 'Intervention',
        entityId: created.id,
        data: { after: plainFields(flat(created), FIELDS) },
      });
      return created;
    }
    const before = await loadOwned(
      (where) => tx.intervention.findFirst({ where, select: SELECT }),
      associationId,
      interventionId,
    );
    const { count } = await tx.intervention.updateMany({
      where: { id: interventionId, version: parsed.version ?? -1 },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersionError(before);
    const after = await tx.intervention.update({
      where: { id: interventionId },
      data: {
        responsibleMembers: { set: links(parsed.responsibleMemberIds) },
        targetGroups: { set: links(parsed.targetGroupIds) },
      },
      select: SELECT,
    });

    const zeroed: { lineId: string; planId: string; years: number[] }[] = [];
    if (after.endDate) {
      const endYear = after.endDate.getUTCFullYear();
      const lines = await tx.budgetLine.findMany({
        where: {
          interventionId,
          amounts: { some: { year: { gt: endYear }, kind: { not: 'OUTCOME' }, amount: { not: 0 } } },
        },
        select: {
          id: true,
          planId: true,
          plan: { select: { status: true, lockedAt: true } },
          amounts: {
            where: { year: { gt: endYear }, kind: { not: 'OUTCOME' }, amount: { not: 0 } },
            select: { id: true, year: true },
          },
        },
      });
      for (const line of lines.filter((l) => isPlanBudgetEditable(l.plan))) {
        await tx.budgetAmount.updateMany({
          where: { id: { in: line.amounts.map((a) => a.id) } },
          data: { amount: 0, version: { increment: 1 } },
        });
        zeroed.push({ lineId: line.id, planId: line.planId, years: line.amounts.map((a) => a.year) });
      }
    }
    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'intervention.updated',
      entityType: 'Intervention',
      entityId: interventionId,
      data: {
        ...changedFields(flat(before), flat(after), FIELDS),
        ...(zeroed.length > 0 ? { zeroedAfterEnd: zeroed } : {}),
      },
    });
    return after;
  });
}
