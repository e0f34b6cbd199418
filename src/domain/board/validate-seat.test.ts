import { describe, expect, it } from 'vitest';
import { termEndOf, termStartOf } from './term-dates';
import { roleOfSeat, validateNewSeat, validateTermEnd, type ExistingSeat, type NewSeat } from './validate-seat';

const term2027 = { from: termStartOf('2027-01-01'), to: termEndOf('2030-12-31') };
const seat = (overrides: Partial<NewSeat> = {}): NewSeat => ({
  kind: 'ORDINARY',
  personId: 'p1',
  memberIds: ['m1'],
  joint: false,
  term: term2027,
  deputyOrder: null,
  personalDeputyForId: null,
  ...overrides,
});
const ordinaryOf = (id: string, personId: string, term: ExistingSeat['term'] = term2027): ExistingSeat => ({
  id,
  kind: 'ORDINARY',
  personId,
  term,
});

describe('validateNewSeat', () => {
  it('accepts a seat held by one member and one held jointly by six', () => {
    expect(validateNewSeat(seat(), [], 'ORDERED')).toEqual([]);
    const six = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'];
    expect(validateNewSeat(seat({ joint: true, memberIds: six }), [], 'ORDERED')).toEqual([]);
  });

  it('refuses a seat without holder, without member, and a joint seat of one member', () => {
    expect(validateNewSeat(seat({ personId: null }), [], 'ORDERED')).toContainEqual({
      field: 'personId',
      code: 'HOLDER_REQUIRED',
    });
    expect(validateNewSeat(seat({ memberIds: [] }), [], 'ORDERED')).toEqual([
      { field: 'memberIds', code: 'MEMBER_REQUIRED' },
    ]);
    expect(validateNewSeat(seat({ joint: true, memberIds: ['k1', 'k1'] }), [], 'ORDERED')).toEqual([
      { field: 'memberIds', code: 'JOINT_NEEDS_TWO' },
    ]);
  });

  it('refuses a term that ends before it starts', () => {
    const term = { from: termStartOf('2027-01-01'), to: termEndOf('2026-12-31') };
    expect(validateNewSeat(seat({ term }), [], 'ORDERED')).toEqual([{ field: 'to', code: 'END_BEFORE_START' }]);
  });

  it('lets a co-opted person sit without a member', () => {
    expect(validateNewSeat(seat({ kind: 'CO_OPTED', memberIds: [] }), [], 'PERSONAL')).toEqual([]);
  });

  it('needs a place in the order for an ordered deputy', () => {
    expect(validateNewSeat(seat({ kind: 'DEPUTY' }), [], 'ORDERED')).toEqual([
      { field: 'deputyOrder', code: 'DEPUTY_ORDER_REQUIRED' },
    ]);
    expect(validateNewSeat(seat({ kind: 'DEPUTY', deputyOrder: 1 }), [], 'ORDERED')).toEqual([]);
  });

  it('needs an ordinary seat in force for a personal deputy', () => {
    const ended = ordinaryOf('s-old', 'p9', { from: termStartOf('2023-01-01'), to: termEndOf('2026-12-31') });
    const current = ordinaryOf('s1', 'p9');
    const deputy = (personalDeputyForId: string | null) =>
      seat({ kind: 'DEPUTY', personId: 'p2', personalDeputyForId });
    expect(validateNewSeat(deputy(null), [current], 'PERSONAL')).toEqual([
      { field: 'personalDeputyForId', code: 'PERSONAL_DEPUTY_FOR_REQUIRED' },
    ]);
    expect(validateNewSeat(deputy('nope'), [current], 'PERSONAL')).toEqual([
      { field: 'personalDeputyForId', code: 'PERSONAL_DEPUTY_FOR_UNKNOWN' },
    ]);
    expect(validateNewSeat(deputy('s-old'), [ended, current], 'PERSONAL')).toEqual([
      { field: 'personalDeputyForId', code: 'PERSONAL_DEPUTY_FOR_UNKNOWN' },
    ]);
    expect(validateNewSeat(deputy('s1'), [ended, current], 'PERSONAL')).toEqual([]);
  });

  it('allows a new term on the seat after the old one ended, not two at once', () => {
    const old = ordinaryOf('s-old', 'p1', { from: termStartOf('2023-01-01'), to: termEndOf('2026-12-31') });
    expect(validateNewSeat(seat(), [old], 'ORDERED')).toEqual([]);
    const open = ordinaryOf('s-open', 'p1', { from: termStartOf('2023-01-01'), to: null });
    expect(validateNewSeat(seat(), [open], 'ORDERED')).toEqual([{ field: 'personId', code: 'PERSON_ALREADY_SEATED' }]);
  });
});

describe('validateTermEnd and roleOfSeat', () => {
  it('refuses an end before the start', () => {
    expect(validateTermEnd(term2027, termEndOf('2026-12-31'))).toBe('END_BEFORE_START');
    expect(validateTermEnd(term2027, termEndOf('2027-01-01'))).toBeNull();
  });

  it('gives no role to a co-opted person', () => {
    expect(roleOfSeat('ORDINARY')).toBe('BOARD_MEMBER');
    expect(roleOfSeat('DEPUTY')).toBe('DEPUTY');
    expect(roleOfSeat('CO_OPTED')).toBeNull();
  });
});
