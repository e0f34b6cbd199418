import 'server-only';
import { z } from 'zod';
import { checkVotes, tallyVotes } from '@/domain/minutes/votes';
import { format, messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { loadQuorum } from '@/server/meeting/load-quorum';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { findParagraph, inMinutesTransaction, openMinutes } from './minutes-context';
import { voidStaleApprovals } from '@/server/minutes-adjustment/void-stale-approvals';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({
  associationId: id,
  paragraphId: id,
  /** Every vote cast (one per voter); empty = no vote was held (removes a recorded one). */
  votes: z
    .array(
      z.object({
        personId: id,
        choice: z.enum(['FOR', 'AGAINST', 'ABSTAIN']),
        reservation: z
          .string()
          .trim()
          .max(5_000)
          .nullish()
          .transform((value) => value || null),
      }),
    )
    .max(200),
});

export type RecordVotesInput = z.input<typeof schema>;

/**
 * Records how each voter voted on a paragraph (for / against / abstain; reservations), replacing
 * what was recorded. Only those with a vote at the meeting: the ordinary members present and the
 * deputies serving in an absent member's place.
 */
export async function recordVotes(input: RecordVotesInput, actor: Actor, deps: UseCaseDeps = {}) {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'minutes.write', { db, now: deps.now });
  const t = messages().minutes.errors;

  return inMinutesTransaction(db, async (tx) => {
    const paragraph = await findParagraph(tx, parsed.associationId, parsed.paragraphId);
    await openMinutes(tx, parsed.associationId, paragraph.meetingId);
    if (parsed.votes.length > 0) {
      const quorum = await loadQuorum(tx, paragraph.meetingId);
      const problems = checkVotes(parsed.votes, quorum.voterPersonIds);
      if (problems.length > 0) {
        const people = await tx.person.findMany({
          where: { id: { in: parsed.votes.map((vote) => vote.personId) } },
          select: { id: true, name: true },
        });
        const name = (personId: string) => people.find((person) => person.id === personId)?.name ?? personId;
        const errors: Record<string, string> = {};
        for (const problem of problems) {
          if (problem.kind === 'NO_VOTES') continue;
          const template = {
            NOT_A_VOTER: t.voteNotVoter,
            DUPLICATE: t.voteDuplicate,
            RESERVATION_WITHOUT_AGAINST: t.voteReservation,
          }[problem.kind];
          errors[`votes.${problem.personId}`] ??= format(template, { name: name(problem.personId) });
        }
        throw new FieldValidationError(errors);
      }
    }

    await tx.vote.deleteMany({ where: { paragraphId: paragraph.id } });
    if (parsed.votes.length > 0)
      await tx.vote.createMany({ data: parsed.votes.map((vote) => ({ paragraphId: paragraph.id, ...vote })) });
    const tally = tallyVotes(parsed.votes);
    const tallyBefore = tallyVotes(paragraph.votes);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'minutes.votesRecorded',
      entityType: 'MinutesParagraph',
      entityId: paragraph.id,
      data: {
        meetingId: paragraph.meetingId,
        before: {
          votes: paragraph.votes,
          for: tallyBefore.for,
          against: tallyBefore.against,
          abstain: tallyBefore.abstain,
        },
        after: { votes: parsed.votes, for: tally.for, against: tally.against, abstain: tally.abstain },
      },
    });
    await voidStaleApprovals(tx, paragraph.meetingId, actor.personId);
    return { for: tally.for, against: tally.against, abstain: tally.abstain, outcome: tally.outcome };
  });
}
