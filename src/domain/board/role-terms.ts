import { termsOverlap, type Term } from './term-dates';

export type RoleForTerms =
  | 'DIRECTOR'
  | 'ADMINISTRATOR'
  | 'CHAIR'
  | 'VICE_CHAIR'
  | 'BOARD_MEMBER'
  | 'DEPUTY'
  | 'PREPARATION_GROUP'
  | 'MEMBER_REPRESENTATIVE'
  | 'AUDITOR';

/** Roles one person at a time holds in an association. */
export const SINGLE_HOLDER_ROLES: readonly RoleForTerms[] = ['CHAIR', 'VICE_CHAIR'];

export interface RoleTerm {
  id?: string;
  personId: string;
  role: RoleForTerms;
  term: Term;
}

export type RoleTermIssueCode =
  | 'END_BEFORE_START' // the term ends before it starts
  | 'OVERLAPPING_TERM' // the person already holds the role during part of the term
  | 'ROLE_TAKEN'; // someone else is chair (vice chair) during part of the term

export interface RoleTermIssue {
  field: 'to' | 'from';
  code: RoleTermIssueCode;
}

/**
 * What is wrong with a role term given the association's other terms: a person holds a role in
 * several terms but never two at once, and there is one chair and one vice chair at a time.
 * `candidate.id` names the term itself when an existing term is being changed.
 */
export function validateRoleTerm(candidate: RoleTerm, others: readonly RoleTerm[]): RoleTermIssue[] {
  const { from, to } = candidate.term;
  if (from && to && to < from) return [{ field: 'to', code: 'END_BEFORE_START' }];
  const overlapping = others.filter(
    (o) => o.id !== candidate.id && o.role === candidate.role && termsOverlap(o.term, candidate.term),
  );
  if (overlapping.some((o) => o.personId === candidate.personId)) return [{ field: 'from', code: 'OVERLAPPING_TERM' }];
  if (SINGLE_HOLDER_ROLES.includes(candidate.role) && overlapping.length > 0) {
    return [{ field: 'from', code: 'ROLE_TAKEN' }];
  }
  return [];
}
