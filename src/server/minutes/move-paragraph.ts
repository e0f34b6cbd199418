import 'server-only';
import { z } from 'zod';
import { mayReorderParagraphs } from '@/domain/minutes/minutes-lock';
import { moveParagraph as moveInOrder } from '@/domain/minutes/paragraph-numbering';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { ConflictError } from '@/server/kernel/use-case-errors';
import { renumberParagraphs } from './create-paragraph';
import { findParagraph, inMinutesTransaction, openMinutes } from './minutes-context';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, paragraphId: id, direction: z.enum(['up', 'down']) });

export type MoveParagraphInput = z.input<typeof schema>;

/**
 * Moves a paragraph one step up or down in the minutes; the § numbers follow the new order within
 * the numbers the meeting holds. Only while the minutes are a draft: once marked ready for
 * adjustment the order is what the adjusters approve (ADR 033).
 */
export async function moveParagraph(
  input: MoveParagraphInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ number: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'minutes.write', { db, now: deps.now });
  const t = messages().minutes.errors;

  return inMinutesTransaction(db, async (tx) => {
    const paragraph = await findParagraph(tx, parsed.associationId, parsed.paragraphId);
    const meeting = await openMinutes(tx, parsed.associationId, paragraph.meetingId);
    if (!mayReorderParagraphs(meeting.minutesState, meeting.minutesLockedAt))
      throw new ConflictError(t.reorderNotDraft);
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`minutes:${meeting.associationId}:${paragraph.year}`}))`;
    const ordered = await tx.minutesParagraph.findMany({
      where: { meetingId: meeting.id },
      orderBy: { number: 'asc' },
      select: { id: true, number: true },
    });
    const next = moveInOrder(
      ordered.map((p) => p.id),
      paragraph.id,
      parsed.direction,
    );
    if (!next) throw new ConflictError(t.cannotMove);
    const numbers = await renumberParagraphs(tx, meeting.id, next);
    const number = numbers.get(paragraph.id)!;
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'minutes.paragraphMoved',
      entityType: 'MinutesParagraph',
      entityId: paragraph.id,
      data: { meetingId: meeting.id, before: { number: paragraph.number }, after: { number } },
    });
    return { number };
  });
}
