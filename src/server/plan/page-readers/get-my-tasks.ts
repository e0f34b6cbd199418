// Page reader: checks no permission itself. It relies on the to-do page's requireAssociationAccess(slug,
// 'association.read') (att-gora).
import 'server-only';
import type { Role } from '@/domain/authz/roles';
import { bodiesOf, type MeetingBody } from '@/domain/plan/my-bodies';
import { commentPhaseFor, mayCommentOnPlan, type CommentPhase } from '@/domain/plan/plan-comments';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/server/db/client';
import { decideAttest, loadAttestContext, loadDelegationSettings } from '@/server/invoice/attest-context';

export interface MeetingBookItem {
  id: string;
  order: number;
  kind: string;
  title: string;
  description: string;
  matter: {
    id: string;
    year: number;
    number: number;
    title: string;
    description: string;
    proposedDecision: string;
    attachments: { id: string; fileName: string }[];
  } | null;
  attachments: { id: string; fileName: string }[];
}

export interface MyTasks {
  matters: {
    meetingId: string;
    meetingTitle: string;
    startsAt: Date;
    body: MeetingBody;
    matterId: string;
    year: number;
    number: number;
    title: string;
  }[];
  minutes: { meetingId: string; title: string; startsAt: Date; body: MeetingBody }[];
  planComments: { planId: string; year: number; title: string; phase: CommentPhase; ownComments: number }[];
  notices: { id: string; text: string; createdAt: Date; meetingId: string | null }[];
  /** Received invoices the attestordning lets this person attest now (not as a substitute by declaring the chair absent). */
  invoicesToAttest: {
    id: string;
    supplier: string;
    invoiceNumber: string;
    amountInclVat: string;
    dueDate: Date | null;
  }[];
  meetingBook: {
    id: string;
    title: string;
    body: MeetingBody;
    startsAt: Date;
    location: string;
    items: MeetingBookItem[];
  } | null;
}

/**
 * What awaits the person in the association: matters on the agenda of the next meeting of each
 * body they belong to, minutes where they are a chosen adjuster and have not approved, plans
 * they may comment on now, unread notices, received invoices waiting for their attest; and the
 * meeting book of their next meeting.
 */
export async function getMyTasks(
  associationId: string,
  personId: string,
  roles: Role[],
  options: { now: Date; db?: PrismaClient },
): Promise<MyTasks> {
  const db = options.db ?? prisma;
  const { now } = options;
  const seats = await db.boardSeat.findMany({
    where: {
      associationId,
      personId,
      periodStart: { lte: now },
      OR: [{ periodEnd: null }, { periodEnd: { gte: now } }],
    },
    select: { workingCommittee: true },
  });
  const bodies = bodiesOf(roles, seats);

  const upcoming = await db.meeting.findMany({
    where: { associationId, body: { in: bodies }, startsAt: { gte: now }, status: { in: ['PLANNED', 'NOTICE_SENT'] } },
    orderBy: { startsAt: 'asc' },
    select: { id: true, body: true, title: true, startsAt: true, location: true },
  });
  const nextPerBody = new Map<MeetingBody, (typeof upcoming)[number]>();
  for (const meeting of upcoming) if (!nextPerBody.has(meeting.body)) nextPerBody.set(meeting.body, meeting);
  const nextMeetings = [...nextPerBody.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const bookMeeting = nextMeetings[0] ?? null;

  const plansInPhase = await db.plan.findMany({
    where: { associationId, status: { in: ['IN_PREPARATION', 'IN_CONSULTATION'] } },
    orderBy: { year: 'asc' },
    select: { id: true, year: true, title: true, status: true },
  });
  const commentable = plansInPhase.filter((plan) => mayCommentOnPlan(roles, plan.status));

  const [agendaMatters, adjusting, ownComments, notices, bookItems, invoicesToAttest] = await Promise.all([
    db.agendaItem.findMany({
      where: { meetingId: { in: nextMeetings.map((m) => m.id) }, matterId: { not: null } },
      orderBy: [{ meeting: { startsAt: 'asc' } }, { order: 'asc' }],
      select: { meetingId: true, matter: { select: { id: true, year: true, number: true, title: true } } },
    }),
    db.adjuster.findMany({
      where: { personId, approvedAt: null, meeting: { associationId, status: { not: 'CANCELLED' } } },
      orderBy: { meeting: { startsAt: 'asc' } },
      select: { meeting: { select: { id: true, title: true, startsAt: true, body: true } } },
    }),
    db.planComment.groupBy({
      by: ['planId'],
      where: { authorId: personId, planId: { in: commentable.map((p) => p.id) } },
      _count: { _all: true },
    }),
    db.notice.findMany({
      where: { associationId, personId, readAt: null },
      orderBy: { createdAt: 'desc' },
      take: 20,
      select: { id: true, text: true, createdAt: true, meetingId: true },
    }),
    bookMeeting
      ? db.agendaItem.findMany({
          where: { meetingId: bookMeeting.id },
          orderBy: { order: 'asc' },
          select: {
            id: true,
            order: true,
            kind: true,
            title: true,
            description: true,
            attachments: { orderBy: { createdAt: 'asc' }, select: { id: true, fileName: true } },
            matter: {
              select: {
                id: true,
                year: true,
                number: true,
                title: true,
                description: true,
                proposedDecision: true,
                attachments: { orderBy: { createdAt: 'asc' }, select: { id: true, fileName: true } },
              },
            },
          },
        })
      : Promise.resolve([]),
    invoicesAwaitingAttestBy(db, associationId, { personId, roles }, now),
  ]);
  const meetingById = new Map(nextMeetings.map((m) => [m.id, m]));
  const ownCount = new Map(ownComments.map((row) => [row.planId, row._count._all]));

  return {
    matters: agendaMatters.map((item) => {
      const meeting = meetingById.get(item.meetingId)!;
      return {
        meetingId: meeting.id,
        meetingTitle: meeting.title,
        startsAt: meeting.startsAt,
        body: meeting.body,
        matterId: item.matter!.id,
        year: item.matter!.year,
        number: item.matter!.number,
        title: item.matter!.title,
      };
    }),
    minutes: adjusting.map(({ meeting }) => ({
      meetingId: meeting.id,
      title: meeting.title,
      startsAt: meeting.startsAt,
      body: meeting.body,
    })),
    planComments: commentable.map((plan) => ({
      planId: plan.id,
      year: plan.year,
      title: plan.title,
      phase: commentPhaseFor(plan.status)!,
      ownComments: ownCount.get(plan.id) ?? 0,
    })),
    notices,
    invoicesToAttest,
    meetingBook: bookMeeting ? { ...bookMeeting, items: bookItems } : null,
  };
}

/** The received invoices whoMayAttest allows this person now, oldest due date first. */
async function invoicesAwaitingAttestBy(
  db: PrismaClient,
  associationId: string,
  actor: { personId: string; roles: Role[] },
  now: Date,
): Promise<MyTasks['invoicesToAttest']> {
  const delegation = await loadDelegationSettings(db, associationId);
  const attestRoles: Role[] = ['DIRECTOR', delegation.attestAboveLimitRole, delegation.attestSubstituteRole];
  if (!actor.roles.some((role) => attestRoles.includes(role))) return [];
  const received = await db.invoice.findMany({
    where: { associationId, status: 'RECEIVED' },
    orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    select: { id: true },
  });
  const mine: MyTasks['invoicesToAttest'] = [];
  for (const { id } of received) {
    const context = await loadAttestContext(db, associationId, id, now);
    if (!decideAttest(context, actor).decision.allowed) continue;
    const { invoice } = context;
    mine.push({
      id: invoice.id,
      supplier: invoice.supplier,
      invoiceNumber: invoice.invoiceNumber,
      amountInclVat: invoice.amountInclVat.toString(),
      dueDate: invoice.dueDate,
    });
  }
  return mine;
}
