import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { inMinutesTransaction, openMinutes, optionalId } from './minutes-context';
import { voidStaleApprovals } from '@/server/minutes-adjustment/void-stale-approvals';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, meetingId: id, chairId: optionalId, secretaryId: optionalId });

export type SetMinutesOfficersInput = z.input<typeof schema>;

/**
 * Records who chaired the meeting (ordförande: a person present at it) and who kept the minutes
 * (sekreterare: a person present or one of the association's people) while the minutes are open.
 * Part of the adjusted content: a change after an approval voids the approvals (ADR 033).
 */
export async function setMinutesOfficers(
  input: SetMinutesOfficersInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ chairId: string | null; secretaryId: string | null }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'minutes.write', { db, now: deps.now });
  const t = messages().minutes.errors;

  return inMinutesTransaction(db, async (tx) => {
    const meeting = await openMinutes(tx, parsed.associationId, parsed.meetingId);
    const errors: Record<string, string> = {};
    if (parsed.chairId) {
      const present = await tx.attendance.findFirst({
        where: { meetingId: meeting.id, personId: parsed.chairId, status: 'PRESENT' },
        select: { id: true },
      });
      if (!present) errors.chairId = t.chairNotPresent;
    }
    if (parsed.secretaryId) {
      const [present, role] = await Promise.all([
        tx.attendance.findFirst({
          where: { meetingId: meeting.id, personId: parsed.secretaryId, status: 'PRESENT' },
          select: { id: true },
        }),
        tx.roleAssignment.findFirst({
          where: { associationId: parsed.associationId, personId: parsed.secretaryId },
          select: { id: true },
        }),
      ]);
      if (!present && !role) errors.secretaryId = t.secretaryUnknown;
    }
    if (Object.keys(errors).length > 0) throw new FieldValidationError(errors);

    await tx.meeting.update({
      where: { id: meeting.id },
      data: { chairId: parsed.chairId, secretaryId: parsed.secretaryId, version: { increment: 1 } },
    });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'minutes.officersSet',
      entityType: 'Meeting',
      entityId: meeting.id,
      data: {
        before: { chairId: meeting.chairId, secretaryId: meeting.secretaryId },
        after: { chairId: parsed.chairId, secretaryId: parsed.secretaryId },
      },
    });
    await voidStaleApprovals(tx, meeting.id, actor.personId);
    return { chairId: parsed.chairId, secretaryId: parsed.secretaryId };
  });
}
