import { PERMISSIONS } from '@/domain/authz/permissions';
import type { Role } from '@/domain/authz/roles';
import type { MatterEvent } from './matter-status';

/**
 * Who may do what with one matter, beyond the role table (ADR 036). A member representative
 * raises matters only for the member they represent; the rest of those who may raise matters
 * (the office, the board, the preparation group) raise them for any member or none.
 */

/** Whether one of the roles lets the person raise matters for any member (not only their own). */
export function raisesForAnyMember(roles: readonly Role[]): boolean {
  return roles.some((role) => role !== 'MEMBER_REPRESENTATIVE' && PERMISSIONS['matter.raise'].includes(role));
}

/**
 * Why a matter cannot be raised for that member: the representative represents no member today
 * (REPRESENTS_NO_MEMBER), names another member (NOT_YOUR_MEMBER) or represents several and named none
 * (MEMBER_REQUIRED).
 */
export type RaiseMemberRefusal = 'REPRESENTS_NO_MEMBER' | 'NOT_YOUR_MEMBER' | 'MEMBER_REQUIRED';

/**
 * The member a matter is raised for. `representedMemberIds`: the members the person represents by a
 * MEMBER_REPRESENTATIVE role in force today. A representative who names no member raises it for the
 * one they represent.
 */
export function memberForRaising(input: {
  roles: readonly Role[];
  representedMemberIds: readonly string[];
  requestedMemberId?: string | null;
}): { memberId: string | null } | { refusal: RaiseMemberRefusal } {
  const requested = input.requestedMemberId || null;
  if (raisesForAnyMember(input.roles)) return { memberId: requested };
  const represented = [...new Set(input.representedMemberIds)];
  if (represented.length === 0) return { refusal: 'REPRESENTS_NO_MEMBER' };
  if (requested) return represented.includes(requested) ? { memberId: requested } : { refusal: 'NOT_YOUR_MEMBER' };
  return represented.length === 1 ? { memberId: represented[0]! } : { refusal: 'MEMBER_REQUIRED' };
}

export interface MatterParty {
  raisedById: string;
  raisedByMemberId: string | null;
}

/**
 * Whether the person may add to a matter as its raiser (attach documents): anyone who raises for any
 * member; a representative only to a matter they raised or their member raised.
 */
export function mayActAsRaiser(
  person: { personId: string; roles: readonly Role[]; representedMemberIds: readonly string[] },
  matter: MatterParty,
): boolean {
  if (raisesForAnyMember(person.roles)) return true;
  if (matter.raisedById === person.personId) return true;
  return matter.raisedByMemberId !== null && person.representedMemberIds.includes(matter.raisedByMemberId);
}

const OFFICE: readonly Role[] = ['DIRECTOR', 'ADMINISTRATOR'];

/** Withdrawing: the person who raised the matter, or the office on their behalf; nobody else. */
export function mayWithdrawMatter(person: { personId: string; roles: readonly Role[] }, matter: MatterParty): boolean {
  return matter.raisedById === person.personId || person.roles.some((role) => OFFICE.includes(role));
}

/**
 * Deciding and sending back (återremiss) are the board's decisions: they happen only through a
 * decision recorded in a board meeting's minutes, never as a step on the matter itself.
 */
export const BOARD_DECISION_EVENTS: readonly MatterEvent[] = ['decide', 'return'];

export function isBoardDecisionEvent(event: MatterEvent): boolean {
  return BOARD_DECISION_EVENTS.includes(event);
}

/**
 * Conflict of interest (jäv) when preparing: RAISED_BY_YOU when the person raised the matter,
 * RAISED_BY_YOUR_MEMBER when a member they come from or represent (any role in force today tied to
 * that member) raised it; null otherwise.
 */
export type ConflictOfInterest = 'RAISED_BY_YOU' | 'RAISED_BY_YOUR_MEMBER';

export function conflictOfInterest(
  person: { personId: string; memberIds: readonly string[] },
  matter: MatterParty,
): ConflictOfInterest | null {
  if (matter.raisedById === person.personId) return 'RAISED_BY_YOU';
  if (matter.raisedByMemberId !== null && person.memberIds.includes(matter.raisedByMemberId))
    return 'RAISED_BY_YOUR_MEMBER';
  return null;
}
