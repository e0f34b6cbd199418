import 'server-only';
import { loadAssociationRules, loadMembersForYear } from '@/server/settings/load-association-rules';
import { z } from 'zod';
import { changedFields } from '@/domain/audit/changed-fields';
import { keyProblemMessage } from '@/domain/budget/analyze-budget';
import { insertionIndex } from '@/domain/budget/budget-groups';
import type { BudgetSheetLine } from '@/domain/budget/budget-sheet';
import { expectedContributions } from '@/domain/budget/funding-split';
import { ZERO } from '@/domain/money/kronor';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { toKronor } from '@/server/money/to-kronor';
import { ConflictError } from '@/server/kernel/use-case-errors';
import { loadEditablePlan } from '@/server/plan-version/editable-plan';
import { loadLineOrder, renumberLines } from './line-order';
import { loadSheetLines, planColumns } from './sheet-lines';
import { associationId, id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

export interface FillContributionsFromStateInput {
  associationId: string;
  planId: string;
}

const schema = z.object({ associationId, planId: id });

/**
 * Sets the regions' and municipalities' contributions for every column year from Försäkringskassan's
 * amount, by the funding split; members without a contribution line get one. Years where FK has no
 * amount are left alone. Returns every line of the plan, in order.
 */
export async function fillContributionsFromState(
  input: FillContributionsFromStateInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ lines: BudgetSheetLine[] }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'budget.edit', { db });

  return db.$transaction(async (tx) => {
    const plan = await loadEditablePlan(tx, parsed.associationId, parsed.planId);
    const [columns, rules, members, contributionLines] = await Promise.all([
      planColumns(tx, plan),
      loadAssociationRules(tx, plan.associationId, plan.year),
      loadMembersForYear(tx, plan.associationId, plan.year),
      tx.budgetLine.findMany({
        where: { planId: plan.id, category: 'MEMBER_CONTRIBUTION', memberId: { not: null } },
        orderBy: [{ order: 'asc' }, { createdAt: 'asc' }],
        select: { id: true, memberId: true, amounts: { select: { year: true, kind: true, amount: true } } },
      }),
    ]);
    const split = {
      regionHoldsMunicipalRole: rules.regionHoldsMunicipalRole,
      municipalSplitKey: rules.municipalSplitKey,
    };
    const fkIds = new Set(members.filter((m) => m.kind === 'FK').map((m) => m.id));
    const stateLines = contributionLines.filter((l) => fkIds.has(l.memberId!));
    if (stateLines.length === 0) throw new ConflictError(messages().budgetRules.noStateLine);

    const lineOf = new Map<string, string>();
    for (const line of contributionLines) if (!lineOf.has(line.memberId!)) lineOf.set(line.memberId!, line.id);
    // Before and after per cell, keyed "<member> <year>" so the history reads as a list of amounts.
    const before: Record<string, string | null> = {};
    const after: Record<string, string | null> = {};

    for (const column of columns) {
      const cells = stateLines.flatMap((l) =>
        l.amounts.filter((a) => a.year === column.year && a.kind === column.kind),
      );
      if (cells.length === 0) continue;
      const state = cells.reduce((acc, a) => acc.plus(toKronor(a.amount)), ZERO);
      const expected = expectedContributions(state, members, split);
      if (expected.problems.length > 0) throw new ConflictError(keyProblemMessage(expected.problems[0]!));

      for (const { memberId, expected: amount } of expected.contributions) {
        if (fkIds.has(memberId)) continue;
        const member = members.find((m) => m.id === memberId)!;
        let lineId = lineOf.get(memberId);
        if (!lineId) {
          const order = await loadLineOrder(tx, plan.id);
          const index = insertionIndex(order, 'MEMBER_CONTRIBUTION');
          const created = await tx.budgetLine.create({
            data: {
              planId: plan.id,
              name: member.name,
              type: 'INCOME',
              category: 'MEMBER_CONTRIBUTION',
              memberId,
              order: index,
            },
            select: { id: true, order: true },
          });
          await renumberLines(tx, [...order.slice(0, index), created, ...order.slice(index)]);
          lineId = created.id;
          lineOf.set(memberId, lineId);
        }
        await tx.budgetAmount.upsert({
          where: { budgetLineId_year_kind: { budgetLineId: lineId, year: column.year, kind: column.kind } },
          create: { budgetLineId: lineId, year: column.year, kind: column.kind, amount: amount.toFixed() },
          update: { amount: amount.toFixed(), version: { increment: 1 } },
        });
        const old = contributionLines
          .find((l) => l.id === lineId)
          ?.amounts.find((a) => a.year === column.year && a.kind === column.kind);
        const key = `${member.name} ${column.year}`;
        before[key] = old ? toKronor(old.amount).toFixed() : null;
        after[key] = amount.toFixed();
      }
    }

    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'budget.contributionsFilled',
      entityType: 'Plan',
      entityId: plan.id,
      data: changedFields(before, after),
    });
    return { lines: await loadSheetLines(tx, plan, columns) };
  });
}
