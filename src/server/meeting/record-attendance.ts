import 'server-only';
import { z } from 'zod';
import {
  validateAttendance,
  type AttendanceForQuorum,
  type QuorumResult,
  type SeatForQuorum,
} from '@/domain/meeting/quorum';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { loadBodyMembers } from './body-members';
import { loadQuorum, loadQuorumSettings } from './load-quorum';
import { voidStaleApprovals } from '@/server/minutes-adjustment/void-stale-approvals';
import { bumpMeetingVersion, loadMeeting, requireAttendanceEditable, requireVersion } from './meeting-common';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

export interface AttendanceRowInput {
  personId: string;
  present: boolean;
  /** The ordinary seat a deputy serves for. */
  servingForSeatId?: string | null;
  /** A person outside the body taking part without a vote (adjungerad). Seat holders of kind CO_OPTED are co-opted anyway. */
  coOpted?: boolean;
}

const row = z.object({
  personId: id,
  present: z.boolean(),
  servingForSeatId: z.preprocess((v) => (v === '' ? null : v), id.nullish()),
  coOpted: z.boolean().default(false),
});
const schema = z.object({ associationId: id, meetingId: id, version, rows: z.array(row).max(500) });

/**
 * Records the whole attendance at once (replacing what was recorded), at the meeting's version:
 * who was present, which deputy served in whose place, co-opted persons. Refuses rows that
 * contradict the seats or the deputy mode (field `rows.<personId>`). Returns the new quorum.
 */
export async function recordAttendance(
  input: { associationId: string; meetingId: string; version: number; rows: AttendanceRowInput[] },
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ version: number; quorum: QuorumResult }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'meeting.manage', { db, now: deps.now });
  const t = messages().governance;
  return db.$transaction(async (tx) => {
    const meeting = await loadMeeting(tx, parsed.associationId, parsed.meetingId);
    await requireVersion(tx, meeting, parsed.version);
    requireAttendanceEditable(meeting.status);

    const members = await loadBodyMembers(tx, meeting);
    const memberById = new Map(members.map((m) => [m.personId, m]));
    const errors: Record<string, string> = {};
    const seen = new Set<string>();
    const outsiders = parsed.rows.filter((r) => !memberById.has(r.personId)).map((r) => r.personId);
    const known = new Set(
      (
        await tx.roleAssignment.findMany({
          where: { associationId: parsed.associationId, personId: { in: outsiders } },
          select: { personId: true },
        })
      ).map((r) => r.personId),
    );
    for (const r of parsed.rows) {
      if (seen.has(r.personId)) errors[`rows.${r.personId}`] = t.fields.invalid;
      seen.add(r.personId);
      if (!memberById.has(r.personId) && !known.has(r.personId)) errors[`rows.${r.personId}`] = t.fields.personUnknown;
    }
    if (Object.keys(errors).length > 0) throw new FieldValidationError(errors);

    const rows = parsed.rows.map((r) => {
      const seat = memberById.get(r.personId)?.seat ?? null;
      // Outside the body, or on a co-opted seat: co-opted, no vote.
      const coOpted = r.coOpted || !memberById.has(r.personId) || seat?.kind === 'CO_OPTED';
      return {
        personId: r.personId,
        present: r.present,
        servingForSeatId: r.servingForSeatId ?? null,
        coOpted,
        seatId: seat && !seat.seatId.startsWith('role:') ? seat.seatId : null,
      };
    });
    const seats: SeatForQuorum[] = members.flatMap((m) =>
      m.seat
        ? [
            {
              seatId: m.seat.seatId,
              personId: m.personId,
              kind: m.seat.kind,
              deputyOrder: m.seat.deputyOrder,
              personalDeputyForId: m.seat.personalDeputyForId,
            },
          ]
        : [],
    );
    const settings = await loadQuorumSettings(tx, parsed.associationId, meeting.startsAt);
    const forQuorum: AttendanceForQuorum[] = rows.map((r) => ({
      personId: r.personId,
      present: r.present,
      servingForSeatId: r.servingForSeatId,
      coOpted: r.coOpted,
    }));
    for (const issue of validateAttendance(seats, forQuorum, settings.deputyMode))
      errors[`rows.${issue.personId}`] = t.attendanceIssue[issue.code];
    if (Object.keys(errors).length > 0) throw new FieldValidationError(errors);

    const before = await tx.attendance.findMany({
      where: { meetingId: meeting.id },
      orderBy: { personId: 'asc' },
      select: { personId: true, status: true, servingForId: true, coOpted: true },
    });
    const quorumBefore = await loadQuorum(tx, meeting.id);
    await tx.attendance.deleteMany({ where: { meetingId: meeting.id } });
    await tx.attendance.createMany({
      data: rows.map((r) => ({
        meetingId: meeting.id,
        personId: r.personId,
        seatId: r.seatId,
        status: r.present ? 'PRESENT' : 'ABSENT',
        servingForId: r.servingForSeatId,
        coOpted: r.coOpted,
      })),
    });
    const newVersion = await bumpMeetingVersion(tx, meeting.id, parsed.version);
    const quorum = await loadQuorum(tx, meeting.id);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'meeting.attendanceRecorded',
      entityType: 'Meeting',
      entityId: meeting.id,
      data: {
        before: {
          attendance: before,
          quorum: {
            votingPresent: quorumBefore.votingPresent,
            required: quorumBefore.required,
            hasQuorum: quorumBefore.hasQuorum,
          },
        },
        after: {
          attendance: rows.map((r) => ({
            personId: r.personId,
            status: r.present ? 'PRESENT' : 'ABSENT',
            servingForId: r.servingForSeatId,
            coOpted: r.coOpted,
          })),
          quorum: { votingPresent: quorum.votingPresent, required: quorum.required, hasQuorum: quorum.hasQuorum },
        },
      },
    });
    await voidStaleApprovals(tx, meeting.id, actor.personId);
    return { version: newVersion, quorum };
  });
}
