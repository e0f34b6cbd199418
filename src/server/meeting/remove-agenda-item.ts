import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { requireTransition } from '@/server/matter/change-matter-status';
import { ConflictError } from '@/server/kernel/use-case-errors';
import { bumpMeetingVersion, loadAgenda, loadEditableMeeting, renumberAgenda } from './meeting-common';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, meetingId: id, version, agendaItemId: id });

/**
 * Removes an agenda item with its documents. An item that carries a matter takes the matter off
 * the agenda (ON_AGENDA → PREPARED), so it can go on another meeting's agenda.
 */
export async function removeAgendaItem(
  input: { associationId: string; meetingId: string; version: number; agendaItemId: string },
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'meeting.manage', { db, now: deps.now });
  return db.$transaction(async (tx) => {
    const meeting = await loadEditableMeeting(tx, parsed);
    const item = await tx.agendaItem.findFirst({
      where: { id: parsed.agendaItemId, meetingId: meeting.id },
      include: { matter: true },
    });
    if (!item) throw new ConflictError(messages().governance.refusals.itemNotFound);
    if (item.matter && item.matter.status === 'ON_AGENDA') {
      const to = requireTransition(item.matter.status, 'removeFromAgenda');
      await tx.matter.update({ where: { id: item.matter.id }, data: { status: to, version: { increment: 1 } } });
      await writeAuditEntry(tx, {
        associationId: parsed.associationId,
        personId: actor.personId,
        action: 'matter.removedFromAgenda',
        entityType: 'Matter',
        entityId: item.matter.id,
        data: { before: { status: item.matter.status, meetingId: meeting.id }, after: { status: to, meetingId: null } },
      });
    }
    await tx.agendaItem.delete({ where: { id: item.id } });
    const rest = await loadAgenda(tx, meeting.id);
    await renumberAgenda(
      tx,
      rest.map((r) => r.id),
    );
    const newVersion = await bumpMeetingVersion(tx, meeting.id, parsed.version);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'meeting.agendaItemRemoved',
      entityType: 'AgendaItem',
      entityId: item.id,
      data: {
        before: {
          meetingId: meeting.id,
          title: item.title,
          kind: item.kind,
          matterId: item.matterId,
          position: item.order + 1,
        },
      },
    });
    return { version: newVersion };
  });
}
