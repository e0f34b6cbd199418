import { describe, expect, it } from 'vitest';
import { computeQuorum, type AttendanceForQuorum, type SeatForQuorum } from './quorum';

// A 5 + 5 board unlike the demo's: one seat each for AF, FK and the region, and two seats held
// jointly by six municipalities (one row per seat, whoever appoints it), plus a co-opted municipality.
const ordinary = ['af', 'fk', 'region', 'kommun-1', 'kommun-2'].map((name): SeatForQuorum => ({
  seatId: `seat-${name}`,
  personId: `ord-${name}`,
  kind: 'ORDINARY',
  deputyOrder: null,
  personalDeputyForId: null,
}));
const deputies = ['af', 'fk', 'region', 'kommun-1', 'kommun-2'].map((name, index): SeatForQuorum => ({
  seatId: `dep-seat-${name}`,
  personId: `dep-${name}`,
  kind: 'DEPUTY',
  deputyOrder: index + 1,
  personalDeputyForId: `seat-${name}`,
}));
const coOpted: SeatForQuorum = {
  seatId: 'seat-co',
  personId: 'co-kommun-3',
  kind: 'CO_OPTED',
  deputyOrder: null,
  personalDeputyForId: null,
};
const seats = [...ordinary, ...deputies, coOpted];
const present = (personId: string, extra: Partial<AttendanceForQuorum> = {}): AttendanceForQuorum => ({
  personId,
  present: true,
  servingForSeatId: null,
  coOpted: false,
  ...extra,
});
const rule = { rule: 'MORE_THAN_HALF' as const, fixedCount: null };

describe('quorum on a board with jointly held seats', () => {
  it('counts the five ordinary seats, the two joint seats once each', () => {
    const result = computeQuorum(seats, [present('ord-af'), present('ord-kommun-1'), present('ord-kommun-2')], rule);
    expect(result).toMatchObject({ ordinarySeats: 5, required: 3, votingPresent: 3, hasQuorum: true });
  });

  it('never counts the co-opted person, even with a vote claimed for an empty seat', () => {
    const attendance = [
      present('ord-af'),
      present('ord-fk'),
      present('co-kommun-3', { coOpted: true }),
      present('co-kommun-3', { coOpted: true, servingForSeatId: 'seat-region' }),
    ];
    const result = computeQuorum(seats, attendance, rule);
    expect(result).toMatchObject({ votingPresent: 2, hasQuorum: false });
    expect(result.voterPersonIds).not.toContain('co-kommun-3');
  });

  it('lets the personal deputy of a joint seat vote in its holder’s place', () => {
    const attendance = [
      present('ord-af'),
      present('ord-fk'),
      present('dep-kommun-2', { servingForSeatId: 'seat-kommun-2' }),
    ];
    const result = computeQuorum(seats, attendance, { ...rule, deputyMode: 'PERSONAL' });
    expect(result).toMatchObject({ votingPresent: 3, hasQuorum: true });
    expect(result.voterPersonIds).toContain('dep-kommun-2');
  });
});
