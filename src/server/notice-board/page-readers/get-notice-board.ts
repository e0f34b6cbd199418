// Page reader: public by design (ADR 034), no permission check and no session. The notice board
// (anslagstavla) shows only what the association has posted: the minutes' meeting, dates and appeal
// period, and the adopted plans' title and dates; nothing of anyone's person beyond the minutes' PDF.
import 'server-only';
import { swedishDay } from '@/domain/minutes/decision-date';
import { prisma } from '@/server/db/client';
import type { Db } from '@/server/kernel/deps';
import { loadAssociationRules } from '@/server/settings/load-association-rules';

const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/** The association's notice board by its address; null for an unknown slug (the page answers 404). */
export async function getNoticeBoard(slug: string, options: { db?: Db; now?: Date } = {}) {
  const db = options.db ?? prisma;
  const today = swedishDay(options.now ?? new Date());
  const association = await db.association.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!association) return null;
  const postings = await db.noticeBoardPosting.findMany({
    where: { associationId: association.id },
    orderBy: [{ postedAt: 'desc' }],
    select: {
      id: true,
      kind: true,
      postedOn: true,
      takeDownOn: true,
      meeting: { select: { id: true, title: true, body: true, startsAt: true, minutesLockedAt: true } },
      plan: { select: { id: true, title: true, year: true, versionNumber: true, adoptedAt: true } },
    },
  });
  const rules = await loadAssociationRules(db, association.id, Number(today.slice(0, 4)));
  const minutes = postings
    .filter((p) => p.kind === 'MINUTES' && p.meeting?.minutesLockedAt)
    .map((p) => ({
      postingId: p.id,
      meetingId: p.meeting!.id,
      title: p.meeting!.title,
      body: p.meeting!.body,
      meetingDate: p.meeting!.startsAt,
      adjustedAt: p.meeting!.minutesLockedAt!,
      postedOn: isoOf(p.postedOn),
      takeDownOn: p.takeDownOn ? isoOf(p.takeDownOn) : null,
    }));
  return {
    association: { name: association.name },
    keptAt: rules.noticeBoardText,
    /** Posted and the appeal period not yet over (its last day included). */
    current: minutes.filter((m) => m.takeDownOn === null || m.takeDownOn >= today),
    earlier: minutes.filter((m) => m.takeDownOn !== null && m.takeDownOn < today),
    plans: postings
      .filter((p) => p.kind === 'PLAN' && p.plan)
      .map((p) => ({
        postingId: p.id,
        planId: p.plan!.id,
        title: p.plan!.title,
        year: p.plan!.year,
        versionNumber: p.plan!.versionNumber,
        adoptedAt: p.plan!.adoptedAt,
        postedOn: isoOf(p.postedOn),
      })),
  };
}

export type NoticeBoard = NonNullable<Awaited<ReturnType<typeof getNoticeBoard>>>;
