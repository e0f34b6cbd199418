import 'server-only';
import { z } from 'zod';
import { checkAdjusters } from '@/domain/minutes/adjusters';
import { adjustBy } from '@/domain/minutes/adjust-by';
import { minutesToAdjustMail } from '@/domain/mail/templates/minutes-to-adjust';
import type { Prisma } from '@/generated/prisma/client';
import { messages } from '@/i18n/catalog';
import { formatDate, formatLongDate } from '@/i18n/dates';
import { enqueueMail } from '@/server/mail/enqueue-mail';
import { mailLinks } from '@/server/mail/mail-links';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { ConflictError, FieldValidationError } from '@/server/kernel/use-case-errors';
import { loadAdjusterCandidates } from './adjuster-candidates';
import { inMinutesTransaction, openMinutes, type MeetingForMinutes } from './minutes-context';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({
  associationId: id,
  meetingId: id,
  /** The two people the meeting chose to approve (justera) the minutes. */
  personIds: z.array(id).max(10),
});

export type ChooseAdjustersInput = z.input<typeof schema>;

/**
 * Records the two adjusters the meeting chose: two different people among those present with a
 * vote or present board members. They can be changed until one of them has approved.
 */
export async function chooseAdjusters(
  input: ChooseAdjustersInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ personIds: string[] }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'minutes.write', { db, now: deps.now });
  const t = messages().minutes.errors;

  return inMinutesTransaction(db, async (tx) => {
    const meeting = await openMinutes(tx, parsed.associationId, parsed.meetingId);
    const { eligible } = await loadAdjusterCandidates(tx, meeting);
    const problem = checkAdjusters(parsed.personIds, eligible);
    if (problem) {
      const message = { COUNT: t.adjustersCount, SAME_PERSON: t.adjustersSame, NOT_ELIGIBLE: t.adjustersNotEligible }[
        problem
      ];
      throw new FieldValidationError({ personIds: message });
    }
    const current = await tx.adjuster.findMany({
      where: { meetingId: meeting.id },
      orderBy: { id: 'asc' },
      select: { personId: true, approvedAt: true },
    });
    if (current.some((adjuster) => adjuster.approvedAt)) throw new ConflictError(t.adjustersApproved);

    await tx.adjuster.deleteMany({ where: { meetingId: meeting.id } });
    await tx.adjuster.createMany({ data: parsed.personIds.map((personId) => ({ meetingId: meeting.id, personId })) });
    await mailAdjusters(tx, meeting, parsed.personIds);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'minutes.adjustersChosen',
      entityType: 'Meeting',
      entityId: meeting.id,
      data: {
        before: { adjusters: current.map((adjuster) => adjuster.personId) },
        after: { adjusters: parsed.personIds },
      },
    });
    return { personIds: parsed.personIds };
  });
}

/**
 * Tells each adjuster that the minutes wait for them, by when, with a link to the minutes page.
 * The model has no "the secretary finished the minutes" step: choosing the two adjusters is the
 * event after which approval becomes possible (checkApproval needs both), so it is the one that
 * means "ready to adjust". A person chosen again for the same meeting is not mailed twice.
 */
async function mailAdjusters(tx: Prisma.TransactionClient, meeting: MeetingForMinutes, personIds: readonly string[]) {
  const t = messages();
  const [association, people] = await Promise.all([
    tx.association.findUniqueOrThrow({ where: { id: meeting.associationId }, select: { name: true, slug: true } }),
    tx.person.findMany({ where: { id: { in: [...personIds] } }, select: { id: true, name: true, email: true } }),
  ]);
  const links = mailLinks(association.slug);
  await enqueueMail(tx, {
    associationId: meeting.associationId,
    kind: 'MINUTES_TO_ADJUST',
    recipients: people,
    dedupeKey: (recipient) => `minutes-to-adjust:${meeting.id}:${recipient.id}`,
    render: (recipient) =>
      minutesToAdjustMail({
        recipientName: recipient.name,
        associationName: association.name,
        bodyName: t.mail.body[meeting.body],
        title: meeting.title,
        meetingDate: formatDate(meeting.startsAt),
        adjustBy: formatLongDate(adjustBy(meeting.startsAt)),
        minutesUrl: links.minutes(meeting.id),
        preferencesUrl: links.preferences(),
      }),
  });
}
