import 'server-only';
import { swedishDay } from '@/domain/minutes/decision-date';
import { appealPeriodEnd } from '@/domain/notice-board/appeal-period';
import type { Prisma } from '@/generated/prisma/client';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';

/*
 * Hooks that post on the association's public notice board (ADR 034), called inside the transaction
 * that locks the minutes (onMinutesLocked) or adopts a plan (adoptPlanByDecision, adoptBudgetRevision).
 * No authorization here: the caller has authorized. Each writes its own audit entry with the caller's tx.
 * Posting is automatic: the minutes are posted the moment they are adjusted and locked, a plan when its
 * adoption takes effect; the office has no "Anslå" step that could be forgotten or delayed.
 */

/** A `YYYY-MM-DD` day as the Date Prisma stores in a DATE column. */
const asDateColumn = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * Posts the locked minutes of a meeting: posted on the Swedish day of `postedAt`, taken down after the
 * appeal period's last day (three weeks, moved to the next weekday; appealPeriodEnd). Once per meeting.
 */
export async function postMinutesOnNoticeBoard(
  tx: Prisma.TransactionClient,
  input: { associationId: string; meetingId: string; postedAt: Date; personId: string | null },
): Promise<{ postingId: string; postedOn: string; takeDownOn: string }> {
  const postedOn = swedishDay(input.postedAt);
  const takeDownOn = appealPeriodEnd(postedOn);
  const posting = await tx.noticeBoardPosting.create({
    data: {
      associationId: input.associationId,
      kind: 'MINUTES',
      meetingId: input.meetingId,
      postedAt: input.postedAt,
      postedOn: asDateColumn(postedOn),
      takeDownOn: asDateColumn(takeDownOn),
    },
    select: { id: true },
  });
  await writeAuditEntry(tx, {
    associationId: input.associationId,
    personId: input.personId,
    action: 'noticeBoard.minutesPosted',
    entityType: 'NoticeBoardPosting',
    entityId: posting.id,
    data: { after: { kind: 'MINUTES', meetingId: input.meetingId, postedOn, takeDownOn } },
  });
  return { postingId: posting.id, postedOn, takeDownOn };
}

/** Publishes an adopted plan on the notice board from the day its adoption takes effect (no take-down day). */
export async function postPlanOnNoticeBoard(
  tx: Prisma.TransactionClient,
  input: { associationId: string; planId: string; postedAt: Date; personId: string | null },
): Promise<{ postingId: string; postedOn: string }> {
  const postedOn = swedishDay(input.postedAt);
  const posting = await tx.noticeBoardPosting.create({
    data: {
      associationId: input.associationId,
      kind: 'PLAN',
      planId: input.planId,
      postedAt: input.postedAt,
      postedOn: asDateColumn(postedOn),
      takeDownOn: null,
    },
    select: { id: true },
  });
  await writeAuditEntry(tx, {
    associationId: input.associationId,
    personId: input.personId,
    action: 'noticeBoard.planPosted',
    entityType: 'NoticeBoardPosting',
    entityId: posting.id,
    data: { after: { kind: 'PLAN', planId: input.planId, postedOn } },
  });
  return { postingId: posting.id, postedOn };
}
