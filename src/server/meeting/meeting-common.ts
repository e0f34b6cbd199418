import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { MeetingStatus } from '@/generated/prisma/enums';
import { isAgendaEditable, isAttendanceEditable } from '@/domain/meeting/agenda';
import { format, messages } from '@/i18n/catalog';
import { LockedError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { loadOwned } from '@/server/kernel/load-owned';

export interface FreshMeeting {
  id: string;
  status: MeetingStatus;
  version: number;
}

/** The meeting of this association; another association's meeting is refused as missing. */
export async function loadMeeting(tx: Prisma.TransactionClient, associationId: string, meetingId: string) {
  return loadOwned(
    (where) => tx.meeting.findFirst({ where }),
    associationId,
    meetingId,
    messages().governance.refusals.meetingNotFound,
  );
}

async function fresh(tx: Prisma.TransactionClient, meetingId: string): Promise<FreshMeeting | null> {
  return tx.meeting.findUnique({ where: { id: meetingId }, select: { id: true, status: true, version: true } });
}

/**
 * The meeting's version guards the whole meeting page (details, agenda, attendance): every change
 * states the version it saw and bumps it. Throws StaleVersionError with the stored status and version.
 */
export async function bumpMeetingVersion(
  tx: Prisma.TransactionClient,
  meetingId: string,
  version: number,
  data: Prisma.MeetingUpdateManyMutationInput = {},
): Promise<number> {
  const { count } = await tx.meeting.updateMany({
    where: { id: meetingId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new StaleVersionError(await fresh(tx, meetingId));
  return version + 1;
}

export async function requireVersion(
  tx: Prisma.TransactionClient,
  meeting: { id: string; version: number },
  version: number,
): Promise<void> {
  if (meeting.version !== version) throw new StaleVersionError(await fresh(tx, meeting.id));
}

function statusText(status: MeetingStatus): string {
  return messages().areas.meetingStatus[status].toLowerCase();
}

export function requireAgendaEditable(status: MeetingStatus): void {
  if (!isAgendaEditable(status))
    throw new LockedError(format(messages().governance.refusals.agendaLocked, { status: statusText(status) }));
}

export function requireAttendanceEditable(status: MeetingStatus): void {
  if (!isAttendanceEditable(status))
    throw new LockedError(format(messages().governance.refusals.attendanceLocked, { status: statusText(status) }));
}

/** Writes the items' order 0…n−1 as given (two passes would be needed with a unique index; there is none). */
export async function renumberAgenda(tx: Prisma.TransactionClient, orderedIds: string[]): Promise<void> {
  for (const [order, id] of orderedIds.entries()) await tx.agendaItem.update({ where: { id }, data: { order } });
}

/** The meeting at the version the user saw (else STALE), with its agenda still open to changes (else LOCKED). */
export async function loadEditableMeeting(
  tx: Prisma.TransactionClient,
  request: { associationId: string; meetingId: string; version: number },
) {
  const meeting = await loadMeeting(tx, request.associationId, request.meetingId);
  await requireVersion(tx, meeting, request.version);
  requireAgendaEditable(meeting.status);
  return meeting;
}

/** The meeting's agenda items in order. */
export async function loadAgenda(tx: Prisma.TransactionClient, meetingId: string) {
  return tx.agendaItem.findMany({
    where: { meetingId },
    orderBy: { order: 'asc' },
    select: { id: true, kind: true, matterId: true },
  });
}

/** Creates an item at the position among the (ordered) items and renumbers the agenda around it. */
export async function insertAgendaItem(
  tx: Prisma.TransactionClient,
  items: readonly { id: string }[],
  position: number,
  data: Omit<Prisma.AgendaItemUncheckedCreateInput, 'order'> & { meetingId: string },
) {
  const item = await tx.agendaItem.create({ data: { ...data, order: position } });
  const ids = items.map((i) => i.id);
  ids.splice(position, 0, item.id);
  await renumberAgenda(tx, ids);
  return item;
}
