import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attestLogReport } from '@/server/audit-desk/attest-log-report';
import { deskContext } from '@/server/audit-desk/audit-desk-context';
import { loadRoles } from '@/server/authz/load-membership';
import { addBoardSeat, type AddBoardSeatInput } from '@/server/board/add-board-seat';
import { addRoleTerm } from '@/server/board/add-role-term';
import { endBoardSeatTerm } from '@/server/board/end-board-seat-term';
import { endRoleTerm } from '@/server/board/end-role-term';
import { getBoardSettings } from '@/server/board/page-readers/get-board-settings';
import { attestInvoice } from '@/server/invoice/attest-invoice';
import { updateDelegationSettings } from '@/server/invoice/update-delegation-settings';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { loadQuorum, loadQuorumSeats } from '@/server/meeting/load-quorum';
import { loadAdjusterCandidates } from '@/server/minutes/adjuster-candidates';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { refusal } from '../support/refusal';

// An association shaped unlike the demo: nine members (six municipalities, AF, FK, the region), a
// 5 + 5 board with one seat each for AF, FK and the region and two seats held jointly by the six
// municipalities, and one co-opted municipality person without a vote.
let db: TestDatabase;
let associationId = '';
let otherAssociationId = '';
const member: Record<string, string> = {};
const person: Record<string, string> = {};
const municipalities = ['Ale', 'Bollebygd', 'Lerum', 'Partille', 'Härryda', 'Mölndal'];
const now = new Date('2026-03-01T10:00:00Z');
const deps = (at: Date = now) => ({ db: db.prisma, now: at });
const as = (name: string) => ({ personId: person[name]! });

async function seat(input: Partial<AddBoardSeatInput> & { personId: string }, by = 'director') {
  return addBoardSeat(
    {
      associationId,
      kind: 'ORDINARY',
      joint: false,
      memberIds: [],
      from: '2026-01-01',
      to: '',
      deputyOrder: '',
      personalDeputyForId: '',
      workingCommittee: false,
      ...input,
    },
    as(by),
    deps(),
  );
}

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  const association = await p.association.create({ data: { slug: 'nio-medlemmar', name: 'Finsam Nio' } });
  associationId = association.id;
  await p.associationSettings.create({ data: { associationId, deputyMode: 'PERSONAL' } });
  otherAssociationId = (await p.association.create({ data: { slug: 'annat-forbund', name: 'Annat' } })).id;
  for (const [order, name] of municipalities.entries()) {
    member[name] = (await p.member.create({ data: { associationId, kind: 'MUNICIPALITY', name, order } })).id;
  }
  for (const [kind, name] of [
    ['AF', 'Arbetsförmedlingen'],
    ['FK', 'Försäkringskassan'],
    ['REGION', 'Regionen'],
  ] as const) {
    member[kind] = (await p.member.create({ data: { associationId, kind, name, order: 10 } })).id;
  }
  const names = [
    'director',
    'oldChair',
    'newChair',
    'af',
    'fk',
    'region',
    'k1',
    'k2',
    'dAf',
    'dFk',
    'dRegion',
    'dK1',
    'dK2',
    'coOpted',
    'otherDirector',
  ];
  for (const name of names) {
    person[name] = (
      await p.person.create({ data: { email: `${name.toLowerCase()}@nio.test`, name, passwordHash: 'x' } })
    ).id;
  }
  await p.roleAssignment.create({ data: { associationId, personId: person.director!, role: 'DIRECTOR' } });
  // Everyone else is known to the association (as hB's invitations would make them) by a role term.
  for (const name of names.filter((n) => !['director', 'otherDirector'].includes(n))) {
    await p.roleAssignment.create({
      data: {
        associationId,
        personId: person[name]!,
        role: 'MEMBER_REPRESENTATIVE',
        validFrom: new Date('2020-01-01T00:00:00Z'),
        validTo: new Date('2020-12-31T22:59:59.999Z'),
      },
    });
  }
  await p.roleAssignment.create({
    data: { associationId: otherAssociationId, personId: person.otherDirector!, role: 'DIRECTOR' },
  });
  for (const year of [2025, 2026, 2027]) {
    await p.priceBaseAmount.create({ data: { associationId, year, amount: '58800' } });
  }
});
afterAll(() => db.drop());

describe('a board of five seats, two of them held jointly by six municipalities', () => {
  const seats: Record<string, { seatId: string; version: number }> = {};

  it('fills seats held by one member and jointly by six, with personal deputies and a co-opted person', async () => {
    seats.af = await seat({ personId: person.af!, memberIds: [member.AF!], workingCommittee: true });
    seats.fk = await seat({ personId: person.fk!, memberIds: [member.FK!] });
    seats.region = await seat({ personId: person.region!, memberIds: [member.REGION!] });
    const six = municipalities.map((name) => member[name]!);
    seats.k1 = await seat({ personId: person.k1!, memberIds: six, joint: true });
    seats.k2 = await seat({ personId: person.k2!, memberIds: six, joint: true });
    for (const [deputy, of] of [
      ['dAf', 'af'],
      ['dFk', 'fk'],
      ['dRegion', 'region'],
      ['dK1', 'k1'],
      ['dK2', 'k2'],
    ] as const) {
      const memberIds = of.startsWith('k') ? six : [member[of === 'af' ? 'AF' : of === 'fk' ? 'FK' : 'REGION']!];
      seats[deputy] = await seat({
        personId: person[deputy]!,
        kind: 'DEPUTY',
        memberIds,
        joint: memberIds.length > 1,
        personalDeputyForId: seats[of]!.seatId,
      });
    }
    seats.coOpted = await seat({ personId: person.coOpted!, kind: 'CO_OPTED', memberIds: [member.Ale!] });

    const joint = await db.prisma.boardSeatMember.count({ where: { boardSeatId: seats.k1.seatId } });
    expect(joint).toBe(6);
    // The holders got the seat's role for the term; the co-opted person got none.
    expect(await loadRoles(person.k1!, associationId, deps())).toContain('BOARD_MEMBER');
    expect(await loadRoles(person.dK2!, associationId, deps())).toContain('DEPUTY');
    expect(await loadRoles(person.coOpted!, associationId, deps())).toEqual([]);
    const audit = await db.prisma.auditLog.count({ where: { associationId, action: 'boardSeat.added' } });
    expect(audit).toBe(11);

    const settings = await getBoardSettings(associationId, deps());
    const k1 = settings.seats.find((s) => s.id === seats.k1!.seatId)!;
    expect(k1.members.map((m) => m.name)).toEqual(municipalities);
    expect(settings.seats.filter((s) => !s.past)).toHaveLength(11);
  });

  it('counts five seats for quorum; the co-opted person has no vote', async () => {
    const meeting = await db.prisma.meeting.create({
      data: { associationId, body: 'BOARD', title: 'Styrelsemöte', startsAt: new Date('2026-03-10T16:00:00Z') },
    });
    const quorumSeats = await loadQuorumSeats(db.prisma, meeting);
    expect(quorumSeats.filter((s) => s.kind === 'ORDINARY')).toHaveLength(5);
    const present = async (name: string, extra: { coOpted?: boolean; servingForId?: string } = {}) =>
      db.prisma.attendance.create({
        data: { meetingId: meeting.id, personId: person[name]!, status: 'PRESENT', ...extra },
      });
    await present('af');
    await present('k1');
    await present('coOpted', { coOpted: true });
    let quorum = await loadQuorum(db.prisma, meeting.id);
    expect(quorum).toMatchObject({ ordinarySeats: 5, required: 3, votingPresent: 2, hasQuorum: false });
    expect(quorum.voterPersonIds).not.toContain(person.coOpted);
    await present('dK2', { servingForId: seats.k2!.seatId });
    quorum = await loadQuorum(db.prisma, meeting.id);
    expect(quorum).toMatchObject({ votingPresent: 3, hasQuorum: true });
    // Nor may the co-opted person approve the minutes.
    const { eligible } = await loadAdjusterCandidates(db.prisma, meeting);
    expect(eligible).toEqual(expect.arrayContaining([person.af, person.k1, person.dK2]));
    expect(eligible).not.toContain(person.coOpted);
  });

  it('refuses, next to the field, a term ending before it starts, a joint seat of one member, a dead personal deputy', async () => {
    const backwards = await refusal(seat({ personId: person.oldChair!, memberIds: [member.AF!], to: '2025-12-31' }));
    expect(backwards).toBeInstanceOf(FieldValidationError);
    expect((backwards as FieldValidationError).fieldErrors.to).toBe('Perioden kan inte sluta innan den börjar.');
    const lonely = await refusal(seat({ personId: person.oldChair!, memberIds: [member.Ale!], joint: true }));
    expect((lonely as FieldValidationError).fieldErrors.memberIds).toMatch(/minst två medlemmar/);
    const holderless = await refusal(seat({ personId: '', memberIds: [member.AF!] }));
    expect((holderless as FieldValidationError).fieldErrors.personId).toMatch(/innehavare/);
    const nowhere = await refusal(
      seat({ personId: person.oldChair!, kind: 'DEPUTY', memberIds: [member.AF!], personalDeputyForId: 'nope' }),
    );
    expect((nowhere as FieldValidationError).fieldErrors.personalDeputyForId).toMatch(/finns inte/);
  });

  it('refuses a board member (FORBIDDEN) and another association’s director (NOT_FOUND)', async () => {
    const forbidden = await refusal(seat({ personId: person.oldChair!, memberIds: [member.AF!] }, 'af'));
    expect(forbidden).toBeInstanceOf(AuthorizationError);
    expect(forbidden).toMatchObject({ code: 'FORBIDDEN' });
    const foreign = await refusal(seat({ personId: person.oldChair!, memberIds: [member.AF!] }, 'otherDirector'));
    expect(foreign).toMatchObject({ code: 'NOT_FOUND' });
    // The other association's director ending one of this association's seats from their own.
    const foreignSeat = await refusal(
      endBoardSeatTerm(
        { associationId: otherAssociationId, seatId: seats.af!.seatId, version: 1, to: '2026-12-31' },
        as('otherDirector'),
        deps(),
      ),
    );
    expect(foreignSeat).toMatchObject({ code: 'NOT_FOUND' });
    const forbiddenRole = await refusal(
      addRoleTerm(
        { associationId, personId: person.af!, role: 'CHAIR', memberId: '', from: '2026-01-01', to: '' },
        as('af'),
        deps(),
      ),
    );
    expect(forbiddenRole).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('ends a term with a version check (STALE), and a new term on the seat after the election keeps history', async () => {
    const ended = await endBoardSeatTerm(
      { associationId, seatId: seats.fk!.seatId, version: seats.fk!.version, to: '2026-12-31' },
      as('director'),
      deps(),
    );
    const stale = await refusal(
      endBoardSeatTerm(
        { associationId, seatId: seats.fk!.seatId, version: seats.fk!.version, to: '2026-11-30' },
        as('director'),
        deps(),
      ),
    );
    expect(stale).toBeInstanceOf(StaleVersionError);
    expect(ended.version).toBe(seats.fk!.version + 1);
    // The holder keeps the ledamot role to the last day, not the day after.
    expect(await loadRoles(person.fk!, associationId, deps(new Date('2026-12-31T22:00:00Z')))).toContain(
      'BOARD_MEMBER',
    );
    expect(await loadRoles(person.fk!, associationId, deps(new Date('2026-12-31T23:00:00Z')))).not.toContain(
      'BOARD_MEMBER',
    );
    await seat({ personId: person.newChair!, memberIds: [member.FK!], from: '2027-01-01' });
    const meeting2027 = { associationId, body: 'BOARD' as const, startsAt: new Date('2027-02-01T16:00:00Z') };
    const seats2027 = await loadQuorumSeats(db.prisma, meeting2027);
    expect(seats2027.filter((s) => s.kind === 'ORDINARY').map((s) => s.personId)).toContain(person.newChair);
    expect(seats2027.map((s) => s.personId)).not.toContain(person.fk);
    const history = await getBoardSettings(associationId, deps(new Date('2027-02-01T00:00:00Z')));
    expect(history.seats.find((s) => s.id === seats.fk!.seatId)).toMatchObject({ past: true, to: '2026-12-31' });
  });
});

describe('term change: the chair whose term ends loses the attest right the next day', () => {
  let oldChairTerm = { roleAssignmentId: '', version: 0 };
  const endOfD = new Date('2026-12-31T22:30:00Z'); // 23:30 on D (2026-12-31) in Stockholm
  const dayAfter = new Date('2027-01-01T08:00:00Z');

  async function receivedInvoice(invoiceNumber: string, invoiceDate: string) {
    return db.prisma.invoice.create({
      data: {
        associationId,
        supplier: 'Konsult AB',
        invoiceNumber,
        invoiceDate: new Date(`${invoiceDate}T00:00:00Z`),
        amountExclVat: '80000.00',
        amountInclVat: '100000.00',
        attachments: {
          create: {
            associationId,
            fileName: 'faktura.pdf',
            mimeType: 'application/pdf',
            sizeBytes: 8,
            data: Buffer.from('%PDF-1.4'),
            uploadedById: person.director!,
          },
        },
      },
    });
  }

  it('refuses overlapping chair terms, then gives the chair one term and the successor the next', async () => {
    oldChairTerm = await addRoleTerm(
      {
        associationId,
        personId: person.oldChair!,
        role: 'CHAIR',
        memberId: member.REGION!,
        from: '2025-01-01',
        to: '',
      },
      as('director'),
      deps(),
    );
    const twoChairs = await refusal(
      addRoleTerm(
        { associationId, personId: person.newChair!, role: 'CHAIR', memberId: '', from: '2027-01-01', to: '' },
        as('director'),
        deps(),
      ),
    );
    expect((twoChairs as FieldValidationError).fieldErrors.from).toMatch(/en i taget/);
    const ended = await endRoleTerm(
      {
        associationId,
        roleAssignmentId: oldChairTerm.roleAssignmentId,
        version: oldChairTerm.version,
        to: '2026-12-31',
      },
      as('director'),
      deps(),
    );
    const stale = await refusal(
      endRoleTerm(
        {
          associationId,
          roleAssignmentId: oldChairTerm.roleAssignmentId,
          version: oldChairTerm.version,
          to: '2026-12-30',
        },
        as('director'),
        deps(),
      ),
    );
    expect(stale).toBeInstanceOf(StaleVersionError);
    expect(ended.version).toBe(oldChairTerm.version + 1);
    await addRoleTerm(
      { associationId, personId: person.newChair!, role: 'CHAIR', memberId: '', from: '2027-01-01', to: '' },
      as('director'),
      deps(),
    );
    const own = await refusal(
      addRoleTerm(
        {
          associationId,
          personId: person.oldChair!,
          role: 'CHAIR',
          memberId: '',
          from: '2026-06-01',
          to: '2026-08-01',
        },
        as('director'),
        deps(),
      ),
    );
    expect((own as FieldValidationError).fieldErrors.from).toMatch(/redan uppdraget/);
    const audit = await db.prisma.auditLog.findMany({
      where: { associationId, action: { in: ['roleTerm.added', 'roleTerm.ended'] } },
      select: { action: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(['roleTerm.added', 'roleTerm.added', 'roleTerm.ended']);
  });

  it('on D the old chair attests above the director’s limit; on D+1 only the new chair may', async () => {
    await addRoleTerm(
      { associationId, personId: person.oldChair!, role: 'BOARD_MEMBER', memberId: '', from: '2025-01-01', to: '' },
      as('director'),
      deps(),
    );
    const onD = await receivedInvoice('T-1', '2026-12-20');
    await expect(
      attestInvoice({ associationId, invoiceId: onD.id, version: onD.version }, as('oldChair'), deps(endOfD)),
    ).resolves.toMatchObject({ rule: 'CHAIR_ABOVE_LIMIT' });
    // The attestation's time is the database's clock; pin it to the test's day.
    await db.prisma.attestation.updateMany({ where: { invoiceId: onD.id }, data: { createdAt: endOfD } });

    const next = await receivedInvoice('T-2', '2026-12-28');
    const refused = await refusal(
      attestInvoice({ associationId, invoiceId: next.id, version: next.version }, as('oldChair'), deps(dayAfter)),
    );
    // Still a ledamot on D+1, so the refusal is the attest rule's, not a missing membership.
    expect(refused).toMatchObject({ code: 'FORBIDDEN' });
    expect(await loadRoles(person.oldChair!, associationId, deps(dayAfter))).toEqual(['BOARD_MEMBER']);
    await expect(
      attestInvoice({ associationId, invoiceId: next.id, version: next.version }, as('newChair'), deps(dayAfter)),
    ).resolves.toMatchObject({ rule: 'CHAIR_ABOVE_LIMIT' });
    await db.prisma.attestation.updateMany({ where: { invoiceId: next.id }, data: { createdAt: dayAfter } });
  });

  it('the attest log judges last year’s attests against last year’s chair', async () => {
    const association = { id: associationId, name: 'Finsam Nio' };
    const report2026 = await attestLogReport(deskContext(db.prisma, association, 2026, dayAfter));
    const exceptionsColumn = report2026.columns.length - 1;
    expect(report2026.rows).toHaveLength(1);
    expect(report2026.rows[0]!.cells[exceptionsColumn]).toBe('');
    // The new chair's attest of 2027 is in order too, judged on its own day.
    const report2027 = await attestLogReport(deskContext(db.prisma, association, 2027, dayAfter));
    expect(report2027.rows).toHaveLength(1);
    expect(report2027.rows[0]!.cells[exceptionsColumn]).toBe('');
    // The same attest dated in 2026 would be an exception: the new chair was not chair then.
    const attestation = await db.prisma.attestation.findFirstOrThrow({ where: { attestedById: person.newChair } });
    await db.prisma.attestation.update({
      where: { id: attestation.id },
      data: { createdAt: new Date('2026-12-30T10:00:00Z') },
    });
    const backdated = await attestLogReport(deskContext(db.prisma, association, 2026, dayAfter));
    const newChairRow = backdated.rows.find((row) => row.cells[1] === 'newChair')!;
    expect(String(newChairRow.cells[exceptionsColumn])).not.toBe('');
  });

  it('and against the attestordning in force that day, not today’s', async () => {
    const association = { id: associationId, name: 'Finsam Nio' };
    const exceptionsOf = async () => {
      const report = await attestLogReport(deskContext(db.prisma, association, 2026, dayAfter));
      const row = report.rows.find((r) => r.cells[1] === 'oldChair')!;
      return String(row.cells[report.columns.length - 1]);
    };
    // The old chair's attest in June; the board changes the attestordning in September (in force
    // from the decision's date): above the limit, the vice chair attests from then on.
    await db.prisma.attestation.updateMany({
      where: { attestedById: person.oldChair },
      data: { createdAt: new Date('2026-06-15T10:00:00Z') },
    });
    expect(await exceptionsOf()).toBe('');
    const meeting = await db.prisma.meeting.create({
      data: { associationId, body: 'BOARD', title: 'Styrelsemöte', startsAt: new Date('2026-09-01T15:00:00Z') },
    });
    const decision = await db.prisma.decision.create({
      data: {
        associationId,
        meetingId: meeting.id,
        text: 'Vice ordföranden attesterar över förbundschefens gräns.',
        decidedAt: new Date('2026-09-01T15:30:00Z'),
      },
    });
    await updateDelegationSettings(
      {
        associationId,
        version: null,
        decisionId: decision.id,
        directorAttestLimitPbb: '1',
        attestAboveLimitRole: 'VICE_CHAIR',
        attestSubstituteRole: 'CHAIR',
        directorSubstituteRole: 'CHAIR',
      },
      as('director'),
      deps(dayAfter),
    );
    expect(await exceptionsOf()).toBe('');
    // Dated after the decision, the same attest by the chair is no longer what the attestordning says.
    await db.prisma.attestation.updateMany({
      where: { attestedById: person.oldChair },
      data: { createdAt: new Date('2026-09-02T10:00:00Z') },
    });
    expect(await exceptionsOf()).not.toBe('');
  });
});
