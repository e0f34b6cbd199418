import { describe, expect, it } from 'vitest';
import {
  computeQuorum,
  proposeServingDeputies,
  requiredForQuorum,
  validateAttendance,
  type AttendanceForQuorum,
  type SeatForQuorum,
} from './quorum';

// FinsamGotland's board: 4 ordinary members (region ×2, FK, AF) and 4 deputies called in order.
const ordinary = (n: number): SeatForQuorum => ({
  seatId: `o${n}`,
  personId: `m${n}`,
  kind: 'ORDINARY',
  deputyOrder: null,
  personalDeputyForId: null,
});
const deputy = (n: number, personalFor: string | null = null): SeatForQuorum => ({
  seatId: `d${n}`,
  personId: `e${n}`,
  kind: 'DEPUTY',
  deputyOrder: n,
  personalDeputyForId: personalFor,
});
const coOptedSeat: SeatForQuorum = {
  seatId: 'c1',
  personId: 'k1',
  kind: 'CO_OPTED',
  deputyOrder: null,
  personalDeputyForId: null,
};
const board: SeatForQuorum[] = [
  ordinary(1),
  ordinary(2),
  ordinary(3),
  ordinary(4),
  deputy(1, 'o1'),
  deputy(2, 'o2'),
  deputy(3, 'o3'),
  deputy(4, 'o4'),
  coOptedSeat,
];

const present = (personId: string, servingForSeatId: string | null = null): AttendanceForQuorum => ({
  personId,
  present: true,
  servingForSeatId,
  coOpted: false,
});
const absent = (personId: string): AttendanceForQuorum => ({
  personId,
  present: false,
  servingForSeatId: null,
  coOpted: false,
});
const coOpted = (personId: string): AttendanceForQuorum => ({
  personId,
  present: true,
  servingForSeatId: null,
  coOpted: true,
});

const moreThanHalf = { rule: 'MORE_THAN_HALF', fixedCount: null } as const;

describe('requiredForQuorum', () => {
  it.each([
    [4, 'MORE_THAN_HALF', null, 3],
    [5, 'MORE_THAN_HALF', null, 3],
    [7, 'MORE_THAN_HALF', null, 4],
    [4, 'AT_LEAST_HALF', null, 2],
    [5, 'AT_LEAST_HALF', null, 3],
    [7, 'FIXED_COUNT', 5, 5],
    [4, 'FIXED_COUNT', null, 3],
  ] as const)('%i seats, %s (%s) → %i', (seats, rule, fixedCount, required) => {
    expect(requiredForQuorum(seats, { rule, fixedCount })).toBe(required);
  });
});

describe('computeQuorum', () => {
  it('more than half: 3 of 4 ordinary members present is quorum, 2 is not', () => {
    expect(computeQuorum(board, [present('m1'), present('m2'), present('m3'), absent('m4')], moreThanHalf)).toEqual({
      ordinarySeats: 4,
      votingPresent: 3,
      required: 3,
      hasQuorum: true,
      voterPersonIds: ['m1', 'm2', 'm3'],
    });
    expect(computeQuorum(board, [present('m1'), present('m2')], moreThanHalf).hasQuorum).toBe(false);
  });

  it('at least half: 2 of 4 is quorum', () => {
    expect(
      computeQuorum(board, [present('m1'), present('m2')], { rule: 'AT_LEAST_HALF', fixedCount: null }).hasQuorum,
    ).toBe(true);
  });

  it('fixed count', () => {
    const q = computeQuorum(board, [present('m1'), present('m2'), present('m3')], {
      rule: 'FIXED_COUNT',
      fixedCount: 4,
    });
    expect(q).toMatchObject({ required: 4, votingPresent: 3, hasQuorum: false });
  });

  it('a deputy serving for an absent member fills the seat (ORDERED)', () => {
    const q = computeQuorum(
      board,
      [present('m1'), present('m2'), absent('m3'), absent('m4'), present('e1', 'o3')],
      moreThanHalf,
    );
    expect(q).toMatchObject({ votingPresent: 3, hasQuorum: true, voterPersonIds: ['m1', 'm2', 'e1'] });
  });

  it('a deputy present but not serving does not count', () => {
    const q = computeQuorum(board, [present('m1'), present('m2'), present('e1')], moreThanHalf);
    expect(q).toMatchObject({ votingPresent: 2, hasQuorum: false });
  });

  it('ORDERED: a later deputy serving while an earlier one sits idle is not counted', () => {
    const q = computeQuorum(board, [present('m1'), present('m2'), present('e1'), present('e2', 'o3')], moreThanHalf);
    expect(q).toMatchObject({ votingPresent: 2, hasQuorum: false });
  });

  it('ORDERED: a deputy may serve for any absent member', () => {
    const q = computeQuorum(board, [present('m1'), present('m2'), present('e1', 'o4')], {
      ...moreThanHalf,
      deputyMode: 'ORDERED',
    });
    expect(q.hasQuorum).toBe(true);
  });

  it('PERSONAL: a deputy serves only for their own ordinary member', () => {
    const personal = { ...moreThanHalf, deputyMode: 'PERSONAL' } as const;
    expect(computeQuorum(board, [present('m1'), present('m2'), present('e3', 'o3')], personal)).toMatchObject({
      votingPresent: 3,
      hasQuorum: true,
    });
    expect(computeQuorum(board, [present('m1'), present('m2'), present('e1', 'o3')], personal)).toMatchObject({
      votingPresent: 2,
      hasQuorum: false,
    });
  });

  it('PERSONAL: order does not matter', () => {
    const personal = { ...moreThanHalf, deputyMode: 'PERSONAL' } as const;
    expect(
      computeQuorum(board, [present('m1'), present('m2'), present('e1'), present('e4', 'o4')], personal).votingPresent,
    ).toBe(3);
  });

  it('co-opted persons never count, not even when serving', () => {
    const q = computeQuorum(
      board,
      [
        present('m1'),
        present('m2'),
        coOpted('k1'),
        { personId: 'e1', present: true, servingForSeatId: 'o3', coOpted: true },
      ],
      moreThanHalf,
    );
    expect(q).toMatchObject({ votingPresent: 2, hasQuorum: false });
  });

  it('a deputy cannot serve for a member who is present, and two deputies cannot share a seat', () => {
    expect(computeQuorum(board, [present('m1'), present('m2'), present('e1', 'o1')], moreThanHalf).votingPresent).toBe(
      2,
    );
    expect(
      computeQuorum(board, [present('m1'), present('m2'), present('e1', 'o3'), present('e2', 'o3')], moreThanHalf)
        .votingPresent,
    ).toBe(3);
  });

  it('no ordinary seats: no quorum', () => {
    expect(computeQuorum([], [], { rule: 'AT_LEAST_HALF', fixedCount: null })).toMatchObject({
      ordinarySeats: 0,
      hasQuorum: false,
    });
  });
});

describe('validateAttendance', () => {
  it('names each contradiction', () => {
    const issues = validateAttendance(
      board,
      [
        present('m1'),
        present('m2', 'o3'), // not a deputy
        { personId: 'e1', present: false, servingForSeatId: 'o3', coOpted: false }, // absent
        present('e2', 'd1'), // not an ordinary seat
        present('e3', 'o1'), // member present
        present('e4', 'o4'),
      ],
      'ORDERED',
    );
    expect(issues).toEqual([
      { personId: 'm2', code: 'NOT_A_DEPUTY' },
      { personId: 'e1', code: 'NOT_PRESENT' },
      { personId: 'e2', code: 'UNKNOWN_SEAT' },
      { personId: 'e3', code: 'MEMBER_PRESENT' },
      { personId: 'e4', code: 'OUT_OF_ORDER' },
    ]);
  });

  it('PERSONAL: serving for another member', () => {
    expect(validateAttendance(board, [present('e1', 'o2')], 'PERSONAL')).toEqual([
      { personId: 'e1', code: 'NOT_PERSONAL_DEPUTY' },
    ]);
  });

  it('a valid ORDERED attendance has no issues', () => {
    expect(
      validateAttendance(
        board,
        [present('m1'), present('m2'), present('e1', 'o3'), present('e2', 'o4'), present('e3')],
        'ORDERED',
      ),
    ).toEqual([]);
  });
});

describe('proposeServingDeputies', () => {
  it('ORDERED: absent seats get the present deputies in deputy order', () => {
    expect(proposeServingDeputies(board, ['m1', 'm4', 'e3', 'e2'], 'ORDERED')).toEqual([
      { deputyPersonId: 'e2', servingForSeatId: 'o2' },
      { deputyPersonId: 'e3', servingForSeatId: 'o3' },
    ]);
  });

  it('ORDERED: more deputies than absent members leaves the later ones idle', () => {
    expect(proposeServingDeputies(board, ['m1', 'm2', 'm3', 'e4', 'e1'], 'ORDERED')).toEqual([
      { deputyPersonId: 'e1', servingForSeatId: 'o4' },
    ]);
  });

  it('PERSONAL: only the personal deputy of an absent member', () => {
    expect(proposeServingDeputies(board, ['m1', 'm2', 'e1', 'e4'], 'PERSONAL')).toEqual([
      { deputyPersonId: 'e4', servingForSeatId: 'o4' },
    ]);
  });

  it('the proposal is valid and gives quorum', () => {
    const presentIds = ['m1', 'm4', 'e3', 'e2'];
    const attendance = presentIds.map((id) =>
      present(
        id,
        proposeServingDeputies(board, presentIds).find((p) => p.deputyPersonId === id)?.servingForSeatId ?? null,
      ),
    );
    expect(validateAttendance(board, attendance)).toEqual([]);
    expect(computeQuorum(board, attendance, moreThanHalf)).toMatchObject({ votingPresent: 4, hasQuorum: true });
  });
});
