import 'server-only';
import { z } from 'zod';
import { changedFields } from '@/domain/audit/changed-fields';
import { parseKronor, type Kronor } from '@/domain/money/kronor';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { StaleVersionError } from '@/server/kernel/use-case-errors';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id, version } from '@/server/kernel/input';

export interface SetPriceBaseAmountInput {
  associationId: string;
  year: number;
  amount: string;
  /** The stored row's version as read; null for a year not yet stored. */
  version: number | null;
}

const t = () => messages().attest.settings;
const schema = z.object({
  associationId: id,
  year: z
    .number({ error: () => t().yearInvalid })
    .int({ error: () => t().yearInvalid })
    .min(2000, { error: () => t().yearInvalid })
    .max(2200, { error: () => t().yearInvalid }),
  amount: z
    .string({ error: () => t().amountInvalid })
    .max(40)
    .transform((text, ctx): Kronor => {
      const amount = parseKronor(text);
      if (!amount || amount.lessThanOrEqualTo(0) || amount.greaterThanOrEqualTo(1e9)) {
        ctx.addIssue({ code: 'custom', message: t().amountInvalid });
        return z.NEVER;
      }
      return amount;
    }),
  version: version.nullable(),
});

/** Sets the prisbasbelopp of one year (the director's attest limit follows it); audited with before and after. */
export async function setPriceBaseAmount(input: SetPriceBaseAmountInput, actor: Actor, deps: UseCaseDeps = {}) {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'priceBaseAmount.edit', { db, now: deps.now });
  const key = { associationId: parsed.associationId, year: parsed.year };

  return db.$transaction(async (tx) => {
    const before = await tx.priceBaseAmount.findUnique({ where: { associationId_year: key } });
    const amount = parsed.amount.toFixed(2);
    const written =
      parsed.version === null
        ? (await tx.priceBaseAmount.createMany({ data: [{ ...key, amount }], skipDuplicates: true })).count
        : (
            await tx.priceBaseAmount.updateMany({
              where: { ...key, version: parsed.version },
              data: { amount, version: { increment: 1 } },
            })
          ).count;
    if (written === 0) {
      throw new StaleVersionError({
        priceBaseAmount: before
          ? { year: before.year, amount: before.amount.toString(), version: before.version }
          : null,
      });
    }
    const after = await tx.priceBaseAmount.findUniqueOrThrow({ where: { associationId_year: key } });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'priceBaseAmount.set',
      entityType: 'PriceBaseAmount',
      entityId: after.id,
      data: before
        ? {
            year: parsed.year,
            ...changedFields({ amount: before.amount.toFixed(2) }, { amount: after.amount.toFixed(2) }),
          }
        : { year: parsed.year, after: { year: after.year, amount: after.amount.toFixed(2) } },
    });
    return { priceBaseAmount: { year: after.year, amount: after.amount.toString(), version: after.version } };
  });
}
