import 'server-only';
import { z } from 'zod';
import { moveAgendaItem as moveInOrder } from '@/domain/meeting/agenda';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { ConflictError } from '@/server/kernel/use-case-errors';
import { bumpMeetingVersion, loadAgenda, loadEditableMeeting, renumberAgenda } from './meeting-common';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({
  associationId: id,
  meetingId: id,
  version,
  agendaItemId: id,
  direction: z.enum(['up', 'down']),
});

/** Moves an agenda item one step up or down. */
export async function moveAgendaItem(
  input: { associationId: string; meetingId: string; version: number; agendaItemId: string; direction: 'up' | 'down' },
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'meeting.manage', { db, now: deps.now });
  return db.$transaction(async (tx) => {
    const meeting = await loadEditableMeeting(tx, parsed);
    const items = await loadAgenda(tx, meeting.id);
    const ids = items.map((i) => i.id);
    const next = moveInOrder(ids, parsed.agendaItemId, parsed.direction);
    if (!next)
      throw new ConflictError(
        ids.includes(parsed.agendaItemId)
          ? messages().governance.refusals.cannotMove
          : messages().governance.refusals.itemNotFound,
      );
    await renumberAgenda(tx, next);
    const newVersion = await bumpMeetingVersion(tx, meeting.id, parsed.version);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'meeting.agendaItemMoved',
      entityType: 'AgendaItem',
      entityId: parsed.agendaItemId,
      data: {
        meetingId: meeting.id,
        before: { position: ids.indexOf(parsed.agendaItemId) + 1 },
        after: { position: next.indexOf(parsed.agendaItemId) + 1 },
      },
    });
    return { version: newVersion };
  });
}
