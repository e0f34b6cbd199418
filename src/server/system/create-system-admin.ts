import 'server-only';
import { z } from 'zod';
import { normalizeEmail } from '@/domain/auth/sign-in-errors';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { ConflictError } from '@/server/kernel/use-case-errors';
import { readMailSettings } from '@/server/mail/mail-settings';
import { createPasswordToken } from '@/server/people/create-password-token';

const t = () => messages().system.createAdmin;
const schema = z
  .object({
    email: z
      .string({ error: () => t().emailInvalid })
      .trim()
      .max(254, { error: () => t().emailInvalid })
      .pipe(z.email({ error: () => t().emailInvalid })),
    name: z
      .string({ error: () => t().nameRequired })
      .trim()
      .min(1, { error: () => t().nameRequired })
      .max(200, { error: () => t().nameRequired }),
    /** A second (third …) administrator; without it, refused when one exists. */
    another: z.boolean().default(false),
  })
  .strict();

export interface CreatedSystemAdmin {
  personId: string;
  email: string;
  name: string;
  /** The one-time link for choosing a password; null when the person already has one. */
  link: { url: string; expiresAt: Date } | null;
}

/**
 * `npm run admin:create` (ADR 029): makes a person a system administrator — a new person without a
 * password, or an existing one marked — and, when they have no password, a SET_PASSWORD link to
 * print. No actor: whoever runs the command on the server is trusted. Refused when a system
 * administrator exists, unless `another`. Audited without an association or a person.
 */
export async function createSystemAdmin(
  input: z.input<typeof schema>,
  { db = prisma, now = new Date() }: UseCaseDeps = {},
): Promise<CreatedSystemAdmin> {
  const parsed = schema.parse(input);
  const email = normalizeEmail(parsed.email);
  return db.$transaction(async (tx) => {
    const admins = await tx.person.count({ where: { systemAdmin: true, deactivatedAt: null } });
    if (admins > 0 && !parsed.another) throw new ConflictError(t().exists);
    const existing = await tx.person.findUnique({
      where: { email },
      select: { id: true, name: true, systemAdmin: true, passwordHash: true },
    });
    const person = existing
      ? await tx.person.update({
          where: { id: existing.id },
          data: { systemAdmin: true, version: { increment: 1 } },
          select: { id: true, name: true, passwordHash: true },
        })
      : await tx.person.create({
          data: { email, name: parsed.name, passwordHash: null, systemAdmin: true },
          select: { id: true, name: true, passwordHash: true },
        });
    await writeAuditEntry(tx, {
      associationId: null,
      personId: null,
      action: 'system.adminCreated',
      entityType: 'Person',
      entityId: person.id,
      data: existing
        ? { before: { systemAdmin: existing.systemAdmin }, after: { systemAdmin: true } }
        : { after: { email, name: person.name, systemAdmin: true } },
    });
    const link =
      person.passwordHash === null
        ? await createPasswordToken(tx, { personId: person.id, purpose: 'SET_PASSWORD', now }).then((token) => ({
            url: `${readMailSettings().appUrl}${token.path}`,
            expiresAt: token.expiresAt,
          }))
        : null;
    return { personId: person.id, email, name: person.name, link };
  });
}
