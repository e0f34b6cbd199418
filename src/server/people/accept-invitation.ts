import 'server-only';
import { z } from 'zod';
import { checkNewPassword } from '@/domain/auth/password-policy';
import { tokenState } from '@/domain/auth/one-time-tokens';
import { parseInvitationRoles } from '@/domain/people/invitation-roles';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { hashOneTimeToken, isWellFormedToken } from '@/server/auth/one-time-token';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { ConflictError, FieldValidationError } from '@/server/kernel/use-case-errors';
import { hashPassword, storeNewPassword } from './password-changed';
import { passwordInput, tokenInput } from './people-input';
import { grantRoleTerm } from './role-term';

const t = () => messages().people;

const acceptInvitationInput = z
  .object({
    token: tokenInput,
    name: z
      .string({ error: () => t().nameRequired })
      .trim()
      .min(1, { error: () => t().nameRequired })
      .max(200, { error: () => t().nameTooLong }),
    /** Empty when the person already has a password (invited to a second association). */
    password: passwordInput,
    passwordAgain: passwordInput,
  })
  .strict();

export type AcceptInvitationInput = z.input<typeof acceptInvitationInput>;

/**
 * The invited person accepts (no session: the link's token is the proof). A new person sets their
 * name and password; a person who already has a password keeps it. The invitation's roles become
 * role assignments with their terms; the link is used up. Any link that is not valid is refused
 * with one message, whatever the reason (the page says which, without the form).
 */
export async function acceptInvitation(
  raw: AcceptInvitationInput,
  { db = prisma, now = new Date() }: UseCaseDeps = {},
): Promise<{ email: string; associationSlug: string; passwordSet: boolean }> {
  const input = acceptInvitationInput.parse(raw);
  const refused = () => new ConflictError(t().linkInvalid);
  if (!isWellFormedToken(input.token)) throw refused();
  const tokenHash = hashOneTimeToken(input.token);
  const found = await db.invitation.findUnique({
    where: { tokenHash },
    include: { person: { select: { email: true, name: true, passwordHash: true } } },
  });
  if (!found || tokenState({ ...found, usedAt: found.acceptedAt }, now) !== 'VALID') throw refused();
  const needsPassword = found.person.passwordHash === null;
  let passwordHash: string | null = null;
  if (needsPassword) {
    const problem = checkNewPassword(input.password, { email: found.person.email, name: input.name });
    if (problem) throw new FieldValidationError({ password: t().passwordProblems[problem] });
    if (input.password !== input.passwordAgain) throw new FieldValidationError({ passwordAgain: t().passwordsDiffer });
    passwordHash = await hashPassword(input.password);
  }
  const roles = parseInvitationRoles(found.roles);
  if (!roles) throw refused();

  return db.$transaction(async (tx) => {
    // Single use even when two tabs accept at once: only one update matches.
    const claimed = await tx.invitation.updateMany({
      where: { id: found.id, tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now, version: { increment: 1 } },
    });
    if (claimed.count === 0) throw refused();
    const person = await tx.person.update({
      where: { id: found.personId },
      data: needsPassword ? { name: input.name, version: { increment: 1 } } : {},
      select: { id: true, email: true, name: true },
    });
    if (passwordHash) await storeNewPassword(tx, person, passwordHash, now, { mail: false });
    const members = await tx.member.findMany({ where: { associationId: found.associationId }, select: { id: true } });
    const memberIds = new Set(members.map((member) => member.id));
    for (const role of roles) {
      const memberId = role.memberId && memberIds.has(role.memberId) ? role.memberId : null;
      await grantRoleTerm(tx, { personId: person.id, associationId: found.associationId, role, memberId });
    }
    await tx.person.updateMany({
      where: { id: person.id, deactivatedAt: { not: null } },
      data: { deactivatedAt: null },
    });
    await writeAuditEntry(tx, {
      associationId: found.associationId,
      personId: person.id,
      action: 'people.invitationAccepted',
      entityType: 'Invitation',
      entityId: found.id,
      data: { roles: roles.map((role) => role.role) },
    });
    const association = await tx.association.findUniqueOrThrow({
      where: { id: found.associationId },
      select: { slug: true },
    });
    return { email: person.email, associationSlug: association.slug, passwordSet: needsPassword };
  });
}
