import 'server-only';
import { z } from 'zod';
import { format, messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { insertParagraph, withNumberRetry } from './create-paragraph';
import { longText, openMinutes } from './minutes-context';
import { voidStaleApprovals } from '@/server/minutes-adjustment/void-stale-approvals';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({
  associationId: id,
  /** The later meeting whose minutes get the correction. */
  meetingId: id,
  /** The paragraph of locked minutes being corrected. */
  correctsId: id,
  title: z.string().trim().max(300).default(''),
  discussion: longText,
  decisionText: longText,
});

export type AddCorrectionParagraphInput = z.input<typeof schema>;

/**
 * Locked minutes never change: a correction is a new paragraph in a later meeting's (open)
 * minutes that points at the paragraph it corrects and concerns the same matter, plan and intervention.
 */
export async function addCorrectionParagraph(input: AddCorrectionParagraphInput, actor: Actor, deps: UseCaseDeps = {}) {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'minutes.write', { db, now: deps.now });
  const t = messages().minutes;

  return withNumberRetry(db, async (tx) => {
    const meeting = await openMinutes(tx, parsed.associationId, parsed.meetingId);
    const corrected = await tx.minutesParagraph.findFirst({
      where: { id: parsed.correctsId, associationId: parsed.associationId },
      select: {
        id: true,
        number: true,
        year: true,
        matterId: true,
        interventionId: true,
        planId: true,
        meeting: { select: { startsAt: true, minutesLockedAt: true } },
      },
    });
    if (!corrected) throw new FieldValidationError({ correctsId: t.errors.correctsUnknown });
    if (!corrected.meeting.minutesLockedAt) throw new FieldValidationError({ correctsId: t.errors.correctsNotLocked });
    if (corrected.meeting.startsAt >= meeting.startsAt)
      throw new FieldValidationError({ correctsId: t.errors.correctsNotEarlier });

    const title = parsed.title || format(t.correction.defaultTitle, { number: corrected.number, year: corrected.year });
    const links = { matterId: corrected.matterId, interventionId: corrected.interventionId, planId: corrected.planId };
    const paragraph = await insertParagraph(tx, meeting, {
      title,
      discussion: parsed.discussion,
      decisionText: parsed.decisionText,
      agendaItemId: null,
      correctsId: corrected.id,
      ...links,
    });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'minutes.correctionAdded',
      entityType: 'MinutesParagraph',
      entityId: paragraph.id,
      data: {
        after: {
          meetingId: meeting.id,
          year: paragraph.year,
          number: paragraph.number,
          correctsId: corrected.id,
          title,
          discussion: parsed.discussion,
          decisionText: parsed.decisionText,
          ...links,
        },
      },
    });
    await voidStaleApprovals(tx, meeting.id, actor.personId);
    return { paragraphId: paragraph.id, number: paragraph.number, year: paragraph.year };
  });
}
