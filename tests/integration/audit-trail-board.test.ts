/**
 * The board's rows of the audit trail (see audit-trail.test.ts): seats and role terms, on the
 * seeded demo data, as the director (settings.edit).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { addBoardSeat } from '@/server/board/add-board-seat';
import { addRoleTerm } from '@/server/board/add-role-term';
import { endBoardSeatTerm } from '@/server/board/end-board-seat-term';
import { endRoleTerm } from '@/server/board/end-role-term';
import { runAuditRows, type AuditRows } from '../support/audit-trail-harness';
import { seededDemoDatabase, type DemoIds } from '../support/demo-ids';
import type { TestDatabase } from '../support/test-database';

let database: TestDatabase;
let ids: DemoIds;
const db = () => database.prisma;
const now = new Date('2026-12-02T10:00:00Z');
const deps = () => ({ db: database.prisma, now });
const director = () => ({ personId: ids.director });

beforeAll(async () => {
  ({ database, ids } = await seededDemoDatabase());
});
afterAll(() => database?.drop());

const memberOfKind = (kind: 'FK' | 'AF' | 'REGION') =>
  db().member.findFirstOrThrow({ where: { associationId: ids.gotland, kind } });

const ROWS: AuditRows = {
  'src/server/board/add-board-seat.ts#addBoardSeat': async () => {
    const region = await memberOfKind('REGION');
    const { seatId } = await addBoardSeat(
      {
        associationId: ids.gotland,
        kind: 'ORDINARY',
        joint: false,
        memberIds: [region.id],
        personId: ids.preparer,
        from: '2027-01-01',
        to: '2030-12-31',
        deputyOrder: '',
        personalDeputyForId: '',
        workingCommittee: false,
      },
      director(),
      deps(),
    );
    // The holder gets the seat's role for the same term.
    const role = await db().roleAssignment.findFirstOrThrow({
      where: { associationId: ids.gotland, personId: ids.preparer, role: 'BOARD_MEMBER' },
    });
    return {
      action: 'boardSeat.added',
      entityType: 'BoardSeat',
      entityId: seatId,
      personId: ids.director,
      before: 'absent',
      after: {
        kind: 'ORDINARY',
        holderId: ids.preparer,
        memberIds: [region.id],
        joint: false,
        from: '2027-01-01',
        to: '2030-12-31',
        deputyOrder: null,
        personalDeputyForId: null,
        workingCommittee: false,
        roleAssignmentId: role.id,
      },
    };
  },

  'src/server/board/add-role-term.ts#addRoleTerm': async () => {
    const region = await memberOfKind('REGION');
    const { roleAssignmentId } = await addRoleTerm(
      {
        associationId: ids.gotland,
        personId: ids.representative,
        role: 'PREPARATION_GROUP',
        memberId: region.id,
        from: '2027-01-01',
        to: '',
      },
      director(),
      deps(),
    );
    return {
      action: 'roleTerm.added',
      entityType: 'RoleAssignment',
      entityId: roleAssignmentId,
      personId: ids.director,
      before: 'absent',
      after: {
        holderId: ids.representative,
        role: 'PREPARATION_GROUP',
        memberId: region.id,
        from: '2027-01-01',
        to: null,
      },
    };
  },

  'src/server/board/end-board-seat-term.ts#endBoardSeatTerm': async () => {
    const seat = await db().boardSeat.findFirstOrThrow({
      where: { associationId: ids.gotland, personId: ids.elin, kind: 'ORDINARY' },
    });
    const role = await db().roleAssignment.findFirstOrThrow({
      where: { associationId: ids.gotland, personId: ids.elin, role: 'BOARD_MEMBER' },
    });
    expect(seat.periodEnd).toBeNull();
    await endBoardSeatTerm(
      { associationId: ids.gotland, seatId: seat.id, version: seat.version, to: '2026-12-31' },
      director(),
      deps(),
    );
    // The holder's ledamot role ends the same day: no other seat of hers keeps it.
    return {
      action: 'boardSeat.termEnded',
      entityType: 'BoardSeat',
      entityId: seat.id,
      personId: ids.director,
      before: { holderId: ids.elin, to: null, endedRoleAssignmentIds: [] },
      after: { holderId: ids.elin, to: '2026-12-31', endedRoleAssignmentIds: [role.id] },
    };
  },

  'src/server/board/end-role-term.ts#endRoleTerm': async () => {
    const term = await db().roleAssignment.findFirstOrThrow({
      where: { associationId: ids.gotland, personId: ids.auditor, role: 'AUDITOR' },
    });
    expect(term.validTo).toBeNull();
    await endRoleTerm(
      { associationId: ids.gotland, roleAssignmentId: term.id, version: term.version, to: '2026-12-31' },
      director(),
      deps(),
    );
    return {
      action: 'roleTerm.ended',
      entityType: 'RoleAssignment',
      entityId: term.id,
      personId: ids.director,
      before: { holderId: ids.auditor, role: 'AUDITOR', to: null },
      after: { holderId: ids.auditor, role: 'AUDITOR', to: '2026-12-31' },
    };
  },
};

runAuditRows('the board (seats and role terms) writes audit entries', ROWS, {
  db,
  associationId: () => ids.gotland,
});
