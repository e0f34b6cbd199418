import 'server-only';
import { z } from 'zod';
import { insertionIndex } from '@/domain/meeting/agenda';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { longText, title } from '@/server/matter/governance-input';
import { bumpMeetingVersion, insertAgendaItem, loadAgenda, loadEditableMeeting } from './meeting-common';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, meetingId: id, version, title, description: longText.default('') });

/** Adds an item of its own (kind OTHER) before "Övriga frågor"; matters go on with putMatterOnAgenda. */
export async function addAgendaItem(
  input: { associationId: string; meetingId: string; version: number; title: string; description?: string },
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ agendaItemId: string; version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'meeting.manage', { db, now: deps.now });
  return db.$transaction(async (tx) => {
    const meeting = await loadEditableMeeting(tx, parsed);
    const items = await loadAgenda(tx, meeting.id);
    const at = insertionIndex(items, 'OTHER');
    const item = await insertAgendaItem(tx, items, at, {
      meetingId: meeting.id,
      kind: 'OTHER',
      title: parsed.title,
      description: parsed.description,
    });
    const newVersion = await bumpMeetingVersion(tx, meeting.id, parsed.version);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'meeting.agendaItemAdded',
      entityType: 'AgendaItem',
      entityId: item.id,
      data: { after: { meetingId: meeting.id, title: item.title, kind: item.kind, position: at + 1 } },
    });
    return { agendaItemId: item.id, version: newVersion };
  });
}
