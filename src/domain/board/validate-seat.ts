import { termActiveAt, termsOverlap, type Term } from './term-dates';

export type SeatKindForRules = 'ORDINARY' | 'DEPUTY' | 'CO_OPTED';
export type DeputyModeForRules = 'ORDERED' | 'PERSONAL';

export interface NewSeat {
  kind: SeatKindForRules;
  personId: string | null;
  /** The member(s) the seat belongs to. */
  memberIds: string[];
  /** The seat is held jointly by a group of members. */
  joint: boolean;
  term: Term & { from: Date };
  deputyOrder: number | null;
  personalDeputyForId: string | null;
}

export interface ExistingSeat {
  id: string;
  kind: SeatKindForRules;
  personId: string;
  term: Term & { from: Date };
}

export type SeatField = 'personId' | 'memberIds' | 'to' | 'deputyOrder' | 'personalDeputyForId';

export type SeatIssueCode =
  | 'HOLDER_REQUIRED' // a seat without holder
  | 'MEMBER_REQUIRED' // an ordinary or deputy seat that belongs to no member
  | 'JOINT_NEEDS_TWO' // a jointly held seat with fewer than two members
  | 'END_BEFORE_START' // the term ends before it starts
  | 'DEPUTY_ORDER_REQUIRED' // ORDERED mode: a deputy without a place in the order
  | 'DEPUTY_ORDER_TAKEN' // ORDERED mode: another deputy in force has that place
  | 'PERSONAL_DEPUTY_FOR_REQUIRED' // PERSONAL mode: a deputy for no seat
  | 'PERSONAL_DEPUTY_FOR_UNKNOWN' // the seat does not exist, is not ordinary, or has ended
  | 'PERSON_ALREADY_SEATED'; // the person holds another seat during the term

export interface SeatIssue {
  field: SeatField;
  code: SeatIssueCode;
}

/**
 * What is wrong with a new term on a board seat, per field. Deputies follow the association's deputy
 * mode: ORDERED deputies have a place in the body's order, PERSONAL deputies stand in for one
 * ordinary seat in force when their term starts. Co-opted people attend without a vote and need
 * neither (a member they come from is optional).
 */
export function validateNewSeat(
  seat: NewSeat,
  existing: readonly ExistingSeat[],
  deputyMode: DeputyModeForRules,
): SeatIssue[] {
  const issues: SeatIssue[] = [];
  if (!seat.personId) issues.push({ field: 'personId', code: 'HOLDER_REQUIRED' });
  const members = new Set(seat.memberIds);
  if (seat.joint && members.size < 2) issues.push({ field: 'memberIds', code: 'JOINT_NEEDS_TWO' });
  else if (seat.kind !== 'CO_OPTED' && members.size === 0) issues.push({ field: 'memberIds', code: 'MEMBER_REQUIRED' });
  if (seat.term.to && seat.term.to < seat.term.from) issues.push({ field: 'to', code: 'END_BEFORE_START' });

  if (seat.kind === 'DEPUTY' && deputyMode === 'ORDERED') {
    if (seat.deputyOrder === null || seat.deputyOrder < 1) {
      issues.push({ field: 'deputyOrder', code: 'DEPUTY_ORDER_REQUIRED' });
    }
  }
  if (seat.kind === 'DEPUTY' && deputyMode === 'PERSONAL') {
    if (!seat.personalDeputyForId) {
      issues.push({ field: 'personalDeputyForId', code: 'PERSONAL_DEPUTY_FOR_REQUIRED' });
    } else {
      const target = existing.find((s) => s.id === seat.personalDeputyForId);
      if (!target || target.kind !== 'ORDINARY' || !termActiveAt(target.term, seat.term.from)) {
        issues.push({ field: 'personalDeputyForId', code: 'PERSONAL_DEPUTY_FOR_UNKNOWN' });
      }
    }
  }
  if (seat.personId && !issues.some((i) => i.field === 'to')) {
    if (existing.some((s) => s.personId === seat.personId && termsOverlap(s.term, seat.term))) {
      issues.push({ field: 'personId', code: 'PERSON_ALREADY_SEATED' });
    }
  }
  return issues;
}

/** What is wrong with ending a term on `to` (its last day's end): never before it started. */
export function validateTermEnd(term: Term, to: Date): 'END_BEFORE_START' | null {
  return term.from && to < term.from ? 'END_BEFORE_START' : null;
}

/** The role a seat's holder has in the association while the term lasts; co-opted people get none. */
export function roleOfSeat(kind: SeatKindForRules): 'BOARD_MEMBER' | 'DEPUTY' | null {
  return kind === 'ORDINARY' ? 'BOARD_MEMBER' : kind === 'DEPUTY' ? 'DEPUTY' : null;
}
