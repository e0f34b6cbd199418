import 'server-only';
import { z } from 'zod';
import { dayOf, termEndOf } from '@/domain/board/term-dates';
import { roleOfSeat, validateTermEnd } from '@/domain/board/validate-seat';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id, version } from '@/server/kernel/input';
import { loadOwned } from '@/server/kernel/load-owned';
import { FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { day } from './term-input';

export interface EndBoardSeatTermInput {
  associationId: string;
  seatId: string;
  version: number;
  /** The term's last day (inclusive). */
  to: string;
}

const schema = z.object({ associationId: id, seatId: id, version, to: day });

/**
 * Ends a term on a board seat on its last day (the seat's history stays). The holder's matching
 * role (ledamot, ersättare) ends the same day unless another seat of theirs keeps it.
 */
export async function endBoardSeatTerm(input: EndBoardSeatTermInput, actor: Actor, deps: UseCaseDeps = {}) {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'settings.edit', { db, now: deps.now });
  const { associationId } = parsed;
  const to = termEndOf(parsed.to);

  return db.$transaction(async (tx) => {
    const seat = await loadOwned(
      (where) =>
        tx.boardSeat.findFirst({
          where,
          select: { id: true, kind: true, personId: true, periodStart: true, periodEnd: true, version: true },
        }),
      associationId,
      parsed.seatId,
    );
    if (validateTermEnd({ from: seat.periodStart, to: seat.periodEnd }, to)) {
      throw new FieldValidationError({ to: messages().board.errors.END_BEFORE_START });
    }
    const { count } = await tx.boardSeat.updateMany({
      where: { id: seat.id, associationId, version: parsed.version },
      data: { periodEnd: to, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersionError({ seat: { ...seat } });

    const role = roleOfSeat(seat.kind);
    const endedRoles: string[] = [];
    if (role) {
      const otherSeat = await tx.boardSeat.findFirst({
        where: {
          associationId,
          personId: seat.personId,
          kind: seat.kind,
          id: { not: seat.id },
          periodStart: { lte: to },
          OR: [{ periodEnd: null }, { periodEnd: { gt: to } }],
        },
        select: { id: true },
      });
      if (!otherSeat) {
        const terms = await tx.roleAssignment.findMany({
          where: {
            associationId,
            personId: seat.personId,
            role,
            AND: [
              { OR: [{ validFrom: null }, { validFrom: { lte: to } }] },
              { OR: [{ validTo: null }, { validTo: { gt: to } }] },
            ],
          },
          select: { id: true },
        });
        for (const term of terms) {
          await tx.roleAssignment.update({
            where: { id: term.id },
            data: { validTo: to, version: { increment: 1 } },
          });
          endedRoles.push(term.id);
        }
      }
    }

    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'boardSeat.termEnded',
      entityType: 'BoardSeat',
      entityId: seat.id,
      data: {
        before: {
          holderId: seat.personId,
          to: seat.periodEnd ? dayOf(seat.periodEnd) : null,
          endedRoleAssignmentIds: [],
        },
        after: { holderId: seat.personId, to: parsed.to, endedRoleAssignmentIds: endedRoles },
      },
    });
    return { seatId: seat.id, version: parsed.version + 1 };
  });
}
