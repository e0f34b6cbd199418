import 'server-only';
import { z } from 'zod';
import { insertionIndex } from '@/domain/meeting/agenda';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { applyMatterEvent, loadMatter } from '@/server/matter/change-matter-status';
import { onPlanPutOnAgenda } from '@/server/plan/plan-workflow-hooks';
import { ConflictError } from '@/server/kernel/use-case-errors';
import { bumpMeetingVersion, insertAgendaItem, loadAgenda, loadEditableMeeting } from './meeting-common';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, meetingId: id, version, matterId: id, matterVersion: version });

/**
 * Puts a prepared matter on a board (or working committee) meeting's agenda: a MATTER item after the
 * other matters, the matter ON_AGENDA. A PLAN matter also moves its plan ON_AGENDA (the plan workflow
 * refuses when the plan's budget has blocking errors, and then nothing changes).
 */
export async function putMatterOnAgenda(
  input: { associationId: string; meetingId: string; version: number; matterId: string; matterVersion: number },
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ agendaItemId: string; version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'meeting.manage', { db, now: deps.now });
  return db.$transaction(async (tx) => {
    const meeting = await loadEditableMeeting(tx, parsed);
    if (meeting.body !== 'BOARD' && meeting.body !== 'WORKING_COMMITTEE')
      throw new ConflictError(messages().governance.refusals.matterNotForBody);
    const matter = await loadMatter(tx, parsed.associationId, parsed.matterId);
    const moved = await applyMatterEvent(tx, matter, parsed.matterVersion, 'putOnAgenda');
    if (matter.kind === 'PLAN' && matter.planId)
      await onPlanPutOnAgenda(tx, {
        associationId: parsed.associationId,
        planId: matter.planId,
        personId: actor.personId,
      });

    const items = await loadAgenda(tx, meeting.id);
    // The standard agenda's placeholder "Ärenden" (a MATTER item without a matter) gives way to the first matter.
    const placeholder = items.find((i) => i.kind === 'MATTER' && i.matterId === null);
    let itemId: string;
    let position: number;
    if (placeholder) {
      await tx.agendaItem.update({
        where: { id: placeholder.id },
        data: { title: matter.title, matterId: matter.id, version: { increment: 1 } },
      });
      itemId = placeholder.id;
      position = items.indexOf(placeholder);
    } else {
      position = insertionIndex(items, 'MATTER');
      const item = await insertAgendaItem(tx, items, position, {
        meetingId: meeting.id,
        kind: 'MATTER',
        title: matter.title,
        matterId: matter.id,
      });
      itemId = item.id;
    }
    const newVersion = await bumpMeetingVersion(tx, meeting.id, parsed.version);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'matter.putOnAgenda',
      entityType: 'Matter',
      entityId: matter.id,
      // The matter's place on an agenda: none before, this meeting's item after (removeAgendaItem takes it away).
      data: {
        before: { status: matter.status, meetingId: null, agendaItemId: null, position: null },
        after: { status: moved.status, meetingId: meeting.id, agendaItemId: itemId, position: position + 1 },
      },
    });
    return { agendaItemId: itemId, version: newVersion };
  });
}
