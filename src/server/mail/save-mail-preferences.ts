import 'server-only';
import { z } from 'zod';
import {
  isMandatoryMailKind,
  MAIL_DELIVERIES,
  MAIL_KINDS,
  type MailDelivery,
  type MailKind,
} from '@/domain/mail/mail-kinds';
import { format, messages } from '@/i18n/catalog';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import type { UseCaseDeps } from '@/server/kernel/deps';

const invalid = () => messages().actions.invalidValue;

const saveMailPreferencesInput = z
  .object({
    choices: z
      .array(
        z.object({
          kind: z.enum(MAIL_KINDS, { error: invalid }),
          delivery: z.enum(MAIL_DELIVERIES, { error: invalid }),
        }),
      )
      .min(1, { error: invalid })
      .max(MAIL_KINDS.length, { error: invalid }),
  })
  // No personId: a person sets their own choices only, the one in the session.
  .strict();

export type SaveMailPreferencesInput = z.input<typeof saveMailPreferencesInput>;

/**
 * A person's choice per kind of mail (at once, the daily digest, off), for themselves only. The
 * mandatory kinds (notices to meetings, security mail) are refused by name: they are always sent.
 */
export async function saveMailPreferences(
  raw: SaveMailPreferencesInput,
  actor: Actor,
  { db = prisma }: UseCaseDeps = {},
): Promise<{ choices: { kind: MailKind; delivery: MailDelivery }[] }> {
  const input = saveMailPreferencesInput.parse(raw);
  const choices = [...new Map(input.choices.map((c) => [c.kind, c])).values()];
  const mandatory = choices.find((c) => isMandatoryMailKind(c.kind));
  if (mandatory) {
    const t = messages().mailPreferences;
    throw new AuthorizationError('FORBIDDEN', format(t.mandatoryRefused, { kind: t.kind[mandatory.kind] }));
  }
  return db.$transaction(async (tx) => {
    const person = await tx.person.findUnique({ where: { id: actor.personId }, select: { id: true } });
    if (!person) throw new AuthorizationError('UNAUTHENTICATED');
    const before = await tx.mailPreference.findMany({ where: { personId: actor.personId } });
    const was = new Map(before.map((p) => [p.kind as MailKind, p.delivery as MailDelivery]));
    for (const choice of choices)
      await tx.mailPreference.upsert({
        where: { personId_kind: { personId: actor.personId, kind: choice.kind } },
        create: { personId: actor.personId, kind: choice.kind, delivery: choice.delivery },
        update: { delivery: choice.delivery },
      });
    // Only the kinds whose choice changed, each on both sides (as every audit entry of a change).
    const changed = choices.filter((c) => (was.get(c.kind) ?? 'IMMEDIATE') !== c.delivery);
    await writeAuditEntry(tx, {
      associationId: null,
      personId: actor.personId,
      action: 'mail.preferencesChanged',
      entityType: 'Person',
      entityId: actor.personId,
      data: {
        before: Object.fromEntries(changed.map((c) => [c.kind, was.get(c.kind) ?? 'IMMEDIATE'])),
        after: Object.fromEntries(changed.map((c) => [c.kind, c.delivery])),
      },
    });
    return { choices };
  });
}
