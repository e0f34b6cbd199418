import 'server-only';
import { z } from 'zod';
import type { MatterKind } from '@/generated/prisma/enums';
import { memberForRaising } from '@/domain/matter/matter-rights';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { dateOf, emptyToUndefined, longText, optionalAmount, optionalDate, title } from './governance-input';
import { loadMemberTies, raiseRefusal } from './member-ties';
import { nextMatterNumber } from './next-matter-number';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

export interface RaiseMatterInput {
  associationId: string;
  kind: 'GENERAL' | 'APPLICATION';
  title: string;
  description?: string;
  raisedByMemberId?: string;
  requestedAmount?: string;
  periodStart?: string;
  periodEnd?: string;
}

const t = () => messages().governance.fields;

export const matterDetailsSchema = z
  .object({
    title,
    description: longText.default(''),
    raisedByMemberId: z.preprocess(emptyToUndefined, id.optional()),
    requestedAmount: optionalAmount,
    periodStart: optionalDate,
    periodEnd: optionalDate,
  })
  .superRefine((value, ctx) => {
    if (value.periodStart && value.periodEnd && value.periodEnd < value.periodStart)
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: t().periodOrder });
  });

const schema = z.intersection(
  z.object({
    associationId: id,
    kind: z.enum(['GENERAL', 'APPLICATION'] satisfies MatterKind[], { error: () => t().invalid }),
  }),
  matterDetailsSchema,
);

/**
 * Raises a matter (väcker ett ärende), e.g. a member party's application for samverkansmedel.
 * It gets the next diarienummer of the year (year/number), status RAISED.
 * A member representative raises it for the member they represent today, no other (ADR 036).
 * Plan matters are created by the plan workflow, not here.
 */
export async function raiseMatter(
  input: RaiseMatterInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ matterId: string; year: number; number: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  const { associationId } = parsed;
  const roles = await assertPermission(actor.personId, associationId, 'matter.raise', { db, now });
  const ties = await loadMemberTies(db, actor.personId, associationId, now);
  const forMember = memberForRaising({
    roles,
    representedMemberIds: ties.representedMemberIds,
    requestedMemberId: parsed.raisedByMemberId,
  });
  if ('refusal' in forMember) throw raiseRefusal(forMember.refusal);
  const raisedByMemberId = forMember.memberId;
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(now));

  return db.$transaction(async (tx) => {
    if (
      raisedByMemberId &&
      !(await tx.member.findFirst({ where: { id: raisedByMemberId, associationId }, select: { id: true } }))
    ) {
      throw new FieldValidationError({ raisedByMemberId: t().memberUnknown });
    }
    const number = await nextMatterNumber(tx, associationId, year);
    const matter = await tx.matter.create({
      data: {
        associationId,
        year,
        number,
        kind: parsed.kind,
        title: parsed.title,
        description: parsed.description,
        raisedById: actor.personId,
        raisedByMemberId,
        requestedAmount: parsed.requestedAmount?.toFixed(2) ?? null,
        periodStart: parsed.periodStart ? dateOf(parsed.periodStart) : null,
        periodEnd: parsed.periodEnd ? dateOf(parsed.periodEnd) : null,
      },
    });
    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'matter.raised',
      entityType: 'Matter',
      entityId: matter.id,
      data: {
        after: {
          diarienummer: `${year}/${number}`,
          kind: matter.kind,
          title: matter.title,
          status: matter.status,
          raisedByMemberId: matter.raisedByMemberId,
          requestedAmount: parsed.requestedAmount?.toFixed(2) ?? null,
          periodStart: parsed.periodStart ?? null,
          periodEnd: parsed.periodEnd ?? null,
        },
      },
    });
    return { matterId: matter.id, year, number };
  });
}
