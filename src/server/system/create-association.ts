import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { checkSlug, normalizeOrgNumber, SLUG_MAX_LENGTH } from '@/domain/system/association-identity';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { createPriceBaseAmounts } from '@/server/seed/seed-helpers';
import { assertSystemAdmin } from './assert-system-admin';

const t = () => messages().system.createAssociation;
const schema = z
  .object({
    name: z
      .string({ error: () => t().nameRequired })
      .trim()
      .min(1, { error: () => t().nameRequired })
      .max(200, { error: () => t().nameTooLong }),
    slug: z
      .string({ error: () => t().slugRequired })
      .trim()
      .max(SLUG_MAX_LENGTH + 1, { error: () => t().slugTooLong }),
    orgNumber: z
      .string({ error: () => t().orgNumberFormat })
      .trim()
      .max(20, { error: () => t().orgNumberFormat })
      .optional(),
  })
  .strict();

export type CreateAssociationInput = z.input<typeof schema>;

/**
 * A new association, empty, with its settings at docs/domain.md's defaults (the förbundsordning's rules need no row until one is saved), the
 * default equity cap and the known prisbasbelopp. Only a system administrator; the one place an
 * association is created, so every rule row a new association needs is added here.
 */
export async function createAssociation(
  input: CreateAssociationInput,
  actor: Actor,
  { db = prisma }: UseCaseDeps = {},
): Promise<{ associationId: string; slug: string }> {
  const parsed = schema.parse(input);
  await assertSystemAdmin(actor.personId, { db });
  const errors: Record<string, string> = {};
  const slugProblem = checkSlug(parsed.slug);
  if (slugProblem)
    errors.slug = { EMPTY: t().slugRequired, FORMAT: t().slugFormat, TOO_LONG: t().slugTooLong }[slugProblem];
  const orgNumber = parsed.orgNumber ? normalizeOrgNumber(parsed.orgNumber) : null;
  if (parsed.orgNumber && !orgNumber) errors.orgNumber = t().orgNumberFormat;
  if (Object.keys(errors).length > 0) throw new FieldValidationError(errors);
  const slugTaken = () => new FieldValidationError({ slug: t().slugTaken });
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.association.findUnique({ where: { slug: parsed.slug }, select: { id: true } })) throw slugTaken();
      const association = await tx.association.create({
        data: {
          name: parsed.name,
          slug: parsed.slug,
          orgNumber,
          // The förbundsordning's rules need no row: until one is saved, docs/domain.md's defaults apply (ADR 031).
          settings: { create: {} },
        },
        select: { id: true, slug: true },
      });
      await createPriceBaseAmounts(tx, association.id);
      await writeAuditEntry(tx, {
        associationId: null,
        personId: actor.personId,
        action: 'system.associationCreated',
        entityType: 'Association',
        entityId: association.id,
        data: { after: { name: parsed.name, slug: parsed.slug, orgNumber } },
      });
      return { associationId: association.id, slug: association.slug };
    });
  } catch (error) {
    // Two creations with the same slug at once: the second meets the unique slug.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw slugTaken();
    throw error;
  }
}
