import 'server-only';
import { z } from 'zod';
import { termEndOf, termStartOf, termsOverlap } from '@/domain/board/term-dates';
import { roleOfSeat, validateNewSeat, type SeatIssue } from '@/domain/board/validate-seat';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id } from '@/server/kernel/input';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { assertMembersOfAssociation, assertPersonOfAssociation } from './association-people';
import { day, optionalDay, optionalId } from './term-input';

export interface AddBoardSeatInput {
  associationId: string;
  kind: 'ORDINARY' | 'DEPUTY' | 'CO_OPTED';
  /** Held jointly by a group of members (then at least two). */
  joint: boolean;
  memberIds: string[];
  /** '' when none was chosen (refused next to the field). */
  personId: string;
  from: string;
  /** '' = until further notice. */
  to: string;
  /** Place in the deputies' order as typed ('' when not an ordered deputy). */
  deputyOrder: string;
  /** The ordinary seat a personal deputy stands in for ('' when none). */
  personalDeputyForId: string;
  workingCommittee: boolean;
}

const t = () => messages().board.errors;

const schema = z.object({
  associationId: id,
  kind: z.enum(['ORDINARY', 'DEPUTY', 'CO_OPTED'], { error: () => t().kindInvalid }),
  joint: z.boolean(),
  memberIds: z.array(id).max(100),
  personId: optionalId,
  from: day,
  to: optionalDay,
  deputyOrder: z
    .string()
    .trim()
    .max(3, { error: () => t().DEPUTY_ORDER_REQUIRED })
    .refine((text) => text === '' || /^\d+$/.test(text), { error: () => t().DEPUTY_ORDER_REQUIRED }),
  personalDeputyForId: optionalId,
  workingCommittee: z.boolean(),
});

function fieldErrors(issues: SeatIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[issue.field] ??= t()[issue.code];
  return errors;
}

/**
 * Fills a board seat for a term: an ordinary seat, a deputy (personal or in the order, by the
 * association's deputy mode) or a co-opted person without a vote. The seat belongs to one member or
 * jointly to a group. The holder also gets the seat's role (ledamot, ersättare) for the same term,
 * unless they already hold it then, so the term gives access from its first day.
 */
export async function addBoardSeat(input: AddBoardSeatInput, actor: Actor, deps: UseCaseDeps = {}) {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'settings.edit', { db, now: deps.now });
  const associationId = parsed.associationId;
  const term = { from: termStartOf(parsed.from), to: parsed.to ? termEndOf(parsed.to) : null };
  const memberIds = [...new Set(parsed.memberIds)];
  const deputyOrder = parsed.deputyOrder === '' ? null : Number(parsed.deputyOrder);

  return db.$transaction(async (tx) => {
    if (parsed.personId) await assertPersonOfAssociation(tx, associationId, parsed.personId, 'personId');
    await assertMembersOfAssociation(tx, associationId, memberIds, 'memberIds');
    const settings = await tx.associationSettings.findUnique({
      where: { associationId },
      select: { deputyMode: true },
    });
    const deputyMode = settings?.deputyMode ?? 'ORDERED';
    const existing = await tx.boardSeat.findMany({
      where: { associationId },
      select: { id: true, kind: true, personId: true, periodStart: true, periodEnd: true, deputyOrder: true },
    });
    const issues = validateNewSeat(
      {
        kind: parsed.kind,
        personId: parsed.personId || null,
        memberIds,
        joint: parsed.joint,
        term,
        deputyOrder: parsed.kind === 'DEPUTY' && deputyMode === 'ORDERED' ? deputyOrder : null,
        personalDeputyForId:
          parsed.kind === 'DEPUTY' && deputyMode === 'PERSONAL' ? parsed.personalDeputyForId || null : null,
      },
      existing.map((s) => ({
        id: s.id,
        kind: s.kind,
        personId: s.personId,
        term: { from: s.periodStart, to: s.periodEnd },
      })),
      deputyMode,
    );
    if (
      parsed.kind === 'DEPUTY' &&
      deputyMode === 'ORDERED' &&
      deputyOrder !== null &&
      existing.some(
        (s) =>
          s.kind === 'DEPUTY' &&
          s.deputyOrder === deputyOrder &&
          termsOverlap({ from: s.periodStart, to: s.periodEnd }, term),
      )
    ) {
      issues.push({ field: 'deputyOrder', code: 'DEPUTY_ORDER_TAKEN' });
    }
    if (issues.length > 0) throw new FieldValidationError(fieldErrors(issues));

    const personId = parsed.personId;
    const seat = await tx.boardSeat.create({
      data: {
        associationId,
        personId,
        kind: parsed.kind,
        deputyOrder: parsed.kind === 'DEPUTY' && deputyMode === 'ORDERED' ? deputyOrder : null,
        personalDeputyForId: parsed.kind === 'DEPUTY' && deputyMode === 'PERSONAL' ? parsed.personalDeputyForId : null,
        workingCommittee: parsed.workingCommittee,
        periodStart: term.from,
        periodEnd: term.to,
        appointedBy: { create: memberIds.map((memberId) => ({ memberId })) },
      },
      select: { id: true, version: true },
    });

    const role = roleOfSeat(parsed.kind);
    let roleAssignmentId: string | null = null;
    if (role) {
      const held = await tx.roleAssignment.findMany({
        where: { associationId, personId, role },
        select: { validFrom: true, validTo: true },
      });
      if (!held.some((r) => termsOverlap({ from: r.validFrom, to: r.validTo }, term))) {
        const created = await tx.roleAssignment.create({
          data: {
            associationId,
            personId,
            role,
            memberId: memberIds.length === 1 ? memberIds[0] : null,
            validFrom: term.from,
            validTo: term.to,
          },
          select: { id: true },
        });
        roleAssignmentId = created.id;
      }
    }

    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'boardSeat.added',
      entityType: 'BoardSeat',
      entityId: seat.id,
      data: {
        after: {
          kind: parsed.kind,
          holderId: personId,
          memberIds,
          joint: parsed.joint,
          from: parsed.from,
          to: parsed.to || null,
          deputyOrder: parsed.kind === 'DEPUTY' && deputyMode === 'ORDERED' ? deputyOrder : null,
          personalDeputyForId:
            parsed.kind === 'DEPUTY' && deputyMode === 'PERSONAL' ? parsed.personalDeputyForId : null,
          workingCommittee: parsed.workingCommittee,
          roleAssignmentId,
        },
      },
    });
    return { seatId: seat.id, version: seat.version };
  });
}
