import { describe, expect, it } from 'vitest';
import { parseInvitationRoles, termEndsBeforeStart } from './invitation-roles';

describe('parseInvitationRoles', () => {
  it('reads roles with an optional member and term', () => {
    expect(
      parseInvitationRoles([
        { role: 'BOARD_MEMBER', memberId: 'm1', validFrom: '2027-01-01', validTo: '2030-12-31' },
        { role: 'DEPUTY' },
      ]),
    ).toEqual([
      { role: 'BOARD_MEMBER', memberId: 'm1', validFrom: '2027-01-01', validTo: '2030-12-31' },
      { role: 'DEPUTY', memberId: null, validFrom: null, validTo: null },
    ]);
  });

  it('refuses anything damaged rather than applying part of it', () => {
    expect(parseInvitationRoles([])).toBeNull();
    expect(parseInvitationRoles('DIRECTOR')).toBeNull();
    expect(parseInvitationRoles([{ role: 'KING' }])).toBeNull();
    expect(parseInvitationRoles([{ role: 'DIRECTOR', validFrom: '2027-02-30' }])).toBeNull();
    expect(parseInvitationRoles([{ role: 'DIRECTOR', validFrom: '2027-02-01', validTo: '2027-01-31' }])).toBeNull();
    expect(parseInvitationRoles([{ role: 'DIRECTOR' }, { role: 'DIRECTOR' }])).toBeNull();
    expect(parseInvitationRoles([{ role: 'DIRECTOR', memberId: 7 }])).toBeNull();
  });

  it('a term may end the day it starts, or be open at either end', () => {
    expect(termEndsBeforeStart('2027-01-01', '2027-01-01')).toBe(false);
    expect(termEndsBeforeStart(null, '2027-01-01')).toBe(false);
    expect(termEndsBeforeStart('2027-01-01', null)).toBe(false);
    expect(termEndsBeforeStart('2027-01-02', '2027-01-01')).toBe(true);
  });
});
