import { describe, expect, it } from 'vitest';
import {
  conflictOfInterest,
  isBoardDecisionEvent,
  mayActAsRaiser,
  mayWithdrawMatter,
  memberForRaising,
  raisesForAnyMember,
} from './matter-rights';

const REGION = 'member-region';
const FK = 'member-fk';

describe('who raises matters for which member', () => {
  it('the office, the board and the preparation group raise for any member or none', () => {
    for (const role of ['DIRECTOR', 'ADMINISTRATOR', 'CHAIR', 'BOARD_MEMBER', 'PREPARATION_GROUP'] as const) {
      expect(raisesForAnyMember([role])).toBe(true);
      expect(memberForRaising({ roles: [role], representedMemberIds: [], requestedMemberId: FK })).toEqual({
        memberId: FK,
      });
      expect(memberForRaising({ roles: [role], representedMemberIds: [] })).toEqual({ memberId: null });
    }
  });

  it('a member representative raises for the member they represent, and for no other', () => {
    const rep = { roles: ['MEMBER_REPRESENTATIVE'] as const, representedMemberIds: [REGION] };
    expect(raisesForAnyMember(rep.roles)).toBe(false);
    expect(memberForRaising({ ...rep, requestedMemberId: REGION })).toEqual({ memberId: REGION });
    // Naming no member: their own.
    expect(memberForRaising({ ...rep, requestedMemberId: '' })).toEqual({ memberId: REGION });
    expect(memberForRaising({ ...rep, requestedMemberId: FK })).toEqual({ refusal: 'NOT_YOUR_MEMBER' });
  });

  it('a representative who represents no member today raises nothing; one of several must name it', () => {
    expect(memberForRaising({ roles: ['MEMBER_REPRESENTATIVE'], representedMemberIds: [] })).toEqual({
      refusal: 'REPRESENTS_NO_MEMBER',
    });
    expect(memberForRaising({ roles: ['MEMBER_REPRESENTATIVE'], representedMemberIds: [REGION, FK] })).toEqual({
      refusal: 'MEMBER_REQUIRED',
    });
    expect(
      memberForRaising({ roles: ['MEMBER_REPRESENTATIVE'], representedMemberIds: [REGION, FK], requestedMemberId: FK }),
    ).toEqual({ memberId: FK });
  });

  it('a representative who also sits on the board raises as a board member (for any member)', () => {
    expect(
      memberForRaising({
        roles: ['BOARD_MEMBER', 'MEMBER_REPRESENTATIVE'],
        representedMemberIds: [REGION],
        requestedMemberId: FK,
      }),
    ).toEqual({ memberId: FK });
  });

  it('a representative adds to matters they or their member raised only', () => {
    const rep = { personId: 'eva', roles: ['MEMBER_REPRESENTATIVE'] as const, representedMemberIds: [REGION] };
    expect(mayActAsRaiser(rep, { raisedById: 'anna', raisedByMemberId: REGION })).toBe(true);
    expect(mayActAsRaiser(rep, { raisedById: 'eva', raisedByMemberId: null })).toBe(true);
    expect(mayActAsRaiser(rep, { raisedById: 'anna', raisedByMemberId: FK })).toBe(false);
    expect(mayActAsRaiser(rep, { raisedById: 'anna', raisedByMemberId: null })).toBe(false);
    expect(
      mayActAsRaiser(
        { personId: 'johan', roles: ['PREPARATION_GROUP'], representedMemberIds: [] },
        { raisedById: 'anna', raisedByMemberId: FK },
      ),
    ).toBe(true);
  });
});

describe('withdrawing and sending back', () => {
  const matter = { raisedById: 'eva', raisedByMemberId: REGION };

  it('the person who raised it withdraws it, or the office on their behalf', () => {
    expect(mayWithdrawMatter({ personId: 'eva', roles: ['MEMBER_REPRESENTATIVE'] }, matter)).toBe(true);
    expect(mayWithdrawMatter({ personId: 'anna', roles: ['DIRECTOR'] }, matter)).toBe(true);
    expect(mayWithdrawMatter({ personId: 'maja', roles: ['ADMINISTRATOR'] }, matter)).toBe(true);
  });

  it('nobody else withdraws it: not the preparation group, the chair or another representative of the member', () => {
    expect(mayWithdrawMatter({ personId: 'johan', roles: ['PREPARATION_GROUP'] }, matter)).toBe(false);
    expect(mayWithdrawMatter({ personId: 'lars', roles: ['CHAIR'] }, matter)).toBe(false);
    expect(mayWithdrawMatter({ personId: 'olle', roles: ['MEMBER_REPRESENTATIVE'] }, matter)).toBe(false);
  });

  it('sending back and deciding are board decisions, not steps on the matter', () => {
    expect(isBoardDecisionEvent('return')).toBe(true);
    expect(isBoardDecisionEvent('decide')).toBe(true);
    for (const event of ['startPreparation', 'markPrepared', 'withdraw', 'putOnAgenda'] as const)
      expect(isBoardDecisionEvent(event)).toBe(false);
  });
});

describe('conflict of interest (jäv) when preparing', () => {
  const matter = { raisedById: 'eva', raisedByMemberId: REGION };

  it('the person who raised it has a conflict', () => {
    expect(conflictOfInterest({ personId: 'eva', memberIds: [] }, matter)).toBe('RAISED_BY_YOU');
  });

  it('someone tied to the member that raised it has a conflict', () => {
    expect(conflictOfInterest({ personId: 'johan', memberIds: [REGION] }, matter)).toBe('RAISED_BY_YOUR_MEMBER');
  });

  it('someone of another member, or of none, has none', () => {
    expect(conflictOfInterest({ personId: 'johan', memberIds: [FK] }, matter)).toBeNull();
    expect(conflictOfInterest({ personId: 'johan', memberIds: [] }, matter)).toBeNull();
    expect(
      conflictOfInterest({ personId: 'johan', memberIds: [REGION] }, { ...matter, raisedByMemberId: null }),
    ).toBeNull();
  });
});
