import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { loadEditablePlan } from '@/server/plan-version/editable-plan';
import { prisma } from '@/server/db/client';
import { FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { changedFields, plainFields } from './changed-fields';
import { loadEditableContentRow } from './editable-content';
import { idList, optionalText, requiredText } from './plan-content-input';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { GOAL_STATEMENT_SELECT } from '@/server/plan-version/plan-selects';

const schema = z.object({
  associationId: id,
  planId: id,
  goalId: id.optional(),
  version: version.optional(),
  level: z.enum(['INDIVIDUAL', 'STRUCTURAL', 'FINANCIAL']),
  text: requiredText(2000),
  targetKind: z.enum(['PERCENT', 'COUNT', 'YES_NO']).nullable(),
  /** Decimal text ("75", "12,5"); required for a percentage or a count. */
  targetValue: z.string().max(20).nullable(),
  indicator: optionalText(1000),
  measure: z
    .enum([
      'INDICATOR_SHARE',
      'ENDED_TO_WORK_SHARE',
      'ENDED_TO_WORK_OR_STUDIES_SHARE',
      'STEP_MOVEMENT_SHARE',
      'PARTICIPANT_COUNT',
    ])
    .nullable(),
  financialCheck: z.enum(['WITHIN_BUDGET', 'EQUITY_AT_MOST_CAP', 'EQUITY_AT_LEAST_FLOOR', 'NO_LOANS']).nullable(),
  targetGroupIds: idList,
  interventionIds: idList,
});

const SELECT = {
  ...GOAL_STATEMENT_SELECT,
  measure: true,
  financialCheck: true,
  version: true,
  targetGroups: { select: { id: true } },
  interventions: { select: { id: true } },
} as const;

const FIELDS = [
  'level',
  'text',
  'targetKind',
  'targetValue',
  'indicator',
  'measure',
  'financialCheck',
  'targetGroupIds',
  'interventionIds',
];

/** The goal's target value as stored, or field errors for what does not fit the target kind. */
function checkTarget(parsed: z.output<typeof schema>): string | null {
  const t = messages().planContent.fields;
  if (parsed.level === 'FINANCIAL' ? false : parsed.financialCheck !== null)
    throw new FieldValidationError({ financialCheck: t.financialCheckOnlyFinancial });
  if (parsed.targetKind === null || parsed.targetKind === 'YES_NO') return null;
  const text = (parsed.targetValue ?? '').replace(/\s/g, '').replace(',', '.');
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(text)) throw new FieldValidationError({ targetValue: t.targetValueRequired });
  if (parsed.targetKind === 'PERCENT' && Number(text) > 100)
    throw new FieldValidationError({ targetValue: t.percentOver100 });
  if (parsed.targetKind === 'COUNT' && !Number.isInteger(Number(text)))
    throw new FieldValidationError({ targetValue: t.countWhole });
  return text;
}

/** Adds a goal to the plan (last of its level), or saves one at the version it was read, with its links. */
export async function saveGoal(input: z.input<typeof schema>, actor: Actor, options: UseCaseDeps = {}) {
  const parsed = schema.parse(input);
  const targetValue = checkTarget(parsed);
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'plan.edit', { db });
  const { associationId, goalId } = parsed;
  const fields = {
    level: parsed.level,
    text: parsed.text,
    targetKind: parsed.targetKind,
    targetValue,
    indicator: parsed.indicator,
    measure: parsed.measure,
    financialCheck: parsed.level === 'FINANCIAL' ? parsed.financialCheck : null,
  };
  const t = messages().planContent.fields;

  return db.$transaction(async (tx) => {
    const planId = goalId
      ? (await loadEditableContentRow(tx, 'goal', associationId, goalId)).planId
      : (await loadEditablePlan(tx, associationId, parsed.planId)).id;
    const [groups, interventions] = await Promise.all([
      tx.targetGroup.count({ where: { id: { in: parsed.targetGroupIds }, planId } }),
      tx.intervention.count({ where: { id: { in: parsed.interventionIds }, associationId } }),
    ]);
    if (groups !== new Set(parsed.targetGroupIds).size)
      throw new FieldValidationError({ targetGroupIds: t.unknownTargetGroup });
    if (interventions !== new Set(parsed.interventionIds).size)
      throw new FieldValidationError({ interventionIds: t.unknownIntervention });
    const links = (ids: string[]) => ids.map((linkId) => ({ id: linkId }));
    const flat = (
      row: { targetGroups: { id: string }[]; interventions: { id: string }[] } & Record<string, unknown>,
    ) => ({
      ...row,
      targetGroupIds: row.targetGroups.map((g) => g.id).sort(),
      interventionIds: row.interventions.map((i) => i.id).sort(),
    });

    if (!goalId) {
      const last = await tx.goal.aggregate({ where: { planId, level: parsed.level }, _max: { order: true } });
      const created = await tx.goal.create({
        data: {
          planId,
          order: (last._max.order ?? -1) + 1,
          ...fields,
          targetGroups: { connect: links(parsed.targetGroupIds) },
          interventions: { connect: links(parsed.interventionIds) },
        },
        select: SELECT,
      });
      await writeAuditEntry(tx, {
        associationId,
        personId: actor.personId,
        action: 'plan.goalAdded',
        entityType: 'Goal',
        entityId: created.id,
        data: { after: { planId, ...plainFields(flat(created), FIELDS) } },
      });
      return created;
    }
    const before = await tx.goal.findUniqueOrThrow({ where: { id: goalId }, select: SELECT });
    const { count } = await tx.goal.updateMany({
      where: { id: goalId, version: parsed.version ?? -1 },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersionError(before);
    const after = await tx.goal.update({
      where: { id: goalId },
      data: {
        targetGroups: { set: links(parsed.targetGroupIds) },
        interventions: { set: links(parsed.interventionIds) },
      },
      select: SELECT,
    });
    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'plan.goalUpdated',
      entityType: 'Goal',
      entityId: goalId,
      data: { planId, ...changedFields(flat(before), flat(after), FIELDS) },
    });
    return after;
  });
}
