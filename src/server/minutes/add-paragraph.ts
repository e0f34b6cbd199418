import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { insertParagraph, withNumberRetry } from './create-paragraph';
import { assertLinks, longText, openMinutes, optionalId } from './minutes-context';
import { voidStaleApprovals } from '@/server/minutes-adjustment/void-stale-approvals';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({
  associationId: id,
  meetingId: id,
  /** From an agenda item: title and matter (with its plan and intervention) default to the item's. */
  agendaItemId: optionalId,
  title: z
    .string()
    .trim()
    .max(300, { error: () => messages().minutes.errors.textTooLong })
    .default(''),
  discussion: longText,
  decisionText: longText,
  matterId: optionalId,
  interventionId: optionalId,
  planId: optionalId,
});

export type AddParagraphInput = z.input<typeof schema>;

/**
 * Adds a § to a meeting's minutes, from an agenda item or free. Its number is the next in the
 * association's year (numbers continue across the year's meetings), assigned in the transaction.
 */
export async function addParagraph(
  input: AddParagraphInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ paragraphId: string; number: number; year: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'minutes.write', { db, now: deps.now });
  const t = messages().minutes.errors;

  return withNumberRetry(db, async (tx) => {
    const meeting = await openMinutes(tx, parsed.associationId, parsed.meetingId);
    let { title, matterId, interventionId, planId } = parsed;
    if (parsed.agendaItemId) {
      const item = await tx.agendaItem.findFirst({
        where: { id: parsed.agendaItemId, meetingId: meeting.id },
        select: { title: true, matterId: true, matter: { select: { planId: true, interventionId: true } } },
      });
      if (!item) throw new FieldValidationError({ agendaItemId: t.agendaItemUnknown });
      title ||= item.title;
      matterId ??= item.matterId;
      planId ??= item.matter?.planId ?? null;
      interventionId ??= item.matter?.interventionId ?? null;
    }
    if (!title) throw new FieldValidationError({ title: t.titleRequired });
    const links = { matterId, interventionId, planId };
    await assertLinks(tx, parsed.associationId, links);

    const paragraph = await insertParagraph(tx, meeting, {
      title,
      discussion: parsed.discussion,
      decisionText: parsed.decisionText,
      agendaItemId: parsed.agendaItemId,
      correctsId: null,
      ...links,
    });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'minutes.paragraphAdded',
      entityType: 'MinutesParagraph',
      entityId: paragraph.id,
      data: {
        after: {
          meetingId: meeting.id,
          year: paragraph.year,
          number: paragraph.number,
          title,
          discussion: parsed.discussion,
          decisionText: parsed.decisionText,
          agendaItemId: parsed.agendaItemId,
          ...links,
        },
      },
    });
    await voidStaleApprovals(tx, meeting.id, actor.personId);
    return { paragraphId: paragraph.id, number: paragraph.number, year: paragraph.year };
  });
}
